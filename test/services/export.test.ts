// Exports read back as their users' tools read them: FtM checked against the FtM model, GraphML
// and GEXF through NetworkX, CSV through csv-parse, JSON-LD expanded by the jsonld library.
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.js';
import { runDemo } from '../../src/services/demo.js';
import { CSV_COLUMNS, CSV_FILES } from '../../src/services/export/csv.js';
import { runExport, type ExportCounts } from '../../src/services/export/index.js';
import { Sink } from '../../src/services/export/sink.js';
import { xmlSafe } from '../../src/services/export/xml.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { ExportSource, Store } from '../../src/store/store.js';
import { ROOT } from '../helpers/cli.js';
import { FIXTURE, HOSTILE_GAP, HOSTILE_NAME, HOSTILE_QUOTE, HOSTILE_TITLE, exportStore } from '../helpers/export-fixture.js';
import { checkFtm, handModel, loadFtmModel, type FtmEntity } from '../helpers/ftm-check.js';
import { networkxAvailable, readWithNetworkx } from '../helpers/networkx.js';
import { handMadeDoc } from '../helpers/hand-made-doc.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir('dossier-export-');
const FTM_DIR = join(ROOT, '../shared/data/ftm-schema');
const HAVE_FTM = existsSync(FTM_DIR);
const NX = networkxAvailable();
let n = 0;

async function exportFile(store: Store, format: string, options: { entity?: string; depth?: number; type?: string; since?: string } = {}) {
  const out = tmp.path(`out${n++}.${format}`);
  const r = await runExport(store, { format, out, ...options });
  return { path: out, counts: r.counts };
}

const readFtm = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as FtmEntity);
const readCsv = (dir: string, file: string) => parseCsv(readFileSync(join(dir, `${file}.csv`)), { columns: true, bom: false }) as Array<Record<string, string>>;
const offline = async (url: string): Promise<never> => {
  throw new Error(`no network in tests: ${url}`);
};

function checkCounts(counts: ExportCounts, expected: Partial<ExportCounts>) {
  expect(counts).toMatchObject(expected);
}

// ---- the format checks, shared by the fixture graph and the demo corpus ----

function checkFtmFile(path: string, counts: ExportCounts): FtmEntity[] {
  const entities = readFtm(path);
  expect(checkFtm(entities, handModel())).toEqual([]);
  if (HAVE_FTM) expect(checkFtm(entities, loadFtmModel(FTM_DIR))).toEqual([]);
  const actors = entities.filter((e) => e.id.startsWith('dossier-actor-'));
  expect(actors).toHaveLength(counts.actors);
  expect(entities.filter((e) => e.schema === 'Article')).toHaveLength(counts.articles);
  // Every source of a tie is a Note whose proof is its article, with its sentence.
  const sources = entities.filter((e) => e.id.startsWith('dossier-source-'));
  expect(sources).toHaveLength(counts.sources);
  for (const s of sources) {
    expect(s.properties.proof?.[0]).toMatch(/^dossier-article-/);
    expect(s.properties.description?.[0]).toBeTruthy();
  }
  expect(entities.filter((e) => e.id.startsWith('dossier-quote-'))).toHaveLength(counts.quotes);
  return entities;
}

function checkGraphFile(path: string, format: 'graphml' | 'gexf', counts: ExportCounts) {
  const g = readWithNetworkx(path, format);
  expect(g.nodes).toHaveLength(counts.actors);
  expect(g.edges).toHaveLength(counts.ties);
  expect(g.directed).toBe(true);
  for (const [, attrs] of g.nodes) expect(Object.keys(attrs)).toEqual(expect.arrayContaining(['label', 'type', 'aliases', 'roles', 'articles']));
  for (const [, , attrs] of g.edges) {
    expect(Object.keys(attrs)).toEqual(expect.arrayContaining(['tie', 'roles', 'dates', 'first_seen', 'last_seen', 'sources', 'sentence', 'article', 'evidence']));
    const evidence = JSON.parse(attrs.evidence as string) as Array<{ text: string; start: number; end: number; article: string }>;
    expect(evidence).toHaveLength(attrs.sources as number);
    for (const ev of evidence) expect(ev.end).toBeGreaterThanOrEqual(ev.start);
  }
  return g;
}

