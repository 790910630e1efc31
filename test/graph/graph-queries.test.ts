import { describe, expect, it } from 'vitest';
import { AmbiguousError, NotFoundError, UsageError } from '../../src/errors.js';
import type { Doc } from '../../src/nlp/doc.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { mergeActors, rejectFact, renameActor, splitActor } from '../../src/services/curation.js';
import { central, findPath, listDisputes, listQuotes, listTies, moneyFlows, showActor, timeline } from '../../src/services/graph-queries.js';
import { reprocessAll } from '../../src/services/reprocess.js';
import Database from 'better-sqlite3';
import { SYMMETRIC_RELATIONS } from '../../src/nlp/doc.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { graphArticles } from '../helpers/graph-fixtures.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir();
let n = 0;
const paths = new WeakMap<SqliteStore, string>();
function filled(docs = graphArticles()): SqliteStore {
  const path = tmp.path(`g${n++}.db`);
  const store = new SqliteStore(path);
  paths.set(store, path);
  expect(store.write(docs.map((doc) => ({ doc, origin: doc.meta.source }))).every((o) => o.status === 'new')).toBe(true);
  return store;
}

/** The stored tie summary and a recount of it from the relations and the actors of their ends, side by side. */
function tieSummary(store: SqliteStore): { stored: string[]; recounted: string[] } {
  const db = new Database(paths.get(store)!, { readonly: true });
  try {
    const stored = db.prepare('SELECT a, b, type, n, docs, first, last FROM actor_ties').all() as Array<Record<string, unknown>>;
    const rows = db.prepare(`SELECT r.type, r.doc, d.published, s.entity AS s, o.entity AS o FROM doc_relations r JOIN documents d ON d.id = r.doc
      JOIN doc_entities s ON s.id = r.subject LEFT JOIN doc_entities o ON o.id = r.object WHERE r.rejected = 0`).all() as Array<{ type: string; doc: number; published: string | null; s: number; o: number | null }>;
    const ties = new Map<string, { n: number; docs: Set<number>; dates: string[] }>();
    for (const r of rows) {
      const swap = SYMMETRIC_RELATIONS.has(r.type as never) && r.o !== null && r.o < r.s;
      const k = `${swap ? r.o : r.s}|${swap ? r.s : r.o ?? 0}|${r.type}`;
      const t = ties.get(k) ?? { n: 0, docs: new Set<number>(), dates: [] };
      t.n++;
      t.docs.add(r.doc);
      if (r.published) t.dates.push(r.published);
      ties.set(k, t);
    }
    const recounted = [...ties].map(([k, t]) => { const d = t.dates.sort(); return `${k}|${t.n}|${t.docs.size}|${d[0] ?? null}|${d.at(-1) ?? null}`; });
    return { stored: stored.map((r) => `${r.a}|${r.b}|${r.type}|${r.n}|${r.docs}|${r.first}|${r.last}`).sort(), recounted: recounted.sort() };
  } finally {
    db.close();
  }
}

/** A "pipeline" that gives back the hand-made extraction of each stored text (or a changed one). */
function replaying(docs: Doc[], change: (d: Doc) => Doc = (d) => d) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return createPipeline([{ name: 'replay', requires: [], adds: ['sentences', 'tokens', 'mentions', 'entities', 'values', 'relations', 'quotes'], run: (doc) => change(byId.get(doc.id)!) }]);
}

