// Cross-article resolution: which global actor each entity of a new article is. Rules, in order:
// a name a person pinned (merge, split); the same full name; a bare surname or an acronym when it
// points at one actor, or when the article's other actors single one out. A bare name that could
// be several actors, or whose article shares nothing with the only candidate's articles, stays a
// separate actor: two people called Son are not joined on the surname alone.
// Each decision carries its rule and detail, stored as the evidence of the join.
// (docs/decisions/0061-cross-article-resolution.md)

import type { EntityType } from '../nlp/doc.js';
import { acronymOf, asAcronym, canonicalKey, isSingleWord, surnameOf } from './actor-keys.js';
import { COMPATIBLE_TYPES, CONTEXT_TYPES } from './data/name-equivalents.js';

export interface LocalEntity {
  localId: string;
  type: EntityType;
  /** Canonical name as read in the article. */
  name: string;
  /** Other proper names it goes by in the article (named mentions, capitalised aliases). */
  names: readonly string[];
}

/** What the resolver needs to know about actors already stored. */
export interface ActorIndex {
  pinned(type: EntityType, key: string): number | undefined;
  /** Actors known by this canonical name (their display name or another name). */
  byName(type: EntityType, key: string): number[];
  byKey(type: EntityType, kind: 'surname' | 'acronym', key: string): number[];
  /** The canonical key of the actor's display name. */
  displayKey(entity: number): string;
  /** Actors seen in the same articles as `entity`, limited to its most recent articles. */
  cooccurring(entity: number): ReadonlySet<number>;
  /** The `n` of these actors seen in the most articles. */
  mostSeen(ids: readonly number[], n: number): number[];
}

/** A common surname can have hundreds of candidates; context is weighed for the most seen only. */
const MAX_CANDIDATES = 6;

export type LinkRule = 'new' | 'same-name' | 'surname' | 'acronym' | 'human';

export interface LinkDecision {
  localId: string;
  /** The actor to join, or null for a new actor. */
  entity: number | null;
  rule: LinkRule;
  detail: string;
}

interface Ctx {
  index: ActorIndex;
  /** Actors already decided in this article, usable as context. */
  context: Map<number, string>;
  /** Whether the article names other people or organisations at all (known or new). */
  hasOthers: boolean;
}

/**
 * Picks among candidates by the actors their articles share with this one. `strict`: a lone
 * candidate is refused when both sides have context and share none (surnames are common; acronyms
 * written out in full seldom collide).
 */
function byContext(ctx: Ctx, all: number[], rule: LinkRule, what: string, strict = true): Omit<LinkDecision, 'localId'> {
  const candidates = all.length > MAX_CANDIDATES ? ctx.index.mostSeen(all, MAX_CANDIDATES) : all;
  const scored = candidates.map((c) => {
    const co = ctx.index.cooccurring(c);
    const shared = [...ctx.context.keys()].filter((id) => id !== c && co.has(id)).map((id) => ctx.context.get(id)!);
    return { c, shared, known: co.size > 0 };
  }).sort((a, b) => b.shared.length - a.shared.length || a.c - b.c);
  const top = scored[0]!;
  if (scored.length === 1) {
    if (top.shared.length) return { entity: top.c, rule, detail: `${what}; shares ${top.shared.slice(0, 3).join(', ')}` };
    if (!strict || !ctx.hasOthers || !top.known) return { entity: top.c, rule, detail: `${what}, the only actor known by it` };
    return { entity: null, rule: 'new', detail: `${what} matches one actor, but their articles share no one with this one` };
  }
  const second = scored[1]!;
  if (top.shared.length > second.shared.length) {
    return { entity: top.c, rule, detail: `${what}, one of ${all.length} actors; shares ${top.shared.slice(0, 3).join(', ')}` };
  }
  return { entity: null, rule: 'new', detail: `${what} could be ${all.length} actors and the article does not tell which` };
}

