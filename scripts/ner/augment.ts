// Mention replacement (Dai and Adel 2020): copies of training documents in which every name is
// swapped for another name of the same type, consistently within the document. The tagger then
// sees the same contexts with names it cannot have memorised, and leans on context, shape and
// document evidence, as it must for names the 1996 training data never had.
import type { ConllDocument } from '../../src/nlp/conll.js';
import { rng } from '../../src/nlp/learn/perceptron.js';
import { iobSpans, spansToBilou } from '../../src/nlp/learn/tag-scheme.js';

export interface NamePools {
  /** Given names, for the first token of multi-token person names. */
  given: string[];
  /** Other person-name tokens (surnames). */
  family: string[];
  /** Whole names per type (ORG, LOC, MISC), as token lists. */
  names: Record<string, string[][]>;
}

/** Pools from the training documents themselves plus any extra names (gazetteer entries). */
export function poolsFrom(docs: readonly ConllDocument[], given: string[], extra: Record<string, string[][]>): NamePools {
  const family = new Set<string>();
  const names: Record<string, Map<string, string[]>> = { ORG: new Map(), LOC: new Map(), MISC: new Map() };
  for (const d of docs) {
    for (const s of d) {
      for (const span of iobSpans(s.ner)) {
        const tokens = s.words.slice(span.start, span.end);
        if (span.type === 'PER') {
          if (tokens.length > 1) family.add(tokens[tokens.length - 1]!);
        } else names[span.type]?.set(tokens.join(' '), tokens);
      }
    }
  }
  for (const [type, list] of Object.entries(extra)) for (const tokens of list) names[type]?.set(tokens.join(' '), tokens);
  const sorted = (m: Map<string, string[]>) => [...m.keys()].sort().map((k) => m.get(k)!);
  return { given, family: [...family].sort(), names: { ORG: sorted(names.ORG!), LOC: sorted(names.LOC!), MISC: sorted(names.MISC!) } };
}

/** A copy of a document with its names replaced; labels are IOB2 over the new tokens. */
export function replaceNames(doc: ConllDocument, pools: NamePools, seed: number): ConllDocument {
  const random = rng(seed);
  const pickFrom = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const personToken = new Map<string, string>();
  const spanNames = new Map<string, string[]>();
  return doc.map((s) => {
    const caps = s.words.filter((w) => /\p{L}{3}/u.test(w)).every((w) => w === w.toUpperCase());
    const words: string[] = [];
    const spans: Array<{ start: number; end: number; type: string }> = [];
    let at = 0;
    for (const span of iobSpans(s.ner)) {
      words.push(...s.words.slice(at, span.start));
      const tokens = s.words.slice(span.start, span.end);
      let repl: string[];
      if (span.type === 'PER') {
        repl = tokens.map((t, i) => {
          const k = `${i === 0 && tokens.length > 1 ? 'g' : 'f'}:${t}`;
          if (!personToken.has(k)) personToken.set(k, i === 0 && tokens.length > 1 ? pickFrom(pools.given) : pickFrom(pools.family));
          return personToken.get(k)!;
        });
      } else {
        const k = `${span.type}:${tokens.join(' ')}`;
        if (!spanNames.has(k)) spanNames.set(k, pickFrom(pools.names[span.type] ?? [tokens]));
        repl = spanNames.get(k)!;
      }
      if (caps) repl = repl.map((t) => t.toUpperCase());
      spans.push({ start: words.length, end: words.length + repl.length, type: span.type });
      words.push(...repl);
      at = span.end;
    }
    words.push(...s.words.slice(at));
    const bilou = spansToBilou(words.length, spans);
    const ner = bilou.map((t) => (t === 'O' ? 'O' : t[0] === 'B' || t[0] === 'U' ? `B-${t.slice(2)}` : `I-${t.slice(2)}`));
    return { words, pos: words.map(() => ''), chunks: words.map(() => ''), ner };
  });
}
