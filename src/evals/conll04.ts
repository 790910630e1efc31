// CoNLL04 (Roth & Yih 2004, SpERT JSON split): entities and relations read from single sentences.
// Each sentence's tokens are joined with spaces and run through the pipeline; predicted mentions and
// relations are mapped back to token spans by character offsets.
//
// Mapping (stated in the report): entity types PERSON -> Peop, ORG -> Org, GPE and LOC -> Loc
// (PRODUCT and CoNLL04's Other are not scored); relations position(PERSON, ORG) -> Work_For,
// located_in(ORG, place) -> OrgBased_In, located_in(place, place) -> Located_In. Live_In and Kill
// have no counterpart and are not scored. A prediction is correct when its type and both argument
// spans match exactly (the "boundaries" setting: relation arguments by span, not by entity type);
// a leading "The" that CoNLL04 puts in a name and we leave out, and a final period glued to a
// CoNLL04 token, do not count as differences.

import { readFileSync } from 'node:fs';
import { createDoc, type Doc, type EntityType } from '../nlp/doc.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { tokenRange } from '../nlp/token-index.js';
import { Tally, type PrfRow } from './prf.js';

interface ConllSentence {
  tokens: string[];
  entities: Array<{ type: string; start: number; end: number }>;
  relations: Array<{ type: string; head: number; tail: number }>;
}

export const CONLL04_ENTITY_TYPES = ['Peop', 'Org', 'Loc'] as const;
export const CONLL04_RELATION_TYPES = ['Work_For', 'OrgBased_In', 'Located_In'] as const;

const ENTITY_MAP: Readonly<Record<EntityType, string | null>> = { PERSON: 'Peop', ORG: 'Org', GPE: 'Loc', LOC: 'Loc', PRODUCT: null };

export interface Conll04Report {
  sentences: number;
  entities: PrfRow;
  entitiesByType: Record<string, PrfRow>;
  relations: PrfRow;
  relationsByType: Record<string, PrfRow>;
  mapping: string;
}

/** Our relation, read as a CoNLL04 relation type, or null when it has no counterpart. */
export function conllRelationType(type: string, subject: EntityType, object: EntityType | null): string | null {
  if (type === 'position' && subject === 'PERSON' && object === 'ORG') return 'Work_For';
  if (type === 'located_in' && subject === 'ORG' && (object === 'GPE' || object === 'LOC')) return 'OrgBased_In';
  if (type === 'located_in' && (subject === 'GPE' || subject === 'LOC') && (object === 'GPE' || object === 'LOC')) return 'Located_In';
  return null;
}

function sentenceText(tokens: readonly string[]): { text: string; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    spans.push([text.length, text.length + t.length]);
    text += t;
  }
  return { text, spans };
}

/**
 * CoNLL04 token range [start, end) covering a character span, or null when it does not fall on token
 * edges. Two differences of convention are bridged: our names leave out a leading "The" (SPEC 2),
 * and CoNLL04 tokens keep a sentence's final period on the last word ("Studies.").
 */
function toConllTokens(spans: ReadonlyArray<[number, number]>, start: number, end: number, tokens: readonly string[], gold: ReadonlySet<string>): [number, number] | null {
  const a = spans.findIndex(([s]) => s === start);
  let b = spans.findIndex(([, e]) => e === end);
  if (b < 0) b = spans.findIndex(([s, e]) => s < end && e === end + 1 && tokens[spans.findIndex(([x]) => x === s)]!.endsWith('.'));
  if (a < 0 || b < a) return null;
  // prefer the reading with "The" when that is how the gold writes the name
  if (a > 0 && /^the$/i.test(tokens[a - 1]!) && gold.has(`${a - 1}|${b + 1}`) && !gold.has(`${a}|${b + 1}`)) return [a - 1, b + 1];
  return [a, b + 1];
}

