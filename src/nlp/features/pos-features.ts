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
/** The word last given to wordKeys and its forms' hashes: taggers ask once per offset in a row. */
let lastWord: string | null = null;
let lastForms = { lower: '', lowerHash: 0, shapeHash: 0, suffix3Hash: 0 };

function formsOf(word: string): typeof lastForms {
  if (word === lastWord) return lastForms;
  const lower = norm(word);
  lastWord = word;
  lastForms = { lower, lowerHash: h(lower), shapeHash: h(shape(word)), suffix3Hash: h(lower.slice(-3)) };
  return lastForms;
}

function wordKeys(word: string, k: number, out: number[]): void {
  const offset = k - 2;
  const forms = formsOf(word);
  const lower = forms.lower;
  if (offset === 0) {
    out.push(key(T.Form, h(word)), key(T.Lower, forms.lowerHash), key(T.Shape, forms.shapeHash));
    for (let n = 1; n <= 4 && n <= lower.length; n++) out.push(key(T.Suffix, n, h(lower.slice(-n))));
    for (let n = 1; n <= 3 && n <= lower.length; n++) out.push(key(T.Prefix, n, h(lower.slice(0, n))));
    if (word.includes('-')) out.push(key(T.Hyphen, 1));
  } else {
    out.push(key(T.CtxLower, offset, forms.lowerHash));
    if (offset === -1 || offset === 1) {
      out.push(key(T.CtxSuffix, offset, forms.suffix3Hash), key(T.CtxShape, offset, forms.shapeHash));
    }
  }
}

/**
 * Hashes of each word's normalised form, with the sentence pads at both ends (index i + 1 is word i).
 * Features ask for them several times per token; the taggers visit one sequence at a time, so the
 * last sequence's hashes are kept.
 */
let lastWords: readonly string[] | null = null;
let lastLower = new Int32Array(0);
const PAD_BEFORE = h('<s>');
const PAD_AFTER = h('</s>');

function lowerHashes(seq: Sequence): Int32Array {
  const words = seq.words;
  if (words === lastWords && lastLower.length === words.length + 2) return lastLower;
  const out = new Int32Array(words.length + 2);
  out[0] = PAD_BEFORE;
  for (let i = 0; i < words.length; i++) out[i + 1] = h(norm(words[i]!));
  out[words.length + 1] = PAD_AFTER;
  lastWords = words;
  lastLower = out;
  return out;
}

export const posFeatures: FeatureExtractor<Sequence, null> = {
  offsets: [-2, -1, 0, 1, 2],
  denseKeys: DENSE_KEYS,
  lexical: wordKeys,
  positional(seq, i, _doc, out, dense) {
    dense.push(BIAS);
    const lower = lowerHashes(seq);
    const w0 = lower[i + 1]!;
    out.push(key(T.Bigram, -1, lower[i]!, w0), key(T.Bigram, 1, w0, lower[i + 2]!));
  },
  dynamic(seq, i, tags, _doc, out, dense) {
    const p1 = prevTags(i, tags, dense);
    out.push(key(T.PrevWord, p1, lowerHashes(seq)[i + 1]!));
  },
  startDoc: () => null,
  observe: () => {},
};

/** A sentence with its part-of-speech tags, for the chunker. */
export interface PosSequence extends Sequence {
  readonly pos: readonly string[];
}

/** Hashes of the tags of the last sequence, with two pads at each end (index i + 2 is word i). */
let lastPos: readonly string[] | null = null;
let lastPosHashes = new Int32Array(0);

function posHashes(seq: PosSequence): Int32Array {
  const pos = seq.pos;
  if (pos === lastPos && lastPosHashes.length === pos.length + 4) return lastPosHashes;
  const out = new Int32Array(pos.length + 4);
  out[0] = out[1] = PAD_BEFORE;
  for (let i = 0; i < pos.length; i++) out[i + 2] = h(pos[i]!);
  out[pos.length + 2] = out[pos.length + 3] = PAD_AFTER;
  lastPos = pos;
  lastPosHashes = out;
  return out;
}

export const chunkFeatures: FeatureExtractor<PosSequence, null> = {
  offsets: [-2, -1, 0, 1, 2],
  denseKeys: DENSE_KEYS,
  lexical: wordKeys,
  positional(seq, i, _doc, out, dense) {
    dense.push(BIAS);
    // p[o] is the tag at i + o - 2.
    const p = posHashes(seq);
    for (let o = 0; o < 5; o++) out.push(key(T.Pos, o, p[i + o]!));
    for (let o = 0; o < 4; o++) out.push(key(T.PosBigram, o, p[i + o]!, p[i + o + 1]!));
    for (let o = 0; o < 3; o++) out.push(key(T.PosTrigram, mix(o, p[i + o]!), p[i + o + 1]!, p[i + o + 2]!));
    out.push(key(T.PosWord, p[i + 2]!, lowerHashes(seq)[i + 1]!));
  },
  dynamic(seq, i, tags, _doc, out, dense) {
    const p1 = prevTags(i, tags, dense);
    out.push(key(T.ChunkPrevPos, p1, posHashes(seq)[i + 2]!));
  },
  startDoc: () => null,
  observe: () => {},
};