function checkCsvDir(dir: string, counts: ExportCounts) {
  for (const f of CSV_FILES) {
    const raw = readFileSync(join(dir, `${f}.csv`), 'utf8');
    expect(raw.split('\r\n')[0]).toBe(CSV_COLUMNS[f].join(','));
  }
  expect(readCsv(dir, 'nodes')).toHaveLength(counts.actors);
  expect(readCsv(dir, 'edges')).toHaveLength(counts.ties);
  expect(readCsv(dir, 'quotes')).toHaveLength(counts.quotes);
  const evidence = readCsv(dir, 'evidence');
  expect(evidence.filter((r) => r.kind === 'tie')).toHaveLength(counts.sources);
  expect(evidence.filter((r) => r.kind === 'quote')).toHaveLength(counts.quotes);
}

async function checkJsonldFile(path: string, counts: ExportCounts) {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { '@graph': Array<Record<string, unknown>> };
  const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: offline });
  const typed = (t: string) => expanded.filter((x) => (x['@type'] as string[] | undefined)?.includes(`https://schema.org/${t}`));
  expect(typed('NewsArticle')).toHaveLength(counts.articles);
  expect(typed('Quotation')).toHaveLength(counts.quotes);
  const stanceClaims = doc['@graph'].filter((x) => x['@type'] === 'Claim' && String(x['@id']).includes(':stance:')).length;
  expect(typed('Claim')).toHaveLength(counts.sources + stanceClaims);
  const actorIds = new Set(doc['@graph'].filter((x) => x['@type'] && String(x['@id']).startsWith('urn:dossier:actor:')).map((x) => x['@id']));
  expect(actorIds.size).toBe(counts.actors);
  for (const q of typed('Quotation')) {
    expect(q['https://schema.org/isPartOf']).toBeDefined();
    expect(q['https://schema.org/text']).toBeDefined();
  }
  return { doc, expanded };
}

// ---- the fixture graph ----

