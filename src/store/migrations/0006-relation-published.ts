// The best sources of a tie read straight from an index (decision 0065): a tie's sources are
// shown best first (confidence, then the latest article), which needed every relation of the
// pair and its article's date. The article's publication date is copied onto its relations (it
// never changes once stored: reprocess keeps the article row and its metadata), and the pair index
// is ordered the way sources are shown, so `show` reads the first three entries of each tie.

export const version = 6;
export const name = 'relation-published';
export const sql = /* sql */ `
ALTER TABLE doc_relations ADD COLUMN published TEXT;
UPDATE doc_relations SET published = (SELECT published FROM documents WHERE id = doc_relations.doc);
CREATE INDEX doc_relations_pair_best ON doc_relations(subject_actor, object_actor, type, confidence DESC, published DESC, id);
DROP INDEX doc_relations_pair;
`;