function decide(ctx: Ctx, e: LocalEntity): Omit<LinkDecision, 'localId'> {
  const { index } = ctx;
  const key = canonicalKey(e.name);
  const keys = [key, ...e.names.map(canonicalKey)].filter((k, i, all) => k && all.indexOf(k) === i);
  for (const k of keys) {
    const pin = index.pinned(e.type, k);
    if (pin !== undefined) return { entity: pin, rule: 'human', detail: `"${e.name}" was tied to this actor by hand` };
  }
  const single = isSingleWord(key);
  if (e.type === 'PERSON' && single) {
    const candidates = [...new Set([...index.byName(e.type, key), ...index.byKey(e.type, 'surname', key)])];
    if (!candidates.length) return { entity: null, rule: 'new', detail: `no actor is known as "${e.name}"` };
    const d = byContext(ctx, candidates, 'surname', `"${e.name}" alone`);
    if (d.entity === null) {
      // A bare name that cannot be told apart joins the actor known only by that bare name, if any.
      const bare = candidates.find((c) => index.displayKey(c) === key);
      if (bare !== undefined) return { entity: bare, rule: 'same-name', detail: `${d.detail}; kept with the other bare "${e.name}"` };
    }
    return d;
  }
  const exact = [...new Set(keys.flatMap((k) => (k === key || !isSingleWord(k) ? index.byName(e.type, k) : [])))];
  if (exact.length === 1) return { entity: exact[0]!, rule: 'same-name', detail: `same name "${e.name}"` };
  if (exact.length > 1) {
    const d = byContext(ctx, exact, 'same-name', `"${e.name}"`);
    if (d.entity !== null) return d;
    const named = exact.find((c) => index.displayKey(c) === key) ?? Math.min(...exact);
    return { entity: named, rule: 'same-name', detail: `same name "${e.name}"` };
  }
  const other = (COMPATIBLE_TYPES[e.type] ?? []).flatMap((t) => index.byName(t as EntityType, key));
  if (other.length === 1) return { entity: other[0]!, rule: 'same-name', detail: `same name "${e.name}", typed otherwise elsewhere` };
  if (e.type === 'PERSON') {
    // "Elon Musk" where an earlier article knew only "Musk".
    const surname = surnameOf(e.name);
    const bare = surname ? index.byKey(e.type, 'surname', surname).filter((c) => index.displayKey(c) === surname) : [];
    const more = surname ? index.byName(e.type, surname).filter((c) => index.displayKey(c) === surname) : [];
    const candidates = [...new Set([...bare, ...more])];
    if (candidates.length) return byContext(ctx, candidates, 'surname', `"${surname}" named in full as "${e.name}"`);
    return { entity: null, rule: 'new', detail: `no actor is known as "${e.name}"` };
  }
  const written = asAcronym(e.name);
  if (written) {
    const candidates = index.byKey(e.type, 'acronym', written).filter((c) => index.displayKey(c) !== written);
    if (candidates.length) return byContext(ctx, candidates, 'acronym', `"${e.name}" as the initials`, false);
  } else {
    const acr = acronymOf(e.name);
    const candidates = acr ? index.byName(e.type, acr).filter((c) => index.displayKey(c) === acr) : [];
    if (candidates.length) return byContext(ctx, candidates, 'acronym', `"${e.name}" written out as "${acr!.toUpperCase()}"`, false);
  }
  return { entity: null, rule: 'new', detail: `no actor is known as "${e.name}"` };
}

/** Whether a name needs the article's other actors to be resolved: a bare person name or an acronym. */
function needsContext(e: LocalEntity): boolean {
  return (e.type === 'PERSON' && isSingleWord(canonicalKey(e.name))) || asAcronym(e.name) !== null;
}

/** 0: organisations, places, products by name; 1: people by full name; 2: bare names and acronyms. */
function tier(e: LocalEntity): number {
  if (needsContext(e)) return 2;
  return e.type === 'PERSON' ? 1 : 0;
}

/** Decides every entity of one article; full names first, so that they are context for bare ones. */
export function resolveActors(entities: readonly LocalEntity[], index: ActorIndex): LinkDecision[] {
  const ctx: Ctx = { index, context: new Map(), hasOthers: false };
  const out = new Map<string, LinkDecision>();
  const ordered = [...entities].sort((a, b) => tier(a) - tier(b));
  for (const e of ordered) {
    ctx.hasOthers = entities.some((o) => o !== e && CONTEXT_TYPES.has(o.type) && canonicalKey(o.name) !== canonicalKey(e.name));
    const d = { localId: e.localId, ...decide(ctx, e) };
    out.set(e.localId, d);
    if (d.entity !== null && CONTEXT_TYPES.has(e.type)) ctx.context.set(d.entity, e.name);
  }
  return entities.map((e) => out.get(e.localId)!);
}
