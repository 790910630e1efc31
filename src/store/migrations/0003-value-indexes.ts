// Indexes for deleting an article's values on reprocess: doc_relations points at doc_values
// (ON DELETE SET NULL), and without these each deleted value scanned every relation.

export const version = 3;
export const name = 'value-indexes';
export const sql = /* sql */ `
CREATE INDEX doc_relations_amount ON doc_relations(amount) WHERE amount IS NOT NULL;
CREATE INDEX doc_relations_date_value ON doc_relations(date_value) WHERE date_value IS NOT NULL;
`;
