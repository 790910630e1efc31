// The first schema. Per-article facts (doc_*) keep spans into documents.text, not copies of strings;
// global actors (entities) are linked from per-article entities by id, so that cross-article
// resolution (src/graph) can be replaced without touching what was read from each article.
// (docs/decisions/0002-sqlite-layout.md)

export const version = 1;
export const name = 'initial';
export const sql = /* sql */ `
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  sha         TEXT NOT NULL UNIQUE,          -- documentId(text): SHA-256 of the normalised text
  source      TEXT,                          -- where the article says it came from (outlet, path)
  origin      TEXT,                          -- where it was read from (path, path:line, path#item)
  url         TEXT,
  title       TEXT,
  published   TEXT,                          -- ISO YYYY-MM-DD
  text        TEXT NOT NULL,
  layers      TEXT NOT NULL,                 -- the layers the pipeline produced, comma-separated
  sentence_count INTEGER NOT NULL,           -- written with the article: a check that it is whole
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sentences (
  id    INTEGER PRIMARY KEY,                 -- also the rowid of sentences_fts
  doc   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx   INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end   INTEGER NOT NULL,
  UNIQUE (doc, idx)
);

-- Contentless: the index holds the words, the text stays in documents.text.
CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

-- Global actors: one row per actor across articles.
CREATE TABLE entities (
  id    INTEGER PRIMARY KEY,
  type  TEXT NOT NULL,
  key   TEXT NOT NULL,                       -- the resolver's key (src/graph)
  name  TEXT NOT NULL,                       -- the display name
  UNIQUE (type, key)
);

-- Every name an actor is known by, for lookups (show, search).
CREATE TABLE entity_names (
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  norm   TEXT NOT NULL,
  name   TEXT NOT NULL,
  PRIMARY KEY (entity, norm)
) WITHOUT ROWID;
CREATE INDEX entity_names_norm ON entity_names(norm);

-- Entities as read in one article (SPEC section 2), linked to a global actor.
CREATE TABLE doc_entities (
  id         INTEGER PRIMARY KEY,
  doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id   TEXT NOT NULL,                  -- "e1" in the article
  type       TEXT NOT NULL,
  name_start INTEGER NOT NULL,
  name_end   INTEGER NOT NULL,
  entity     INTEGER NOT NULL REFERENCES entities(id),
  UNIQUE (doc, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity);

CREATE TABLE doc_entity_aliases (
  doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL
);
CREATE INDEX doc_entity_aliases_entity ON doc_entity_aliases(doc_entity);

-- Named mentions (from NER) and references (pronouns, descriptions) resolved to an entity.
CREATE TABLE mentions (
  id         INTEGER PRIMARY KEY,
  doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  doc_entity INTEGER REFERENCES doc_entities(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,                  -- named | pronoun | description
  type       TEXT,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  score      REAL
);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_entity ON mentions(doc_entity);

CREATE TABLE roles (
  doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  label      TEXT NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  sentence   INTEGER NOT NULL
);
CREATE INDEX roles_entity ON roles(doc_entity);

CREATE TABLE doc_values (
  id        INTEGER PRIMARY KEY,
  doc       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id  TEXT NOT NULL,
  type      TEXT NOT NULL,                   -- MONEY | DATE | PERCENT
  start     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  sentence  INTEGER NOT NULL,
  amount    REAL,                            -- MONEY and PERCENT
  currency  TEXT,
  bound     TEXT,
  iso       TEXT,                            -- DATE
  UNIQUE (doc, local_id)
);

CREATE TABLE doc_relations (
  id            INTEGER PRIMARY KEY,
  doc           INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,            -- index in the article's relations (stance targets)
  type          TEXT NOT NULL,
  subject       INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  object        INTEGER REFERENCES doc_entities(id) ON DELETE CASCADE,
  role          TEXT,
  amount        INTEGER REFERENCES doc_values(id) ON DELETE SET NULL,
  date_value    INTEGER REFERENCES doc_values(id) ON DELETE SET NULL,
  date          TEXT,
  purpose_start INTEGER,
  purpose_end   INTEGER,
  medium        TEXT,
  confidence    REAL NOT NULL,
  sentence      INTEGER NOT NULL,            -- evidence sentence index
  trigger_start INTEGER,
  trigger_end   INTEGER,
  UNIQUE (doc, idx)
);
CREATE INDEX doc_relations_subject ON doc_relations(subject);
CREATE INDEX doc_relations_object ON doc_relations(object);

CREATE TABLE quotes (
  id              INTEGER PRIMARY KEY,
  doc             INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id        TEXT NOT NULL,
  direct          INTEGER NOT NULL,
  speaker         INTEGER REFERENCES doc_entities(id) ON DELETE SET NULL,
  speaker_start   INTEGER,
  speaker_end     INTEGER,
  anonymous_start INTEGER,
  anonymous_end   INTEGER,
  cue_start       INTEGER,
  cue_end         INTEGER,
  medium_start    INTEGER,
  medium_end      INTEGER,
  date            TEXT,
  sentence        INTEGER NOT NULL,
  UNIQUE (doc, local_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE quote_parts (
  quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  idx   INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end   INTEGER NOT NULL,
  PRIMARY KEY (quote, idx)
) WITHOUT ROWID;

CREATE TABLE quote_about (
  quote      INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  PRIMARY KEY (quote, doc_entity)
) WITHOUT ROWID;
CREATE INDEX quote_about_entity ON quote_about(doc_entity);

CREATE TABLE quote_stance (
  quote  INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  target TEXT NOT NULL,                      -- a quote id, "relation:<index>" or an entity id, in the article
  kind   TEXT NOT NULL
);
CREATE INDEX quote_stance_quote ON quote_stance(quote);

-- The global view of ties: per-article relations grouped by their actors (issue 5 refines it).
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
GROUP BY r.type, s.entity, o.entity;
`;
