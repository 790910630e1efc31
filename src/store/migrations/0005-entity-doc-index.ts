// An actor's article-level entities in article order (decision 0066): `show` lists the first
// quotes, roles and name links of an actor and counts its articles; with (entity, doc) these read
// the first rows of one index instead of sorting every entity of an actor in thousands of
// articles. It covers what doc_entities_entity(entity) did, which goes.

export const version = 5;
export const name = 'entity-doc-index';
export const sql = /* sql */ `
CREATE INDEX doc_entities_entity_doc ON doc_entities(entity, doc);
DROP INDEX doc_entities_entity;
`;
