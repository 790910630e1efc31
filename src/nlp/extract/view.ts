// A per-document view the coreference, relation and quote stages read: for each token, the entity
// slot (a named mention or a resolved reference), the title (role) and the value it belongs to,
// its part-of-speech tag and its chunk. Built in one pass, linear in the number of tokens.

import type { Chunk, Doc, Entity, EntityType, RoleSpan, Value } from '../doc.js';
import { buildTokenIndex, tokenRange, type TokenIndex } from '../token-index.js';

export interface Slot {
  /** Entity id. */
  entity: string;
  type: EntityType;
  /** Token range [first, end). */
  first: number;
  end: number;
  kind: 'name' | 'pronoun' | 'description';
  /** Followed by a possessive "'s" / "'", or a possessive pronoun ("his", "its"). */
  possessive: boolean;
  sentence: number;
}

export interface RoleRef {
  role: RoleSpan;
  first: number;
  end: number;
}

export interface ValueRef {
  value: Value;
  first: number;
  end: number;
}

export interface DocView {
  readonly doc: Doc;
  readonly ix: TokenIndex;
  /** Penn Treebank tags ("" where no tagger ran). */
  readonly pos: readonly string[];
  readonly slots: Slot[];
  /** Token -> index into slots, or -1. */
  readonly slotAt: Int32Array;
  readonly roles: RoleRef[];
  readonly roleAt: Int32Array;
  readonly values: ValueRef[];
  readonly valueAt: Int32Array;
  /** Token -> index into chunks, or -1. */
  readonly chunkAt: Int32Array;
  readonly chunks: readonly Chunk[];
  readonly entities: ReadonlyMap<string, Entity>;
}

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

export function isPossessiveMark(w: string): boolean {
  return w === "'s" || w === '’s' || w === "'" || w === '’';
}

// The relation and quote stages read the same layers: they share one view per Doc state.
const cache = new WeakMap<object, { refs: unknown; view: DocView }>();

/** Builds the view; `withReferences` adds the coreference layer's pronouns and descriptions as slots. */
export function buildView(doc: Doc, withReferences = true): DocView {
  const key = doc.entities;
  const refs = withReferences ? (doc.references ?? null) : false;
  const hit = key ? cache.get(key) : undefined;
  if (hit && hit.refs === refs && hit.view.doc.tokens === doc.tokens && hit.view.doc.values === doc.values && hit.view.doc.roles === doc.roles) return hit.view;
  const view = makeView(doc, withReferences);
  if (key) cache.set(key, { refs, view });
  return view;
}

function makeView(doc: Doc, withReferences: boolean): DocView {
  const ix = buildTokenIndex(doc);
  const n = ix.tokens.length;
  const pos = doc.pos ?? new Array<string>(n).fill('');
  const slotAt = new Int32Array(n).fill(-1);
  const roleAt = new Int32Array(n).fill(-1);
  const valueAt = new Int32Array(n).fill(-1);
  const chunkAt = new Int32Array(n).fill(-1);
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const mentions = doc.mentions ?? [];

  const raw: Slot[] = [];
  for (const e of doc.entities ?? []) {
    for (const mi of e.mentions) {
      const m = mentions[mi];
      if (!m) continue;
      const [first, end] = tokenRange(ix.tokens, m);
      if (first >= end) continue;
      raw.push({ entity: e.id, type: e.type, first, end, kind: 'name', possessive: false, sentence: ix.tokens[first]!.sentence });
    }
  }
  if (withReferences) {
    for (const r of doc.references ?? []) {
      const e = entities.get(r.entity);
      if (!e) continue;
      const [first, end] = tokenRange(ix.tokens, r);
      if (first >= end) continue;
      raw.push({ entity: e.id, type: e.type, first, end, kind: r.kind, possessive: false, sentence: ix.tokens[first]!.sentence });
    }
  }
  // Names first; a description keeps only the tokens after a name inside it ("The Portland-based
  // startup": Portland stays a name, "startup" names the company).
  const taken = new Uint8Array(n);
  const kept: Slot[] = [];
  raw.sort((a, b) => (a.kind === 'name' ? 0 : 1) - (b.kind === 'name' ? 0 : 1) || a.first - b.first || b.end - a.end);
  for (const s of raw) {
    let first = s.first;
    if (s.kind !== 'name') for (let k = s.first; k < s.end; k++) if (taken[k]) first = k + 1;
    let clash = false;
    for (let k = first; k < s.end; k++) if (taken[k]) clash = true;
    if (clash || first >= s.end) continue;
    const slot = { ...s, first };
    for (let k = first; k < s.end; k++) taken[k] = 1;
    kept.push(slot);
  }
  kept.sort((a, b) => a.first - b.first);
  const slots: Slot[] = [];
  for (const s of kept) {
    const next = ix.words[s.end];
    s.possessive = (next !== undefined && isPossessiveMark(next)) || (s.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(ix.lower[s.first]!));
    for (let k = s.first; k < s.end; k++) slotAt[k] = slots.length;
    slots.push(s);
  }

  const roles: RoleRef[] = [];
  for (const r of doc.roles ?? []) {
    const [first, end] = tokenRange(ix.tokens, r);
    if (first >= end) continue;
    for (let k = first; k < end; k++) roleAt[k] = roles.length;
    roles.push({ role: r, first, end });
  }
  const values: ValueRef[] = [];
  for (const v of doc.values ?? []) {
    const [first, end] = tokenRange(ix.tokens, v);
    if (first >= end) continue;
    for (let k = first; k < end; k++) valueAt[k] = values.length;
    values.push({ value: v, first, end });
  }
  const chunks = doc.chunks ?? [];
  chunks.forEach((c, i) => {
    for (let k = c.tokenStart; k < c.tokenEnd && k < n; k++) chunkAt[k] = i;
  });
  return { doc, ix, pos, slots, slotAt, roles, roleAt, values, valueAt, chunkAt, chunks, entities };
}

export const isVerbTag = (t: string) => t.startsWith('VB') || t === 'MD';
export const isNounTag = (t: string) => t.startsWith('NN');
export const isAdjTag = (t: string) => t.startsWith('JJ') || t === 'VBN' || t === 'VBG' || t === 'CD';
