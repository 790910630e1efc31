// The questions asked of the graph across articles, shared by the CLI and the HTTP API: one actor's
// dossier, chains of ties between two actors, ties, quotes, disputes, money, timeline, the most
// central actors, and search. Names typed by users are resolved here (resolveActor), so every
// caller gives the same NOT_FOUND and AMBIGUOUS answers.

import { UndirectedGraph } from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { NotFoundError, UsageError } from '../errors.js';
import { RELATION_TYPES, type EntityType } from '../nlp/doc.js';
import type {
  ActorDossier, ActorLinkView, ActorRef, ActorSummary, CorrectionView, DisputeView, Evidence, MoneyView, QuoteView,
  SearchResult, Store, Tie, TieView, TimelineEntry,
} from '../store/store.js';
import { buildTimeline } from '../graph/timeline.js';
import { resolveActor } from './queries.js';

export { resolveActor } from './queries.js';

/** A tie seen from one actor. */
export interface ActorTie extends Tie {
  /** "out": the actor is the subject; "in": the object; "both": a symmetric tie. */
  direction: 'out' | 'in' | 'both';
  counterpart: ActorRef | null;
}

export interface MoneyFlow {
  type: string;
  from: ActorRef;
  to: ActorRef | null;
  /** One per source: amounts are never merged. */
  sources: Array<{ factId: string; amount: MoneyView; date: string | null; purpose: string | null; evidence: Evidence }>;
  /** The amount counted in sums: the one most sources give (ties: the latest). */
  amount: MoneyView | null;
  conflict: boolean;
}

export interface MoneyTotal {
  actor: ActorRef;
  currency: string;
  out: number;
  in: number;
}

export interface MoneyReport {
  flows: MoneyFlow[];
  totals: MoneyTotal[];
  conflicts: number;
}

/** `show NAME`: everything about one actor, each fact with its sentence and article. */
export interface ActorProfile extends ActorDossier {
  /** Ties across articles grouped by type, most sourced first. */
  tiesByType: Record<string, ActorTie[]>;
  money: { out: MoneyFlow[]; in: MoneyFlow[]; totals: MoneyTotal[] };
  timeline: TimelineEntry[];
  /** Why the names were joined into this actor. */
  links: ActorLinkView[];
  corrections: CorrectionView[];
}

export interface PathHop {
  from: ActorRef;
  to: ActorRef;
  type: string;
  /** "forward": from is the subject of the tie; "backward": the object. */
  direction: 'forward' | 'backward';
  count: number;
  evidence: Evidence;
  factId: string;
}

export interface PathResult {
  from: ActorSummary;
  to: ActorSummary;
  /** Hops in each shortest chain; null when no chain joins them within the search depth. */
  length: number | null;
  paths: PathHop[][];
}

export interface CentralActor {
  actor: ActorRef;
  degree: number;
  /** PageRank when asked for, else the degree. */
  score: number;
}

// A CommonJS module: under NodeNext its default import is module.exports, typed as the module.
const pagerank = pagerankModule as unknown as (g: UndirectedGraph, o?: { getEdgeWeight?: string }) => Record<string, number>;

const MONEY_TYPES = new Set(['funds', 'pledges', 'acquires', 'owns']);

export function parseTieType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = value.toLowerCase().replace(/-/g, '_');
  if (!(RELATION_TYPES as readonly string[]).includes(t)) throw new UsageError(`unknown tie type "${value}"`, `use one of ${RELATION_TYPES.join(', ')}`);
  return t;
}

function asActorTie(t: Tie, id: number): ActorTie {
  const out = t.subject.id === id;
  return { ...t, direction: t.symmetric ? 'both' : out ? 'out' : 'in', counterpart: out ? t.object : t.subject };
}