describe('questions on the graph', () => {
  const store = filled();

  it('show "Elon Musk": one actor for "Elon Musk" and the bare "Musk", ties grouped by type with sources', () => {
    const p = showActor(store, 'Elon Musk');
    expect(p.actor).toMatchObject({ name: 'Elon Musk', documents: 4 });
    expect(p.names.map((x) => x.name)).toEqual(expect.arrayContaining(['Elon Musk', 'Musk']));
    expect(Object.keys(p.tiesByType).sort()).toEqual(['associate_of', 'founded', 'funds', 'sues']);
    const sues = p.tiesByType.sues![0]!;
    expect(sues).toMatchObject({ direction: 'out', counterpart: { name: 'OpenAI' }, count: 2, documents: 2, firstSeen: '2025-02-03', lastSeen: '2025-02-20' });
    expect(sues.sources.map((s) => s.evidence.doc.title).sort()).toEqual(['Musk sues OpenAI', 'Musk suit moves forward']);
    expect(p.tiesByType.funds![0]).toMatchObject({ direction: 'in', counterpart: { name: 'Larry Ellison' } });
    expect(p.money.in.map((f) => [f.from.name, f.amount?.value])).toEqual([['Larry Ellison', 1e9]]);
    expect(p.quotesBy.map((q) => q.text)).toHaveLength(2);
    const bare = p.links.find((l) => l.name === 'Musk')!;
    expect(bare).toMatchObject({ rule: 'surname', human: false, doc: { title: 'Oracle and OpenAI sign cloud deal' } });
    expect(bare.detail).toMatch(/shares OpenAI/);
    expect(p.timeline.map((e) => e.date)).toEqual([...p.timeline.map((e) => e.date)].sort());
    expect(p.timeline[0]).toMatchObject({ date: '2015', dated: 'stated', kind: 'tie' });
  });

  it('path "Elon Musk" "Larry Ellison": one hop with its evidence; Altman to Ellison: both 3-hop chains', () => {
    const direct = findPath(store, 'Elon Musk', 'Larry Ellison');
    expect(direct.length).toBe(1);
    expect(direct.paths.map((p) => p.map((h) => h.type))).toEqual([[expect.stringMatching(/^(associate_of|funds)$/)]]);
    expect(direct.paths[0]![0]!.evidence.sentence.text).toContain('Ellison');
    const far = findPath(store, 'Sam Altman', 'Larry Ellison');
    expect(far.length).toBe(3);
    const chains = far.paths.map((p) => [p[0]!.from.name, ...p.map((h) => h.to.name)].join(' > ')).sort();
    expect(chains).toEqual(['Sam Altman > OpenAI > Elon Musk > Larry Ellison', 'Sam Altman > OpenAI > Oracle > Larry Ellison']);
  });

  it('no chain: length null; unknown names: NOT_FOUND', () => {
    expect(findPath(store, 'Dana Orrin', 'Sam Altman')).toMatchObject({ length: null, paths: [] });
    expect(() => findPath(store, 'Nobody Known', 'Sam Altman')).toThrow(NotFoundError);
  });

  it('disputes: both sides, a quote against a quote and a quote against a tie', () => {
    const d = listDisputes(store);
    expect(d.map((x) => [x.claim.speaker?.name, x.target.kind])).toEqual([['Sam Altman', 'quote'], ['Elon Musk', 'tie']]);
    expect(d[0]!.target).toMatchObject({ kind: 'quote', quote: { speaker: { name: 'Elon Musk' } } });
    expect(d[1]!.target).toMatchObject({ kind: 'tie', type: 'pledges', subject: { name: 'Corvid Resources' }, evidence: { doc: { title: 'Filing shows a bigger Corvid pledge' } } });
    expect(listDisputes(store, { entity: 'Corvid Resources' })).toHaveLength(1);
  });

  it('money: amounts per source, the differing pledge flagged, sums per actor', () => {
    const m = moneyFlows(store);
    const pledge = m.flows.find((f) => f.type === 'pledges')!;
    expect(pledge.sources.map((s) => s.amount.value).sort()).toEqual([2e9, 2.5e9]);
    expect(pledge.conflict).toBe(true);
    expect(m.conflicts).toBe(1);
    const funds = m.flows.find((f) => f.type === 'funds')!;
    expect(funds).toMatchObject({ from: { name: 'Larry Ellison' }, to: { name: 'Elon Musk' }, conflict: false });
    expect(m.totals.find((t) => t.actor.name === 'Larry Ellison')).toMatchObject({ currency: 'USD', out: 1e9, in: 0 });
    expect(moneyFlows(store, { entity: 'Harborlight' }).flows).toHaveLength(1);
  });

  it('ties with --type and --entity, quotes with --by and --about, timeline, central', () => {
    expect(listTies(store, { type: 'position' }).map((t) => t.subject.name).sort()).toEqual(['Dana Orrin', 'Larry Ellison', 'Sam Altman']);
    expect(listTies(store, { entity: 'Oracle' }).map((t) => t.type).sort()).toEqual(['partners_with', 'position']);
    expect(() => listTies(store, { type: 'likes' })).toThrow(UsageError);
    expect(listQuotes(store, { by: 'Sam Altman' }).map((q) => q.text)).toEqual(['the claim was simply false']);
    expect(listQuotes(store, { about: 'Corvid Resources' })).toHaveLength(1);
    expect(timeline(store, 'Corvid Resources').entries.map((e) => e.date)).toEqual(['2025-02-12', '2025-02-12', '2025-02-14']);
    const top = central(store, { limit: 3 });
    expect(top.map((c) => [c.actor.name, c.degree])).toEqual([['OpenAI', 3], ['Elon Musk', 2], [expect.any(String), 2]]);
    expect(central(store, { by: 'pagerank', type: 'ORG', limit: 1 })[0]!.actor.name).toBe('OpenAI');
  });
});