export function evaluateConll04(file: string, pipeline: Pipeline, limit?: number): Conll04Report {
  const data = JSON.parse(readFileSync(file, 'utf8')) as ConllSentence[];
  const sentences = limit ? data.slice(0, limit) : data;
  const ent = new Tally();
  const rel = new Tally();
  const entByType = new Map<string, Tally>(CONLL04_ENTITY_TYPES.map((t) => [t, new Tally()]));
  const relByType = new Map<string, Tally>(CONLL04_RELATION_TYPES.map((t) => [t, new Tally()]));
  for (const sent of sentences) {
    const { text, spans } = sentenceText(sent.tokens);
    const doc: Doc = pipeline.run(createDoc(text));
    // Gold.
    const goldEnts = new Set<string>();
    for (const e of sent.entities) if ((CONLL04_ENTITY_TYPES as readonly string[]).includes(e.type)) goldEnts.add(`${e.type}|${e.start}|${e.end}`);
    const goldRels = new Set<string>();
    for (const r of sent.relations) {
      if (!(CONLL04_RELATION_TYPES as readonly string[]).includes(r.type)) continue;
      const h = sent.entities[r.head]!;
      const t = sent.entities[r.tail]!;
      goldRels.add(`${r.type}|${h.start}|${h.end}|${t.start}|${t.end}`);
    }
    const goldSpans = new Set(sent.entities.map((e) => `${e.start}|${e.end}`));
    // Predicted mentions, by entity.
    const mentions = doc.mentions ?? [];
    const spansOf = new Map<string, Array<[number, number]>>();
    const predEnts = new Set<string>();
    for (const e of doc.entities ?? []) {
      const mapped = ENTITY_MAP[e.type];
      const list: Array<[number, number]> = [];
      for (const mi of e.mentions) {
        const m = mentions[mi]!;
        const tk = toConllTokens(spans, m.start, m.end, sent.tokens, goldSpans) ?? (() => {
          // a span inside a CoNLL token ("U.S.-based"): widen to the tokens it touches
          const [a, b] = tokenRange(spans.map(([s, en]) => ({ start: s, end: en })), m);
          return b > a ? ([a, b] as [number, number]) : null;
        })();
        if (!tk) continue;
        list.push(tk);
        if (mapped) predEnts.add(`${mapped}|${tk[0]}|${tk[1]}`);
      }
      spansOf.set(e.id, list);
    }
    const typeOf = new Map((doc.entities ?? []).map((e) => [e.id, e.type]));
    const predRels = new Set<string>();
    for (const r of doc.relations ?? []) {
      if (!r.object) continue;
      const t = conllRelationType(r.type, typeOf.get(r.subject)!, typeOf.get(r.object) ?? null);
      if (!t) continue;
      for (const a of spansOf.get(r.subject) ?? []) for (const b of spansOf.get(r.object) ?? []) predRels.add(`${t}|${a[0]}|${a[1]}|${b[0]}|${b[1]}`);
    }
    score(goldEnts, predEnts, ent, entByType);
    score(goldRels, predRels, rel, relByType);
  }
  const rows = (m: Map<string, Tally>) => Object.fromEntries([...m].map(([k, v]) => [k, v.row()]));
  return {
    sentences: sentences.length,
    entities: ent.row(),
    entitiesByType: rows(entByType),
    relations: rel.row(),
    relationsByType: rows(relByType),
    mapping: 'PERSON->Peop, ORG->Org, GPE/LOC->Loc; position(PERSON,ORG)->Work_For, located_in(ORG,place)->OrgBased_In, located_in(place,place)->Located_In; Live_In, Kill, Other not scored',
  };
}

function score(gold: Set<string>, pred: Set<string>, all: Tally, byType: Map<string, Tally>): void {
  const typeOf = (k: string) => k.slice(0, k.indexOf('|'));
  for (const p of pred) {
    const t = byType.get(typeOf(p))!;
    if (gold.has(p)) {
      all.tp++;
      t.tp++;
    } else {
      all.fp++;
      t.fp++;
    }
  }
  for (const g of gold) {
    if (pred.has(g)) continue;
    all.fn++;
    byType.get(typeOf(g))!.fn++;
  }
}
