import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { createDoc } from '../../src/nlp/doc.js';
import { segment } from '../../src/nlp/stages/tokenize.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { fictionalPair, handMadeDoc } from '../helpers/hand-made-doc.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir();
let n = 0;
const fresh = () => new SqliteStore(tmp.path(`s${n++}.db`));
const inputs = (docs = fictionalPair()) => docs.map((doc) => ({ doc, origin: doc.meta.source }));

describe('SqliteStore', () => {
  it('applies the numbered migrations once, records them, uses WAL', () => {
    const path = tmp.path('m.db');
    new SqliteStore(path).close();
    const again = new SqliteStore(path);
    expect(again.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
    again.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    raw.close();
  });

  it('stores every layer and reports new, then unchanged', () => {
    const store = fresh();
    const first = store.write(inputs());
    expect(first.map((o) => o.status)).toEqual(['new', 'new']);
    expect(first[0]!.counts).toEqual({ sentences: 3, entities: 4, values: 2, relations: 3, quotes: 1 });
    expect(store.write(inputs()).map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    const s = store.stats();
    expect(s).toMatchObject({ documents: 2, sentences: 7, values: 3, relations: 6, quotes: 2, firstPublished: '2025-01-27', lastPublished: '2025-01-28' });
    // Pelican Ventures is one actor across both articles (same type, same name).
    expect(s.actors).toBe(8);
    expect(store.check()).toEqual({ integrity: 'ok', documents: 2, partialDocuments: 0, ftsRows: 7, sentences: 7 });
    store.close();
  });

  it('the same text with other white space is the same document', () => {
    const store = fresh();
    expect(store.write([{ doc: createDoc('One  article.\n'), origin: null }])[0]!.status).toBe('new');
    expect(store.write([{ doc: createDoc('One article.'), origin: null }])[0]!.status).toBe('unchanged');
    expect(store.hasDocument(createDoc(' One article. ').id)).toBe(true);
    store.close();
  });

  it('an inconsistent article fails alone and leaves no trace; the rest of the batch is stored', () => {
    const store = fresh();
    const [good, other] = fictionalPair();
    const broken = { ...other!, relations: [...other!.relations!, { ...other!.relations![0]!, subject: 'e99' }] };
    const out = store.write([{ doc: broken, origin: 'b.txt' }, { doc: good!, origin: 'a.txt' }]);
    expect(out.map((o) => o.status)).toEqual(['failed', 'new']);
    expect(out[0]!.error).toBeInstanceOf(StoreError);
    expect(out[0]!.error!.toLine()).toMatch(/^error STORE_WRITE: b\.txt: not stored \(relation 3 refers to entity "e99"/);
    const s = store.stats();
    expect(s).toMatchObject({ documents: 1, sentences: 3, relations: 3, quotes: 1 });
    // No actor of the failed article survives (Tidewell, Mara and Jonas Quillfeather, Fernhollow).
    expect(store.findActors('Tidewell Energy')).toEqual([]);
    expect(store.check().ftsRows).toBe(3);
    store.close();
  });

  it('refuses spans outside the text', () => {
    const store = fresh();
    const doc = createDoc('Short.');
    const out = store.write([{ doc: { ...doc, sentences: [{ start: 0, end: 99 }] }, origin: 'x' }]);
    expect(out[0]!.status).toBe('failed');
    expect(store.stats().documents).toBe(0);
    store.close();
  });

  it('finds actors by name or alias; the same surname gives several candidates', () => {
    const store = fresh();
    store.write(inputs());
    const [pelican] = store.findActors('pelican ventures');
    expect(pelican).toMatchObject({ by: 'name', actor: { name: 'Pelican Ventures', type: 'ORG', documents: 2 } });
    expect(store.findActors('Quillfeather').map((m) => [m.actor.name, m.by])).toEqual([['Jonas Quillfeather', 'alias']]);
    expect(store.suggestActors('quillfeather').map((a) => a.name).sort()).toEqual(['Jonas Quillfeather', 'Mara Quillfeather']);
    expect(store.findActors('Pelican Ventures', 'PERSON')).toEqual([]);
    store.close();
  });

  it('a dossier holds names, roles, ties with evidence and amounts, quotes by and about', () => {
    const store = fresh();
    store.write(inputs());
    const id = store.findActors('Brightwater Analytics')[0]!.actor.id;
    const d = store.dossier(id)!;
    expect(d.names).toEqual([{ name: 'Brightwater Analytics', count: 2 }, { name: 'Brightwater', count: 1 }]);
    const ties = d.ties.map((t) => [t.type, t.direction, t.counterpart?.name, t.amount?.text ?? null, t.date]);
    expect(ties).toEqual([
      ['funds', 'in', 'Pelican Ventures', '$40 million', null],
      ['sues', 'in', 'Halvorsen Robotics', null, '2025-01-27'],
    ]);
    expect(d.ties[1]!.evidence.sentence.text).toBe('Halvorsen Robotics sued Brightwater Analytics on Monday.');
    expect(d.ties[1]!.evidence.doc).toMatchObject({ title: 'Halvorsen sues Brightwater', published: '2025-01-27' });
    expect(d.quotesAbout.map((q) => [q.speaker?.name, q.text, q.cue])).toEqual([['Ingrid Halvorsen', 'Brightwater took our work,', 'said']]);
    expect(d.quotesBy).toEqual([]);
    const ingrid = store.dossier(store.findActors('Ingrid Halvorsen')[0]!.actor.id)!;
    expect(ingrid.roles.map((r) => r.label)).toEqual(['CEO']);
    expect(ingrid.quotesBy).toHaveLength(1);
    store.close();
  });

  it('edges group per-article relations by actor', () => {
    const store = fresh();
    store.write(inputs());
    const funds = store.edges().filter((e) => e.type === 'funds');
    expect(funds.map((e) => [e.subject.name, e.object?.name, e.sources])).toEqual([
      ['Pelican Ventures', 'Brightwater Analytics', 1],
      ['Pelican Ventures', 'Tidewell Energy', 1],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))));
    store.close();
  });

  it('searches sentences with FTS5, words in any order, FTS syntax read as words', () => {
    const store = fresh();
    store.write(inputs());
    const r = store.search('jobs plant');
    expect(r.sentences.map((h) => h.sentence.text)).toEqual(['Fernhollow Mayor Jonas Quillfeather said, "This plant means jobs."']);
    expect(store.search('pelican').actors.map((a) => a.name)).toEqual(['Pelican Ventures']);
    expect(store.search('NEAR(" AND').sentences).toEqual([]);
    expect(() => store.search('!!!')).toThrow(/nothing to search for/);
    store.close();
  });

  it('handles Docs with only some layers (what the pipeline gives today)', () => {
    const store = fresh();
    const text = 'Just sentences. Nothing more.';
    const doc = { ...createDoc(text), ...segment(text) };
    expect(store.write([{ doc, origin: null }])[0]).toMatchObject({ status: 'new', counts: { sentences: 2, entities: 0 } });
    store.close();
  });

  it('stores quote stance, anonymous sources and references generically', () => {
    const store = fresh();
    const text = 'Acme said the claim was false. A person familiar with the matter said Acme lied.';
    const doc = handMadeDoc(text, {
      entities: [{ id: 'e1', type: 'ORG', name: 'Acme', mentions: [['Acme', 1]] }],
      quotes: [
        { id: 'q1', text: 'the claim was false', speaker: 'e1', direct: false },
        { id: 'q2', text: 'Acme lied', speaker: null, anonymous: 'A person familiar with the matter', direct: false, stance: [{ target: 'q1', kind: 'disputes' }] },
      ],
    });
    const withRef = { ...doc, references: [{ start: 0, end: 4, entity: 'e1', kind: 'description' as const, sentence: 0 }] };
    expect(store.write([{ doc: withRef, origin: null }])[0]!.status).toBe('new');
    const quotes = store.quotes();
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null, q.anonymous])).toEqual([
      ['the claim was false', 'Acme', null],
      ['Acme lied', null, 'A person familiar with the matter'],
    ]);
    store.close();
  });

  it('opening errors are StoreErrors with a hint', () => {
    expect(() => new SqliteStore(tmp.path('missing/dir/x.db'))).toThrow(/STORE_OPEN|folder does not exist/);
    expect(() => new SqliteStore(tmp.path('absent.db'), { mustExist: true })).toThrow(StoreError);
    const junk = tmp.path('junk.db');
    writeFileSync(junk, 'this is not a database, just text that is long enough to have a header.'.repeat(20));
    let err: unknown;
    try {
      new SqliteStore(junk);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).toLine()).toMatch(/^error STORE_OPEN: .*junk\.db: not a Dossier database/);
  });
});
