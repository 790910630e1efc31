// Ties between actors kept ready for reading (decision 0065): `show` of an actor in thousands of
// articles read and grouped every relation it is in, about 4,000 rows and 20,000 lookups for the
// most connected one. Relations now carry the actors at their ends, so the relations of one pair
// are one index read, and `actor_ties` holds one row per tie (type, ends) with its counts and
// dates. The store keeps both in step on write, reject, merge, split and reprocess.
//
// Symmetric ties are filed under (lower id, higher id); the four types are written out here (not
// read from src/nlp/doc.ts) so that this migration stays what it was when it ran.
// A tie with no object has b = 0 (no actor has id 0): a primary key over a NULL would not dedupe.

export const version = 4;
export const name = 'actor-ties';
export const sql = /* sql */ `
ALTER TABLE doc_relations ADD COLUMN subject_actor INTEGER;
ALTER TABLE doc_relations ADD COLUMN object_actor INTEGER;
UPDATE doc_relations SET
  subject_actor = (SELECT entity FROM doc_entities WHERE id = doc_relations.subject),
  object_actor = (SELECT entity FROM doc_entities WHERE id = doc_relations.object);
CREATE INDEX doc_relations_pair ON doc_relations(subject_actor, object_actor, type);
CREATE INDEX doc_relations_object_actor ON doc_relations(object_actor);

CREATE TABLE actor_ties (
  a     INTEGER NOT NULL,                    -- the subject (symmetric: the lower id)
  b     INTEGER NOT NULL,                    -- the object (symmetric: the higher id); 0: none
  type  TEXT NOT NULL,
  n     INTEGER NOT NULL,                    -- relations (sources), rejected ones left out
  docs  INTEGER NOT NULL,                    -- distinct articles
  first TEXT,                                -- earliest and latest publication date
  last  TEXT,
  PRIMARY KEY (a, b, type)
) WITHOUT ROWID;
CREATE INDEX actor_ties_b ON actor_ties(b);

INSERT INTO actor_ties (a, b, type, n, docs, first, last)
SELECT a, b, type, COUNT(*), COUNT(DISTINCT doc), MIN(published), MAX(published) FROM (
  SELECT r.type, r.doc, d.published,
    CASE WHEN r.type IN ('partners_with', 'met_with', 'associate_of', 'family') AND r.object_actor < r.subject_actor THEN r.object_actor ELSE r.subject_actor END AS a,
    CASE WHEN r.type IN ('partners_with', 'met_with', 'associate_of', 'family') AND r.object_actor < r.subject_actor THEN r.subject_actor ELSE IFNULL(r.object_actor, 0) END AS b
  FROM doc_relations r JOIN documents d ON d.id = r.doc WHERE r.rejected = 0)
GROUP BY a, b, type;
`;