describe('export of a hand-made graph', () => {
  let store: SqliteStore;
  beforeAll(() => {
    store = exportStore(tmp.path('fixture.db'));
  });
  const whole = { actors: FIXTURE.actors, sources: FIXTURE.sources, quotes: FIXTURE.quotes };

  it('ftm: valid entities, the right schemata, provenance and hostile strings intact', async () => {
    const { path, counts } = await exportFile(store, 'ftm');
    checkCounts(counts, { ...whole, ties: FIXTURE.ties, articles: FIXTURE.articles });
    const entities = checkFtmFile(path, counts);
    const bySchema = (s: string) => entities.filter((e) => e.schema === s);
    expect(bySchema('Person').map((e) => e.properties.name![0]).sort()).toEqual(['Pell Marrow', "Tamsin O'Rourke"]);
    expect(bySchema('Company').map((e) => e.properties.name![0]).sort()).toEqual([HOSTILE_NAME, 'Harborlight Capital', 'Quarry Nine']);
    expect(bySchema('Address').map((e) => e.properties.name![0])).toEqual(['Fernhollow']);
    expect(bySchema('Directorship')).toHaveLength(1);
    expect(bySchema('Ownership')).toHaveLength(3);
    // A senator "of" a place and a meeting have no FtM schema of their own.
    expect(bySchema('UnknownLink').map((e) => e.properties.role![0]).sort()).toEqual(['met_with', 'position: senator']);
    const [payment] = bySchema('Payment');
    expect(payment!.properties).toMatchObject({ amount: ['25000000'], currency: ['USD'] });
    expect(payment!.properties.description![0]).toContain(HOSTILE_GAP);
    // The pledge to no one named has no Payment (FtM needs a beneficiary) but keeps its Note.
    const pledge = entities.find((e) => e.schema === 'Note' && e.properties.name?.[0] === 'Pell Marrow pledges money to (no one named)');
    expect(pledge!.properties.summary![0]).toContain('to build a school');
    const quote = entities.find((e) => e.properties.description?.[0] === HOSTILE_QUOTE);
    expect(quote?.schema).toBe('Note');
    const article = bySchema('Article').find((e) => e.properties.sourceUrl);
    expect(article!.properties).toMatchObject({ title: [HOSTILE_TITLE], sourceUrl: ['https://ledger.example/corvid?id=1&lang=en'], publishedAt: ['2024-03-04'] });
    const disputes = entities.flatMap((e) => e.properties.notes ?? []);
    expect(disputes).toEqual([expect.stringMatching(/^disputes dossier-tie-r\d+$/), expect.stringMatching(/^disputes dossier-quote-q\d+$/)]);
  });

  it.skipIf(!HAVE_FTM)('ftm: passes the FtM schema files of ../shared/data/ftm-schema (skipped when they are absent)', async () => {
    const { path } = await exportFile(store, 'ftm');
    const model = loadFtmModel(FTM_DIR);
    expect(Object.keys(model)).toEqual(expect.arrayContaining(['Person', 'Company', 'Payment', 'Ownership', 'Note', 'Mention', 'Article']));
    expect(checkFtm(readFtm(path), model)).toEqual([]);
  });

  it.skipIf(!NX)('graphml: NetworkX reads the same nodes and edges, with attributes and hostile strings (skipped without python3-networkx)', async () => {
    const { path, counts } = await exportFile(store, 'graphml');
    checkCounts(counts, { actors: FIXTURE.actors, sources: FIXTURE.sources, ties: FIXTURE.ties - FIXTURE.tiesWithoutObject, skipped: FIXTURE.tiesWithoutObject });
    const g = checkGraphFile(path, 'graphml', counts);
    // Two ties between the same actors (funds and owns) stay two edges.
    expect(g.multigraph).toBe(true);
    expect(g.nodes.map(([, a]) => a.label)).toContain(HOSTILE_NAME);
    const funds = g.edges.find(([, , a]) => a.tie === 'funds')![2];
    expect(funds.sentence).toContain(xmlSafe(HOSTILE_GAP));
    expect(xmlSafe(HOSTILE_GAP)).toBe(' (so it said,\r\nin print)\t\u2402 ');
    // Inside the evidence JSON the control character is escaped by JSON, so it survives as is.
    const ev = JSON.parse(funds.evidence as string) as Array<{ text: string; title: string }>;
    expect(ev[0]!.text).toContain(HOSTILE_GAP);
    expect(ev[0]!.title).toBe(HOSTILE_TITLE);
  });

  it.skipIf(!NX)('gexf: NetworkX reads the same nodes and edges, with attributes and hostile strings (skipped without python3-networkx)', async () => {
    const { path, counts } = await exportFile(store, 'gexf');
    checkCounts(counts, { actors: FIXTURE.actors, sources: FIXTURE.sources, ties: FIXTURE.ties - FIXTURE.tiesWithoutObject });
    const g = checkGraphFile(path, 'gexf', counts);
    expect(g.multigraph).toBe(true);
    expect(g.nodes.map(([, a]) => a.label)).toContain(HOSTILE_NAME);
    const funds = g.edges.find(([, , a]) => a.tie === 'funds')![2];
    expect(funds.sentence).toContain(xmlSafe(HOSTILE_GAP));
    expect(funds.weight).toBe(1);
  });

  it('csv: four RFC 4180 files with stable columns; hostile strings intact', async () => {
    const dir = tmp.path(`csv${n++}`);
    const { counts } = await runExport(store, { format: 'csv', out: dir });
    checkCounts(counts, { ...whole, ties: FIXTURE.ties });
    checkCsvDir(dir, counts);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'evidence.csv', 'nodes.csv', 'quotes.csv']);
    expect(readCsv(dir, 'nodes').map((r) => r.name)).toContain(HOSTILE_NAME);
    const quotes = readCsv(dir, 'quotes');
    expect(quotes.find((q) => q.speaker_name === "Tamsin O'Rourke" && q.text === HOSTILE_QUOTE)).toBeDefined();
    const anonymous = quotes.find((q) => q.anonymous === 'an official familiar with the matter')!;
    expect(anonymous).toMatchObject({ speaker: '', direct: 'true' });
    expect(JSON.parse(anonymous.stance!)).toEqual([{ kind: 'disputes', target: expect.objectContaining({ kind: 'tie' }) }]);
    const evidence = readCsv(dir, 'evidence');
    const funds = evidence.find((r) => r.kind === 'tie' && r.amount === '25000000')!;
    expect(funds).toMatchObject({ currency: 'USD', title: HOSTILE_TITLE, published: '2024-03-04' });
    expect(funds.text).toContain(HOSTILE_GAP);
    const edges = readCsv(dir, 'edges');
    expect(edges.find((e) => e.type === 'pledges')).toMatchObject({ target: '', sources: '1' });
    expect(edges.find((e) => e.type === 'met_with')).toMatchObject({ symmetric: 'true' });
  });

  it('jsonld: expands offline; Quotation with creator and article, disputes as Claims, hostile strings intact', async () => {
    const { path, counts } = await exportFile(store, 'jsonld');
    checkCounts(counts, { ...whole, ties: FIXTURE.ties, articles: FIXTURE.articles });
    const { doc, expanded } = await checkJsonldFile(path, counts);
    const S = 'https://schema.org/';
    const value = (x: Record<string, unknown>, p: string) => (x[`${S}${p}`] as Array<{ '@value'?: string; '@id'?: string }> | undefined)?.map((v) => v['@value'] ?? v['@id']);
    const names = expanded.flatMap((x) => value(x, 'name') ?? []);
    expect(names).toContain(HOSTILE_NAME);
    const quotation = expanded.find((x) => value(x, 'text')?.[0] === HOSTILE_QUOTE)!;
    expect(quotation['@type']).toEqual([`${S}Quotation`]);
    expect(value(quotation, 'isPartOf')![0]).toMatch(/^urn:dossier:article:/);
    expect(value(quotation, 'creator')![0]).toMatch(/^urn:dossier:actor:/);
    const anonymous = doc['@graph'].find((x) => x['@type'] === 'Quotation' && (x.creator as { description?: string })?.description);
    expect(anonymous!.creator).toEqual({ '@type': 'Person', description: 'an official familiar with the matter' });
    const disputes = doc['@graph'].filter((x) => x['@type'] === 'Claim' && x.keywords === 'disputes');
    expect(disputes).toHaveLength(2);
    for (const d of disputes) expect((d.appearance as unknown[]).length).toBe(2);
    // A tie with a schema.org property says it directly too.
    expect(doc['@graph'].some((x) => (x.worksFor as { '@id'?: string })?.['@id']?.startsWith('urn:dossier:actor:'))).toBe(true);
  });

  it.each([
    { name: 'one actor, depth 1', filter: { entity: 'Pell Marrow' }, actors: 4, ties: 4, quotes: 3 },
    { name: 'one actor, depth 2', filter: { entity: 'Pell Marrow', depth: 2 }, actors: 6, ties: 8, quotes: 3 },
    { name: 'one actor, depth 0', filter: { entity: 'Pell Marrow', depth: 0 }, actors: 1, ties: 1, quotes: 1 },
    { name: 'one tie type', filter: { type: 'funds' }, actors: 2, ties: 1, quotes: 0 },
    { name: 'a time window', filter: { since: '2024-06-01' }, actors: 5, ties: 5, quotes: 2 },
    { name: 'a tie type in a window', filter: { type: 'owns', since: '2025' }, actors: 2, ties: 1, quotes: 0 },
  ])('filter: $name', async ({ filter, actors, ties, quotes }) => {
    const { path, counts } = await exportFile(store, 'ftm', filter);
    checkCounts(counts, { actors, ties, quotes });
    // Whatever is cut out, every reference in what is left still resolves.
    expect(checkFtm(readFtm(path), handModel())).toEqual([]);
  });

  it('stdout: the export goes to the stream given', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const r = await runExport(store, { format: 'ftm', stdout: out });
    expect(r.out).toBeNull();
    expect(Buffer.concat(chunks).toString('utf8').trim().split('\n')).toHaveLength(
      FIXTURE.articles + FIXTURE.actors + 8 /* mentions */ + 7 /* edge entities */ + FIXTURE.sources + FIXTURE.quotes,
    );
  });

  it('a failed export leaves the file that was there untouched, and no partial file', async () => {
    const path = tmp.path('keep.ftm');
    writeFileSync(path, 'earlier export\n');
    await expect(runExport(store, { format: 'ftm', out: path, entity: 'Nobody Atall' })).rejects.toBeInstanceOf(NotFoundError);
    // A store that fails halfway through the nodes.
    const failing: Store = Object.create(store) as Store;
    failing.exportGraph = (f) => {
      const src = store.exportGraph(f);
      return {
        ...src,
        filter: src.filter,
        articles: () => src.articles(),
        *nodes() {
          for (const node of src.nodes()) {
            yield node;
            throw new Error('disk on fire');
          }
        },
        close: () => src.close(),
      } as ExportSource;
    };
    await expect(runExport(failing, { format: 'ftm', out: path })).rejects.toThrow('disk on fire');
    expect(readFileSync(path, 'utf8')).toBe('earlier export\n');
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });
});

