// Features for the part-of-speech tagger and the chunker (greedy averaged perceptron, see
// learn/linear-tagger.ts). The set follows the usual greedy PTB tagger recipe: the word, its
// affixes and shape, the words around it, and the two previous tags.

import { DenseSpace, hashString, key, mix } from '../learn/hash.js';
import type { FeatureExtractor, Sequence } from '../learn/linear-tagger.js';
import { norm, shape } from './word-form.js';

const enum T {
  Form,
  Lower,
  Suffix,
  Prefix,
  Shape,
  Hyphen,
  CtxLower,
  CtxSuffix,
  CtxShape,
  Bigram,
  PrevWord,
  Pos,
  PosBigram,
  PosTrigram,
  PosWord,
  ChunkPrevPos,
  Dense,
}

/** Tag sets up to this size (the PTB set has 45 tags, the chunk BILOU set 41). */
const MAX_TAGS = 63;
const space = new DenseSpace();
const BIAS = space.range(1);
const PREV = space.range(MAX_TAGS + 1);
const PREV2 = space.range((MAX_TAGS + 1) * (MAX_TAGS + 1));
const DENSE_KEYS = space.keys(T.Dense);

/** Dense features of the two previous tags (-1 before the sentence). */
function prevTags(i: number, tags: Int32Array, dense: number[]): number {
  const p1 = i > 0 ? tags[i - 1]! : -1;
  const p2 = i > 1 ? tags[i - 2]! : -1;
  dense.push(PREV + p1 + 1, PREV2 + (p1 + 1) * (MAX_TAGS + 1) + p2 + 1);
  return p1;
}

const h = hashString;

/** Lexical keys shared by both taggers: offsets [-2, -1, 0, 1, 2]. */
function wordKeys(word: string, k: number, out: number[]): void {
  const offset = k - 2;
  const lower = norm(word);
  if (offset === 0) {
    out.push(key(T.Form, h(word)), key(T.Lower, h(lower)), key(T.Shape, h(shape(word))));
    for (let n = 1; n <= 4 && n <= lower.length; n++) out.push(key(T.Suffix, n, h(lower.slice(-n))));
    for (let n = 1; n <= 3 && n <= lower.length; n++) out.push(key(T.Prefix, n, h(lower.slice(0, n))));
    if (word.includes('-')) out.push(key(T.Hyphen, 1));
  } else {
    out.push(key(T.CtxLower, offset, h(lower)));
    if (offset === -1 || offset === 1) {
      out.push(key(T.CtxSuffix, offset, h(lower.slice(-3))), key(T.CtxShape, offset, h(shape(word))));
    }
  }
}

const lowerAt = (seq: Sequence, i: number) => (i < 0 ? '<s>' : i >= seq.words.length ? '</s>' : norm(seq.words[i]!));

export const posFeatures: FeatureExtractor<Sequence, null> = {
  offsets: [-2, -1, 0, 1, 2],
  denseKeys: DENSE_KEYS,
  lexical: wordKeys,
  positional(seq, i, _doc, out, dense) {
    dense.push(BIAS);
    const w0 = h(lowerAt(seq, i));
    out.push(key(T.Bigram, -1, h(lowerAt(seq, i - 1)), w0), key(T.Bigram, 1, w0, h(lowerAt(seq, i + 1))));
  },
  dynamic(seq, i, tags, _doc, out, dense) {
    const p1 = prevTags(i, tags, dense);
    out.push(key(T.PrevWord, p1, h(lowerAt(seq, i))));
  },
  startDoc: () => null,
  observe: () => {},
};

/** A sentence with its part-of-speech tags, for the chunker. */
export interface PosSequence extends Sequence {
  readonly pos: readonly string[];
}

const posAt = (seq: PosSequence, i: number) => (i < 0 ? '<s>' : i >= seq.pos.length ? '</s>' : seq.pos[i]!);

export const chunkFeatures: FeatureExtractor<PosSequence, null> = {
  offsets: [-2, -1, 0, 1, 2],
  denseKeys: DENSE_KEYS,
  lexical: wordKeys,
  positional(seq, i, _doc, out, dense) {
    dense.push(BIAS);
    const p = [-2, -1, 0, 1, 2].map((o) => h(posAt(seq, i + o)));
    for (let o = 0; o < 5; o++) out.push(key(T.Pos, o, p[o]));
    for (let o = 0; o < 4; o++) out.push(key(T.PosBigram, o, p[o], p[o + 1]));
    for (let o = 0; o < 3; o++) out.push(key(T.PosTrigram, mix(o, p[o]!), p[o + 1]!, p[o + 2]!));
    out.push(key(T.PosWord, p[2]!, h(lowerAt(seq, i))));
  },
  dynamic(seq, i, tags, _doc, out, dense) {
    const p1 = prevTags(i, tags, dense);
    out.push(key(T.ChunkPrevPos, p1, h(posAt(seq, i))));
  },
  startDoc: () => null,
  observe: () => {},
};