function moneyFlow(t: Tie): MoneyFlow | null {
  const sources = t.sources.filter((s) => s.amount !== null).map((s) => ({ factId: s.factId, amount: s.amount!, date: s.date, purpose: s.purpose, evidence: s.evidence }));
  if (!sources.length) return null;
  // The amount most sources give; on a tie the latest article's.
  const byValue = new Map<string, { n: number; amount: MoneyView; published: string }>();
  for (const s of sources) {
    const k = `${s.amount.currency}:${s.amount.value}`;
    const cur = byValue.get(k);
    const published = s.evidence.doc.published ?? '';
    if (cur) {
      cur.n++;
      if (published > cur.published) cur.published = published;
    } else byValue.set(k, { n: 1, amount: s.amount, published });
  }
  const best = [...byValue.values()].sort((a, b) => b.n - a.n || b.published.localeCompare(a.published))[0]!;
  return { type: t.type, from: t.subject, to: t.object, sources, amount: best.amount, conflict: t.conflict };
}

function totals(flows: MoneyFlow[], only?: number): MoneyTotal[] {
  const m = new Map<string, MoneyTotal>();
  const add = (a: ActorRef | null, currency: string, dir: 'out' | 'in', v: number) => {
    if (!a || (only !== undefined && a.id !== only)) return;
    const k = `${a.id}:${currency}`;
    const t = m.get(k) ?? { actor: a, currency, out: 0, in: 0 };
    t[dir] += v;
    m.set(k, t);
  };
  for (const f of flows) {
    // Vague amounts ("billions") say nothing to add up.
    if (!f.amount || f.amount.bound === 'vague') continue;
    add(f.from, f.amount.currency, 'out', f.amount.value);
    add(f.to, f.amount.currency, 'in', f.amount.value);
  }
  return [...m.values()].sort((a, b) => b.out + b.in - (a.out + a.in));
}

export function showActor(store: Store, query: string, type?: EntityType): ActorProfile {
  const actor = resolveActor(store, query, type);
  // The flat list of ties is rebuilt below from the grouped ties, so the dossier skips it.
  const d = store.dossier(actor.id, { ties: 0, quotes: 50 });
  if (!d) throw new NotFoundError('entity', query);
  // The 150 most sourced ties, 3 sources each (counts and dates cover all): enough to read, and
  // bounded for the most connected actors; `ties --entity` lists them all.
  const ties = store.ties({ entity: actor.id, limit: 150, sourcesPerTie: 3 }).map((t) => asActorTie(t, actor.id));
  const tiesByType: Record<string, ActorTie[]> = {};
  for (const t of ties) (tiesByType[t.type] ??= []).push(t);
  const flows = ties.filter((t) => MONEY_TYPES.has(t.type)).map(moneyFlow).filter((f): f is MoneyFlow => f !== null);
  const flat: TieView[] = ties.flatMap((t) => t.sources.map((s) => ({
    factId: s.factId, type: t.type, direction: t.direction === 'in' ? 'in' as const : 'out' as const, counterpart: t.counterpart,
    role: s.role, amount: s.amount, date: s.date, medium: s.medium, purpose: s.purpose, confidence: s.confidence, evidence: s.evidence,
  }))).sort((a, b) => a.type.localeCompare(b.type) || a.evidence.doc.id - b.evidence.doc.id || a.evidence.sentence.index - b.evidence.sentence.index);
  return {
    ...d,
    ties: flat,
    tiesByType,
    money: {
      out: flows.filter((f) => f.from.id === actor.id),
      in: flows.filter((f) => f.to?.id === actor.id),
      totals: totals(flows, actor.id),
    },
    timeline: buildTimeline(actor.id, ties, d.quotesBy),
    links: store.links(actor.id),
    corrections: store.corrections({ entity: actor.id }),
  };
}

export function listTies(store: Store, query: { type?: string; entity?: string; limit?: number } = {}): Tie[] {
  const entity = query.entity === undefined ? undefined : resolveActor(store, query.entity).id;
  return store.ties({ type: parseTieType(query.type), entity, limit: query.limit ?? 50 });
}

