// A greedy left-to-right sequence tagger over a linear model (an averaged perceptron when trained
// here). Features are int32 keys (hash.ts) mapped to rows of per-tag weights. Decoding sums, for each
// token, the rows of its features and takes the best tag the scheme allows after the previous one.
//
// Speed comes from the split of features into kinds (FeatureExtractor): lexical features depend on
// one word and its offset from the token, so their summed row is cached per word type and a token
// costs a handful of cached vector adds; positional features (bigrams, gazetteer spans) depend on
// the sentence; dynamic ones on the tags already chosen and the document state. Positional and
// dynamic features from small fixed sets (tag pairs, capitalisation patterns) are "dense": numbered
// 0..N-1, their rows sit in one array and cost no hashing or probing.

import { KeyIndex } from './key-index.js';
import type { TagScheme } from './tag-scheme.js';

export interface Sequence {
  readonly words: readonly string[];
}

/**
 * Keys that always occur together (the contexts of one word across a document): the tagger sums
 * their rows once and keeps the sum on the group, so a group costs one vector add per use.
 */
export interface KeyGroup {
  readonly keys: readonly number[];
  /** Set by the tagger: the summed rows, for the model that computed them. */
  sum?: Float32Array;
  sumFor?: object;
}

export interface FeatureExtractor<S extends Sequence, D> {
  /** Offsets of the words whose lexical features each token sees, e.g. [-2, -1, 0, 1, 2]. */
  readonly offsets: readonly number[];
  /** Keys of `word` seen at offsets[k] from the token. Must depend only on (word, k). */
  lexical(word: string, k: number, out: number[]): void;
  /** The key of each dense feature: dense feature d is the feature keyed denseKeys[d]. */
  readonly denseKeys: Int32Array;
  /**
   * Keys (into out), dense feature numbers (into dense) and key groups (into groups) at position i
   * that depend on more than one word but not on tags.
   */
  positional(seq: S, i: number, doc: D, out: number[], dense: number[], groups: KeyGroup[]): void;
  /** Keys and dense feature numbers that depend on the tags chosen so far in this sequence (tags[0..i-1]) and on document state. */
  dynamic(seq: S, i: number, tags: Int32Array, doc: D, out: number[], dense: number[]): void;
  /** Fresh document state; sequences of one document share it, in order. */
  startDoc(seqs: readonly S[]): D;
  /** Called after each sequence is tagged, to update document state. */
  observe(seq: S, tags: Int32Array, doc: D): void;
}

/** Words outside the sentence, as lexical features see them. */
export const BEFORE = '\u0002<s>';
export const AFTER = '\u0003</s>';

export interface LinearModel {
  readonly tags: readonly string[];
  /** Feature key of each row. */
  readonly keys: Int32Array;
  /** rows x tags weights, row-major. */
  readonly weights: Float32Array;
}

export interface TaggedSequence {
  tags: Int32Array;
  /** Softmax probability of the chosen tag among the allowed ones, per token. */
  confidence: Float32Array;
}

/** Cached lexical vectors are dropped when this many word types are held (bounds memory on odd input). */
const CACHE_LIMIT = 200_000;

export class LinearTagger<S extends Sequence, D> {
  readonly tags: readonly string[];
  private readonly n: number;
  private readonly index: KeyIndex;
  private readonly weights: Float32Array;
  private readonly denseWeights: Float32Array;
  private readonly cache = new Map<string, Float32Array>();
  private readonly keyBuf: number[] = [];
  private readonly denseBuf: number[] = [];
  private readonly groupBuf: KeyGroup[] = [];

  constructor(
    model: LinearModel,
    private readonly features: FeatureExtractor<S, D>,
    private readonly scheme: TagScheme,
  ) {
    this.tags = model.tags;
    this.n = model.tags.length;
    this.index = KeyIndex.fromKeys(model.keys);
    this.weights = model.weights;
    const n = this.n;
    this.denseWeights = new Float32Array(features.denseKeys.length * n);
    features.denseKeys.forEach((k, d) => {
      const row = this.index.get(k);
      if (row >= 0) this.denseWeights.set(model.weights.subarray(row * n, row * n + n), d * n);
    });
  }

  /** Tags every sequence of one document, in order. */
  tagDocument(seqs: readonly S[]): TaggedSequence[] {
    const doc = this.features.startDoc(seqs);
    return seqs.map((seq) => {
      const out = this.tagSequence(seq, doc);
      this.features.observe(seq, out.tags, doc);
      return out;
    });
  }

  /**
   * Multiplies scores before the softmax that gives each token's confidence. Perceptron scores have
   * no natural scale; training picks the one under which the confidences fit held-out data.
   */
  confidenceScale = 1;
  /** When set, tagSequence records each token's scores and previous tag here (for calibration). */
  private trace: Array<{ scores: Float32Array; prev: number; last: boolean }> | null = null;

