// Lookups every extraction stage needs: token texts, the token range of each sentence, and the token
// that holds a character offset. Built once per stage run; linear in the number of tokens.

import type { Doc, Span, Token } from './doc.js';

export interface TokenIndex {
  readonly tokens: readonly Token[];
  /** Token text, as written. */
  readonly words: readonly string[];
  /** Token text, lower-cased. */
  readonly lower: readonly string[];
  /** For each sentence, the index of its first token and one past its last. */
  readonly sentenceFirst: Int32Array;
  readonly sentenceEnd: Int32Array;
}

// Stages hand the same token array on (they never change it), so one index serves them all.
const cache = new WeakMap<readonly Token[], TokenIndex>();

export function buildTokenIndex(doc: Doc): TokenIndex {
  const tokens = doc.tokens ?? [];
  const cached = cache.get(tokens);
  if (cached && cached.sentenceFirst.length === (doc.sentences?.length ?? 0)) return cached;
  const built = indexTokens(doc, tokens);
  cache.set(tokens, built);
  return built;
}

function indexTokens(doc: Doc, tokens: readonly Token[]): TokenIndex {
  const nSent = doc.sentences?.length ?? 0;
  const words = new Array<string>(tokens.length);
  const lower = new Array<string>(tokens.length);
  const sentenceFirst = new Int32Array(nSent).fill(-1);
  const sentenceEnd = new Int32Array(nSent);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = doc.text.slice(t.start, t.end);
    words[i] = w;
    lower[i] = w.toLowerCase();
    if (t.sentence < nSent) {
      if (sentenceFirst[t.sentence] === -1) sentenceFirst[t.sentence] = i;
      sentenceEnd[t.sentence] = i + 1;
    }
  }
  for (let s = 0; s < nSent; s++) if (sentenceFirst[s] === -1) sentenceFirst[s] = sentenceEnd[s] = 0;
  return { tokens, words, lower, sentenceFirst, sentenceEnd };
}

/** Index of the first token whose end is after `offset` (the token holding or following it). */
export function tokenAtOrAfter(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token range [first, end) covered by a character span (tokens that overlap it). */
export function tokenRange(tokens: readonly Span[], span: Span): [number, number] {
  const first = tokenAtOrAfter(tokens, span.start);
  let end = first;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  return [first, end];
}

/** True when the first letter of `w` is upper case. */
export function isCapitalized(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}