describe('export after curation (graph commands)', () => {
  it('rejected facts are left out, merged actors are one node, A met B and B met A are one edge', async () => {
    const store = exportStore(tmp.path('curated.db'));
    // Pell met Tamsin in the fixture; a second article has Tamsin meet Pell.
    const back = handMadeDoc('Tamsin O\'Rourke met with Pell Marrow again on Friday.', {
      published: '2024-07-01',
      entities: [{ id: 'e1', type: 'PERSON', name: 'Tamsin O\'Rourke' }, { id: 'e2', type: 'PERSON', name: 'Pell Marrow' }],
      relations: [{ type: 'met_with', subject: 'e1', object: 'e2', evidence: 'met with' }],
    });
    expect(store.write([{ doc: back, origin: null }])[0]!.status).toBe('new');
    const before = await exportFile(store, 'ftm');
    const metWith = (path: string) => readFtm(path).filter((e) => e.schema === 'UnknownLink' && e.properties.role?.[0] === 'met_with');
    expect(metWith(before.path)).toHaveLength(2);
    const dir = tmp.path(`cur${n++}`);
    await runExport(store, { format: 'csv', out: dir });
    expect(readCsv(dir, 'edges').filter((e) => e.type === 'met_with').map((e) => e.sources)).toEqual(['2']);
    expect(readCsv(dir, 'evidence').every((r) => (r.kind === 'tie' ? /^r\d+$/ : /^q\d+$/).test(r.fact!))).toBe(true);

    const funds = readFtm(before.path).find((e) => e.schema === 'Payment')!;
    store.reject(funds.id.replace('dossier-tie-', ''));
    const [harborlight] = store.findActors('Harborlight Capital');
    const [quarry] = store.findActors('Quarry Nine');
    store.merge(harborlight!.actor.id, quarry!.actor.id);
    const after = await exportFile(store, 'ftm');
    expect(after.counts.actors).toBe(before.counts.actors - 1);
    expect(after.counts.sources).toBe(before.counts.sources - 1);
    const entities = readFtm(after.path);
    expect(entities.filter((e) => e.schema === 'Payment')).toEqual([]);
    expect(entities.some((e) => e.properties.name?.[0] === 'Quarry Nine' && e.id.startsWith('dossier-actor-'))).toBe(false);
    expect(checkFtm(entities, handModel())).toEqual([]);
    store.close();
  });
});