export function listQuotes(store: Store, query: { by?: string; about?: string; limit?: number } = {}): QuoteView[] {
  const by = query.by === undefined ? undefined : resolveActor(store, query.by).id;
  const about = query.about === undefined ? undefined : resolveActor(store, query.about).id;
  return store.quoteList({ by, about, limit: query.limit ?? 50 });
}

export function listDisputes(store: Store, query: { entity?: string; limit?: number } = {}): DisputeView[] {
  const entity = query.entity === undefined ? undefined : resolveActor(store, query.entity).id;
  return store.disputes({ entity, limit: query.limit ?? 100 });
}

export function moneyFlows(store: Store, query: { entity?: string; limit?: number } = {}): MoneyReport {
  const entity = query.entity === undefined ? undefined : resolveActor(store, query.entity).id;
  const ties = store.ties({ entity, limit: query.limit ?? 1000 }).filter((t) => MONEY_TYPES.has(t.type));
  const flows = ties.map(moneyFlow).filter((f): f is MoneyFlow => f !== null);
  return { flows, totals: totals(flows, entity), conflicts: flows.filter((f) => f.conflict).length };
}

export function timeline(store: Store, name: string, type?: EntityType): { actor: ActorSummary; entries: TimelineEntry[] } {
  const actor = resolveActor(store, name, type);
  return { actor, entries: store.timeline(actor.id) };
}

const PATH_MAX_DEPTH = 6;
const PATH_MAX_NODES = 20_000;
const PATH_MAX_PATHS = 5;

/**
 * The shortest chains of ties between two actors. The graph is loaded around both ends, one ring
 * at a time from the smaller side, until the two searches meet: the whole graph is never read.
 */
