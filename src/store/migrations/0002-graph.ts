// The graph across articles (issue 5): why each per-article entity joined its actor, lookup keys
// beyond full names (surname, acronym), human corrections and what they pin, rejected facts, and
// indexes for the graph questions. The edges view keeps its columns and leaves rejected facts out.
// (docs/decisions/0061-cross-article-resolution.md, 0062-corrections.md)

export const version = 2;
export const name = 'graph';
export const sql = /* sql */ `
-- Why a per-article entity is linked to its actor: the rule and what matched.
CREATE TABLE entity_links (
  doc_entity INTEGER PRIMARY KEY REFERENCES doc_entities(id) ON DELETE CASCADE,
  rule       TEXT NOT NULL,                  -- new | same-name | surname | acronym | alias | human
  detail     TEXT
);

-- Keys an actor is found by besides its names: a person's surname, an organisation's acronym.
CREATE TABLE actor_keys (
  type   TEXT NOT NULL,
  kind   TEXT NOT NULL,                      -- surname | acronym
  key    TEXT NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (type, kind, key, entity)
) WITHOUT ROWID;
CREATE INDEX actor_keys_entity ON actor_keys(entity);

-- Corrections made by people; they outlive the facts they correct (reprocess applies them again).
CREATE TABLE corrections (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL,                  -- merge | split | rename | reject
  entity     INTEGER,                        -- the actor it applies to
  other      INTEGER,                        -- merge: the actor merged away; split: the new actor
  name       TEXT,                           -- rename: the new name; split: the name split off
  fact       TEXT,                           -- reject: the fact id when rejected
  detail     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX corrections_entity ON corrections(entity);

-- A name a person tied to an actor (merge, split): it resolves there before any automatic rule.
CREATE TABLE name_pins (
  type       TEXT NOT NULL,
  norm       TEXT NOT NULL,
  entity     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  correction INTEGER NOT NULL REFERENCES corrections(id),
  PRIMARY KEY (type, norm)
) WITHOUT ROWID;

-- Rejected facts by what they say (article, kind, names, sentence), so a re-extraction stays rejected.
CREATE TABLE rejections (
  doc_sha     TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  correction  INTEGER NOT NULL REFERENCES corrections(id),
  PRIMARY KEY (doc_sha, fingerprint)
) WITHOUT ROWID;

ALTER TABLE doc_relations ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;

CREATE INDEX doc_relations_type ON doc_relations(type);
CREATE INDEX doc_entities_doc ON doc_entities(doc, entity);
CREATE INDEX quote_stance_target ON quote_stance(kind);
CREATE INDEX quotes_doc_sentence ON quotes(doc, sentence);

DROP VIEW edges;
CREATE VIEW edges AS
SELECT r.type            AS type,
       s.entity          AS subject,
       o.entity          AS object,
       COUNT(*)          AS sources,
       COUNT(DISTINCT r.doc) AS documents,
       MIN(d.published)  AS first_seen,
       MAX(d.published)  AS last_seen
FROM doc_relations r
JOIN doc_entities s ON s.id = r.subject
LEFT JOIN doc_entities o ON o.id = r.object
JOIN documents d ON d.id = r.doc
WHERE r.rejected = 0
GROUP BY r.type, s.entity, o.entity;
`;
