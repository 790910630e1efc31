// The pair index holds live relations only (decision 0065): every read of a tie's sources skips
// rejected ones, and with `rejected` outside the index each candidate cost a table row just to
// check it. Partial, the index answers "the best 3 sources of this tie" by itself; the rows are then
// read in one batch. Updates by actor (merge) scan the relations instead, which is rare and small.

export const version = 7;
export const name = 'pair-index-live';
export const sql = /* sql */ `
CREATE INDEX doc_relations_pair_live ON doc_relations(subject_actor, object_actor, type, confidence DESC, published DESC, id) WHERE rejected = 0;
DROP INDEX doc_relations_pair_best;
`;