  /**
   * The confidence scale, among `scales`, that maximises the likelihood of the gold tags of `docs`
   * (tagged greedily, as at run time).
   */
  calibrate(docs: ReadonlyArray<ReadonlyArray<{ seq: S; gold: Int32Array }>>, scales: readonly number[]): number {
    const trace: Array<{ scores: Float32Array; prev: number; last: boolean }> = [];
    const gold: number[] = [];
    this.trace = trace;
    try {
      for (const doc of docs) {
        this.tagDocument(doc.map((d) => d.seq));
        for (const d of doc) gold.push(...d.gold);
      }
    } finally {
      this.trace = null;
    }
    let best = { scale: 1, loss: Infinity };
    for (const scale of scales) {
      let loss = 0;
      trace.forEach((t, k) => {
        const g = gold[k]!;
        if (!this.scheme.allowed[t.prev * this.n + g] || (t.last && !this.scheme.final[g])) return;
        loss -= Math.log(Math.max(1e-12, softmaxAt(t.scores, this.scheme, t.prev, t.last, g, scale)));
      });
      if (loss < best.loss) best = { scale, loss };
    }
    return best.scale;
  }

  tagSequence(seq: S, doc: D): TaggedSequence {
    const { n, weights, scheme, features, denseWeights } = this;
    const words = seq.words;
    const len = words.length;
    const tags = new Int32Array(len);
    const confidence = new Float32Array(len);
    const scores = new Float32Array(n);
    const offsets = features.offsets;
    const nOffsets = offsets.length;
    const keys = this.keyBuf;
    const dense = this.denseBuf;
    const groups = this.groupBuf;
    // Each position's cached lexical vector, fetched once; positions outside the sentence map to the pads.
    const lo = Math.min(0, ...offsets);
    const hi = Math.max(0, ...offsets);
    const vecs = new Array<Float32Array>(len - lo + hi);
    for (let j = lo; j < len + hi; j++) vecs[j - lo] = this.lexicalVector(j < 0 ? BEFORE : j >= len ? AFTER : words[j]!);
    let prev = n;
    for (let i = 0; i < len; i++) {
      scores.fill(0);
      for (let k = 0; k < nOffsets; k++) {
        const vec = vecs[i + offsets[k]! - lo]!;
        const base = k * n;
        for (let t = 0; t < n; t++) scores[t] += vec[base + t]!;
      }
      keys.length = 0;
      dense.length = 0;
      groups.length = 0;
      features.positional(seq, i, doc, keys, dense, groups);
      features.dynamic(seq, i, tags, doc, keys, dense);
      for (let g = 0; g < groups.length; g++) {
        const sum = this.groupSum(groups[g]!);
        for (let t = 0; t < n; t++) scores[t] += sum[t]!;
      }
      for (let f = 0; f < keys.length; f++) {
        const row = this.index.get(keys[f]!);
        if (row < 0) continue;
        const base = row * n;
        for (let t = 0; t < n; t++) scores[t] += weights[base + t]!;
      }
      for (let f = 0; f < dense.length; f++) {
        const base = dense[f]! * n;
        for (let t = 0; t < n; t++) scores[t] += denseWeights[base + t]!;
      }
      const best = pick(scores, scheme, prev, i === len - 1);
      tags[i] = best;
      if (this.trace) this.trace.push({ scores: Float32Array.from(scores), prev, last: i === len - 1 });
      // Confidence matters only inside names; tag 0 is the outside tag of span schemes.
      confidence[i] = best === 0 && scheme.outside ? 1 : softmaxAt(scores, scheme, prev, i === len - 1, best, this.confidenceScale);
      prev = best;
    }
    return { tags, confidence };
  }

  private groupSum(group: KeyGroup): Float32Array {
    if (group.sum && group.sumFor === this) return group.sum;
    const { n, weights } = this;
    const sum = new Float32Array(n);
    for (const k of group.keys) {
      const row = this.index.get(k);
      if (row < 0) continue;
      for (let t = 0; t < n; t++) sum[t] += weights[row * n + t]!;
    }
    group.sum = sum;
    group.sumFor = this;
    return sum;
  }

  private lexicalVector(word: string): Float32Array {
    let vec = this.cache.get(word);
    if (vec) return vec;
    const { n, weights, features } = this;
    const offsets = features.offsets;
    vec = new Float32Array(offsets.length * n);
    const keys = this.keyBuf;
    for (let k = 0; k < offsets.length; k++) {
      keys.length = 0;
      features.lexical(word, k, keys);
      for (const key of keys) {
        const row = this.index.get(key);
        if (row < 0) continue;
        for (let t = 0; t < n; t++) vec[k * n + t] += weights[row * n + t]!;
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, vec);
    return vec;
  }
}

/** The best tag allowed after `prev` (and allowed to end the sentence when `last`). */
export function pick(scores: Float32Array, scheme: TagScheme, prev: number, last: boolean): number {
  const n = scores.length;
  const allowed = scheme.allowed;
  let best = -1;
  let bestScore = -Infinity;
  for (let t = 0; t < n; t++) {
    if (!allowed[prev * n + t] || (last && !scheme.final[t])) continue;
    if (scores[t]! > bestScore) {
      bestScore = scores[t]!;
      best = t;
    }
  }
  return best < 0 ? 0 : best;
}

function softmaxAt(scores: Float32Array, scheme: TagScheme, prev: number, last: boolean, chosen: number, scale: number): number {
  const n = scores.length;
  const top = scores[chosen]!;
  let sum = 0;
  for (let t = 0; t < n; t++) {
    if (!scheme.allowed[prev * n + t] || (last && !scheme.final[t])) continue;
    sum += Math.exp(scale * (scores[t]! - top));
  }
  return 1 / sum;
}