export function findPath(store: Store, a: string, b: string, options: { maxDepth?: number; maxPaths?: number } = {}): PathResult {
  const from = resolveActor(store, a);
  const to = resolveActor(store, b);
  const maxDepth = options.maxDepth ?? PATH_MAX_DEPTH;
  const maxPaths = options.maxPaths ?? PATH_MAX_PATHS;
  if (from.id === to.id) return { from, to, length: 0, paths: [] };
  const g = new UndirectedGraph();
  const addEdges = (ids: number[]) => {
    for (const e of store.graphEdges({ around: ids })) {
      const s = String(e.subject);
      const o = String(e.object);
      if (s === o) continue;
      g.mergeNode(s);
      g.mergeNode(o);
      if (!g.hasEdge(s, o)) g.addEdge(s, o);
    }
  };
  // Bidirectional breadth-first search; dist maps node -> hops from its side.
  const distA = new Map<string, number>([[String(from.id), 0]]);
  const distB = new Map<string, number>([[String(to.id), 0]]);
  let frontierA = [String(from.id)];
  let frontierB = [String(to.id)];
  const expanded = new Set<string>();
  let meet: number | null = null;
  for (let depth = 0; depth < maxDepth && meet === null; depth++) {
    const sideA = frontierA.length <= frontierB.length;
    const frontier = sideA ? frontierA : frontierB;
    const dist = sideA ? distA : distB;
    const other = sideA ? distB : distA;
    if (!frontier.length) break;
    const toLoad = frontier.filter((n) => !expanded.has(n));
    for (let i = 0; i < toLoad.length; i += 500) addEdges(toLoad.slice(i, i + 500).map(Number));
    for (const n of toLoad) expanded.add(n);
    const next: string[] = [];
    for (const n of frontier) {
      if (!g.hasNode(n)) continue;
      const d = dist.get(n)!;
      for (const m of g.neighbors(n)) {
        if (!dist.has(m)) {
          dist.set(m, d + 1);
          next.push(m);
        }
        if (other.has(m)) {
          const len = d + 1 + other.get(m)!;
          if (meet === null || len < meet) meet = len;
        }
      }
    }
    if (sideA) frontierA = next;
    else frontierB = next;
    if (g.order > PATH_MAX_NODES) break;
  }
  if (meet === null) return { from, to, length: null, paths: [] };
  // Every shortest chain passes a node both searches reached with distances adding up to the
  // length; from there it runs back to A (and to B) one ring at a time, along loaded edges.
  const meetNodes = [...distA.keys()].filter((n) => distB.has(n) && distA.get(n)! + distB.get(n)! === meet);
  const chainsTo = (node: string, dist: Map<string, number>): string[][] => {
    const d = dist.get(node)!;
    if (d === 0) return [[node]];
    const out: string[][] = [];
    for (const p of g.neighbors(node)) {
      if (dist.get(p) !== d - 1) continue;
      for (const c of chainsTo(p, dist)) {
        out.push([...c, node]);
        if (out.length >= maxPaths) return out;
      }
    }
    return out;
  };
  const seenChains = new Set<string>();
  const chains: string[][] = [];
  for (const m of meetNodes) {
    for (const left of chainsTo(m, distA)) {
      for (const right of chainsTo(m, distB)) {
        const chain = [...left, ...right.reverse().slice(1)];
        const k = chain.join(' ');
        if (seenChains.has(k)) continue;
        seenChains.add(k);
        chains.push(chain);
      }
    }
    if (chains.length >= maxPaths) break;
  }
  const hop = (x: number, y: number): PathHop | null => {
    const tie = store.ties({ entity: x, with: y, limit: 20, sourcesPerTie: 1 }).find((t) => (t.subject.id === x && t.object?.id === y) || (t.subject.id === y && t.object?.id === x));
    if (!tie || !tie.object) return null;
    const best = tie.sources[0]!;
    const forward = tie.subject.id === x;
    return {
      from: forward ? tie.subject : tie.object,
      to: forward ? tie.object : tie.subject,
      type: tie.type,
      direction: forward ? 'forward' : 'backward',
      count: tie.count,
      evidence: best.evidence,
      factId: best.factId,
    };
  };
  const paths = chains
    .slice(0, maxPaths)
    .map((c) => c.slice(1).map((n, i) => hop(Number(c[i]), Number(n))))
    .filter((p): p is PathHop[] => p.every((h) => h !== null));
  return { from, to, length: meet, paths };
}

/** The most connected actors: degree (distinct counterparts) or PageRank over the tie graph. */
export function central(store: Store, query: { type?: EntityType; by?: 'degree' | 'pagerank'; limit?: number } = {}): CentralActor[] {
  const limit = query.limit ?? 20;
  const g = new UndirectedGraph();
  for (const e of store.graphEdges()) {
    if (e.subject === e.object) continue;
    const s = String(e.subject);
    const o = String(e.object);
    g.mergeNode(s);
    g.mergeNode(o);
    if (g.hasEdge(s, o)) g.updateEdgeAttribute(s, o, 'weight', (w: number | undefined) => (w ?? 0) + e.count);
    else g.addEdge(s, o, { weight: e.count });
  }
  const scores: Record<string, number> = query.by === 'pagerank' && g.order ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  const ranked = g.nodes()
    .map((n) => ({ id: Number(n), degree: g.degree(n), score: query.by === 'pagerank' ? scores[n] ?? 0 : g.degree(n) }))
    .sort((a, b) => b.score - a.score || b.degree - a.degree || a.id - b.id);
  const out: CentralActor[] = [];
  for (const r of ranked) {
    if (out.length >= limit) break;
    const a = store.actor(r.id);
    if (!a || (query.type && a.type !== query.type)) continue;
    out.push({ actor: { id: a.id, type: a.type, name: a.name }, degree: r.degree, score: r.score });
  }
  return out;
}

export function search(store: Store, text: string, limit?: number): SearchResult {
  return store.search(text, { limit });
}