describe('Sink', () => {
  it('waits for the stream to drain: what is buffered stays bounded', async () => {
    let most = 0;
    let bytes = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        setImmediate(done);
      },
    });
    const sink = new Sink(slow);
    const line = `${'x'.repeat(999)}\n`;
    for (let i = 0; i < 5000; i++) {
      await sink.write(line);
      most = Math.max(most, slow.writableLength);
    }
    await sink.end();
    expect(bytes).toBe(5000 * 1000);
    // One gathered chunk (64 KiB) at most waits in the stream's buffer.
    expect(most).toBeLessThanOrEqual(64 * 1024 + 1000);
  });
});

describe('export of the demo corpus', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore(tmp.path('demo.db'));
    await runDemo(store);
  }, 60_000);

  it('every format holds the same graph, and reads back', async () => {
    const ftm = await exportFile(store, 'ftm');
    expect(ftm.counts.actors).toBeGreaterThan(5);
    expect(ftm.counts.ties).toBeGreaterThan(3);
    checkFtmFile(ftm.path, ftm.counts);
    const jl = await exportFile(store, 'jsonld');
    expect(jl.counts).toEqual(ftm.counts);
    await checkJsonldFile(jl.path, jl.counts);
    const dir = tmp.path(`democsv${n++}`);
    const csv = await runExport(store, { format: 'csv', out: dir });
    expect(csv.counts).toEqual({ ...ftm.counts, articles: 0 });
    checkCsvDir(dir, csv.counts);
    for (const format of ['graphml', 'gexf'] as const) {
      const g = await exportFile(store, format);
      expect(g.counts.actors).toBe(ftm.counts.actors);
      expect(g.counts.ties + g.counts.skipped).toBe(ftm.counts.ties);
      if (NX) checkGraphFile(g.path, format, g.counts);
    }
  });
});