describe('curation survives reprocess', () => {
  it('merge, split, rename and reject are stored as corrections and applied again after reprocess', () => {
    const docs = graphArticles();
    const store = filled(docs);
    // The machine kept Dana Orrin apart from a (wrong) second name; a person joins and renames.
    const rename = renameActor(store, 'Corvid Resources', 'Corvid Resources Ltd');
    expect(rename).toMatchObject({ kind: 'rename', human: true });
    const merge = mergeActors(store, 'Elon Musk', 'Dana Orrin');
    expect(merge.detail).toMatch(/merged Dana Orrin .* into Elon Musk/);
    const split = splitActor(store, 'Elon Musk', 'Dana Orrin');
    expect(split.actor.name).toBe('Dana Orrin');
    const friends = showActor(store, 'Larry Ellison').tiesByType.associate_of![0]!.sources[0]!.factId;
    rejectFact(store, friends);
    expect(showActor(store, 'Larry Ellison').tiesByType.associate_of).toBeUndefined();
    const quote = listQuotes(store, { by: 'Sam Altman' })[0]!.factId!;
    rejectFact(store, quote);
    expect(listDisputes(store)).toHaveLength(1);

    const before = { musk: showActor(store, 'Elon Musk').actor.id, dana: showActor(store, 'Dana Orrin').actor.id };
    const summary = reprocessAll(store, { pipeline: replaying(docs) });
    expect(summary).toMatchObject({ articles: 5, replaced: 5, failed: 0 });
    expect(showActor(store, 'Corvid Resources Ltd').actor.documents).toBe(2);
    expect(showActor(store, 'Elon Musk').actor.id).toBe(before.musk);
    expect(showActor(store, 'Dana Orrin').actor.id).toBe(before.dana);
    expect(showActor(store, 'Larry Ellison').tiesByType.associate_of).toBeUndefined();
    expect(listQuotes(store, { by: 'Sam Altman' })).toEqual([]);
    const corrections = store.corrections();
    expect(corrections.map((c) => c.kind)).toEqual(['rename', 'merge', 'split', 'reject', 'reject']);
    expect(corrections.every((c) => c.human)).toBe(true);
    expect(store.check()).toMatchObject({ integrity: 'ok', partialDocuments: 0 });
    store.close();
  });

  it('a merge made by hand holds after reprocess, and the join says it was human', () => {
    const docs = graphArticles();
    const store = filled(docs);
    mergeActors(store, 'Oracle', 'OpenAI');
    reprocessAll(store, { pipeline: replaying(docs) });
    expect(() => showActor(store, 'OpenAI')).not.toThrow();
    const p = showActor(store, 'Oracle');
    expect(p.actor.documents).toBe(3);
    expect(p.links.filter((l) => l.name === 'OpenAI').every((l) => l.rule === 'human' && l.human)).toBe(true);
    expect(p.corrections.map((c) => c.kind)).toEqual(['merge']);
    store.close();
  });

  it('reprocess replaces the facts of each article with the new extraction and keeps its id', () => {
    const docs = graphArticles();
    const store = filled(docs);
    const id = showActor(store, 'Oracle').documents[0]!.id;
    // A "newer pipeline" that no longer finds the Oracle partnership.
    const drop = (d: Doc): Doc => ({ ...d, relations: d.relations!.filter((r) => r.type !== 'partners_with') });
    reprocessAll(store, { pipeline: replaying(docs, drop) });
    expect(listTies(store, { type: 'partners_with' })).toEqual([]);
    expect(showActor(store, 'Oracle').documents[0]!.id).toBe(id);
    expect(store.stats()).toMatchObject({ documents: 5, quotes: 3 });
    expect(store.check()).toMatchObject({ integrity: 'ok', partialDocuments: 0 });
    store.close();
  });

  it('the stored tie summary equals a recount after writes, merge, split, reject and reprocess', () => {
    const docs = graphArticles();
    const store = filled(docs);
    const same = (step: string) => {
      const { stored, recounted } = tieSummary(store);
      expect(stored.length, step).toBeGreaterThan(0);
      expect(stored, step).toEqual(recounted);
    };
    same('written');
    mergeActors(store, 'Oracle', 'OpenAI');
    same('merge');
    mergeActors(store, 'Elon Musk', 'Dana Orrin');
    splitActor(store, 'Elon Musk', 'Dana Orrin');
    same('split');
    rejectFact(store, showActor(store, 'Elon Musk').tiesByType.sues![0]!.sources[0]!.factId);
    same('reject');
    reprocessAll(store, { pipeline: replaying(docs, (d) => ({ ...d, relations: d.relations!.filter((r) => r.type !== 'funds') })) });
    same('reprocess');
    store.close();
  });

  it('curation errors: unknown and ambiguous names, bad fact ids, nothing changes', () => {
    const store = filled();
    expect(() => mergeActors(store, 'Elon Musk', 'Nobody Known')).toThrow(NotFoundError);
    expect(() => mergeActors(store, 'Elon Musk', 'Musk')).toThrow(/already one actor/);
    expect(() => rejectFact(store, 'x12')).toThrow(UsageError);
    expect(() => rejectFact(store, 'r9999')).toThrow(NotFoundError);
    expect(() => splitActor(store, 'Elon Musk', 'Kimbal Musk')).toThrow(/no article-level entity of Elon Musk/);
    expect(() => splitActor(store, 'Oracle', 'Oracle')).toThrow(/nothing would be left/);
    expect(store.corrections()).toEqual([]);
    expect(() => showActor(store, 'Ora')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', hint: expect.stringMatching(/^did you mean: Oracle \[ORG #\d+, 1 article\]/) }));
    // Two actors of different types known by one name: AMBIGUOUS lists both.
    store.write([{ doc: { ...graphArticles()[4]!, id: 'y'.repeat(64), entities: graphArticles()[4]!.entities!.map((e) => (e.id === 'e2' ? { ...e, type: 'PERSON' as const } : e)) }, origin: null }]);
    expect(() => showActor(store, 'OpenAI')).toThrow(AmbiguousError);
    store.close();
  });
});
