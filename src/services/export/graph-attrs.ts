// The node and edge attributes GraphML and GEXF share, so both formats carry the same columns:
// lists are JSON arrays in a string (both formats only have scalar attributes), and the evidence of
// an edge is a JSON array of its sources, each with sentence text, article and offsets.

import type { ExportEdge, ExportNode, ExportSource } from '../../store/store.js';
import type { ExportCounts } from './counts.js';
import { SYMMETRIC_RELATIONS, type RelationType } from '../../nlp/doc.js';

export type AttrType = 'string' | 'int' | 'boolean';

export const NODE_ATTRS: ReadonlyArray<{ name: string; type: AttrType }> = [
  { name: 'label', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'roles', type: 'string' },
  { name: 'articles', type: 'int' },
];

export const EDGE_ATTRS: ReadonlyArray<{ name: string; type: AttrType }> = [
  { name: 'tie', type: 'string' },
  { name: 'symmetric', type: 'boolean' },
  { name: 'roles', type: 'string' },
  { name: 'dates', type: 'string' },
  { name: 'amounts', type: 'string' },
  { name: 'first_seen', type: 'string' },
  { name: 'last_seen', type: 'string' },
  { name: 'sources', type: 'int' },
  { name: 'articles', type: 'int' },
  { name: 'sentence', type: 'string' },
  { name: 'article', type: 'string' },
  { name: 'evidence', type: 'string' },
];

export const nodeKey = (id: number) => `a${id}`;

/**
 * The edges a graph file can hold, counted into `n`: a tie with no one named at its far end (a
 * pledge to no named recipient) has no target node, so it is skipped and counted as such.
 */
export function* drawableEdges(src: ExportSource, n: ExportCounts): Generator<ExportEdge & { object: NonNullable<ExportEdge['object']> }> {
  for (const e of src.edges()) {
    n.sources += e.evidence.length;
    if (!e.object) {
      n.skipped++;
      continue;
    }
    n.ties++;
    yield e as ExportEdge & { object: NonNullable<ExportEdge['object']> };
  }
}

export function nodeValues(n: ExportNode): Record<string, string | number | boolean> {
  return {
    label: n.name,
    type: n.type,
    aliases: JSON.stringify(n.aliases),
    roles: JSON.stringify(n.roles),
    articles: n.documents,
  };
}

const distinct = <T>(xs: T[]) => [...new Set(xs)];

/** Article as a reader can follow it: its URL when known, else its Dossier id. */
export function articleRef(a: { url: string | null; sha: string }): string {
  return a.url ?? a.sha;
}

export function edgeValues(e: ExportEdge): Record<string, string | number | boolean> {
  const first = e.evidence[0]!;
  return {
    tie: e.type,
    symmetric: SYMMETRIC_RELATIONS.has(e.type as RelationType),
    roles: JSON.stringify(distinct(e.evidence.map((x) => x.role).filter((x): x is string => x !== null))),
    dates: JSON.stringify(distinct(e.evidence.map((x) => x.date).filter((x): x is string => x !== null))),
    amounts: JSON.stringify(e.evidence.filter((x) => x.amount).map((x) => ({ value: x.amount!.value, currency: x.amount!.currency, bound: x.amount!.bound, text: x.amount!.text }))),
    first_seen: e.firstSeen ?? '',
    last_seen: e.lastSeen ?? '',
    sources: e.evidence.length,
    articles: new Set(e.evidence.map((x) => x.article.id)).size,
    sentence: first.sentence.text,
    article: articleRef(first.article),
    evidence: JSON.stringify(e.evidence.map((x) => ({
      fact: x.fact,
      article: x.article.sha,
      url: x.article.url,
      title: x.article.title,
      published: x.article.published,
      sentence: x.sentence.index,
      start: x.sentence.start,
      end: x.sentence.end,
      text: x.sentence.text,
    }))),
  };
}
