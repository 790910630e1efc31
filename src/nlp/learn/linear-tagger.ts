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
/**
 * Feature buffers are never emptied: `length = 0` frees an array's storage and the pushes that
 * follow allocate it again, once per token. Each token's features are pushed past a mark instead,
 * and when a buffer is full its length goes back to BUFFER_BASE, which is more than half of its
 * storage, so V8 keeps the storage (it trims only arrays cut below half).
 */
const BUFFER_BASE = 1024;
const BUFFER_FULL = 1500;
const buffer = <T>(fill: T): T[] => new Array<T>(BUFFER_BASE).fill(fill);
function rewind(buf: unknown[]): void {
  if (buf.length > BUFFER_FULL) buf.length = BUFFER_BASE;
}

export class LinearTagger<S extends Sequence, D> {
  readonly tags: readonly string[];
  private readonly n: number;
  private readonly index: KeyIndex;
  /**
   * The model's rows followed by one row per dense feature (all zero when the model lacks it), so
   * that keyed and dense rows are read from one array.
   */
  private readonly rows: Float32Array;
  /** Where the dense rows start, in rows. */
  private readonly denseRow: number;
  /**
   * Lexical vectors of the word types seen (offsets.length * n floats each), packed in one array:
   * `lexical` maps a word to where its vector starts.
   */
  private lexicon = new Float32Array(0);
  private lexiconUsed = 0;
  private readonly lexical = new Map<string, number>();
  /** Lowest and highest lexical offset (with 0): how far the pads reach before and after a sentence. */
  private readonly lo: number;
  private readonly hi: number;
  private readonly offsets: Int32Array;
  private readonly scores: Float32Array;
  private readonly keyBuf: number[] = buffer(0);
  private readonly denseBuf: number[] = buffer(0);
  private readonly groupBuf: KeyGroup[] = buffer<KeyGroup>({ keys: [] });
  private readonly groupSums: Float32Array[] = [];
  private rowBuf = new Int32Array(64);

  constructor(
    model: LinearModel,
    private readonly features: FeatureExtractor<S, D>,
    private readonly scheme: TagScheme,
  ) {
    this.tags = model.tags;
    const n = (this.n = model.tags.length);
    this.index = KeyIndex.fromKeys(model.keys);
    this.offsets = Int32Array.from(features.offsets);
    this.lo = Math.min(0, ...features.offsets);
    this.hi = Math.max(0, ...features.offsets);
    this.scores = new Float32Array(n);
    this.denseRow = model.keys.length;
    this.rows = new Float32Array((model.keys.length + features.denseKeys.length) * n);
    this.rows.set(model.weights.subarray(0, model.keys.length * n));
    features.denseKeys.forEach((k, d) => {
      const row = this.index.get(k);
      if (row >= 0) this.rows.copyWithin((this.denseRow + d) * n, row * n, row * n + n);
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

  /**
   * Tags one sequence. Without `withConfidence` the softmax is skipped and every confidence is 1
   * (part-of-speech and chunk tags are used as they are).
   *
   * A tag's score is summed in float32 in a fixed order (lexical offsets, groups, keyed rows, dense
   * rows), rounding after every add as a Float32Array accumulator would; the sum of one tag is kept
   * in a register while the rows are walked, which is much faster than adding row by row.
   */
  tagSequence(seq: S, doc: D, withConfidence = true): TaggedSequence {
    const { n, scheme, features, index, offsets, lo, hi, scores, denseRow } = this;
    const words = seq.words;
    const len = words.length;
    const tags = new Int32Array(len);
    const confidence = new Float32Array(len);
    if (!withConfidence) confidence.fill(1);
    const nOffsets = offsets.length;
    const keys = this.keyBuf;
    const dense = this.denseBuf;
    const groups = this.groupBuf;
    const groupSums = this.groupSums;
    const fround = Math.fround;
    // Each position's lexical vector, fetched once; positions outside the sentence map to the pads.
    if (this.lexical.size + len + hi - lo > CACHE_LIMIT) this.clearLexicon();
    const starts = new Int32Array(len - lo + hi);
    for (let j = lo; j < len + hi; j++) starts[j - lo] = this.lexicalVector(j < 0 ? BEFORE : j >= len ? AFTER : words[j]!);
    const lex = this.lexicon;
    const rows = this.rows;
    // Where each offset's part of a word's vector is, relative to the token's index in starts.
    const at = new Int32Array(nOffsets);
    for (let k = 0; k < nOffsets; k++) at[k] = offsets[k]! - lo;
    let prev = n;
    for (let i = 0; i < len; i++) {
      // This token's features are the ones pushed past the marks (see BUFFER_BASE).
      rewind(keys);
      rewind(dense);
      rewind(groups);
      const k0 = keys.length;
      const d0 = dense.length;
      const g0 = groups.length;
      features.positional(seq, i, doc, keys, dense, groups);
      features.dynamic(seq, i, tags, doc, keys, dense);
      const nGroups = groups.length - g0;
      for (let g = 0; g < nGroups; g++) groupSums[g] = this.groupSum(groups[g0 + g]!);
      // Row starts of the keyed features the model has, then of the dense ones.
      const wanted = keys.length - k0 + dense.length - d0;
      if (this.rowBuf.length < wanted) this.rowBuf = new Int32Array(2 * wanted);
      const rowStarts = this.rowBuf;
      let nRows = 0;
      for (let f = k0; f < keys.length; f++) {
        const row = index.get(keys[f]!);
        if (row >= 0) rowStarts[nRows++] = row * n;
      }
      for (let f = d0; f < dense.length; f++) rowStarts[nRows++] = (denseRow + dense[f]!) * n;
      // Four tags at a time: the row starts are read once per four adds.
      let t = 0;
      for (; t + 4 <= n; t += 4) {
        let b = starts[i + at[0]!]! + t;
        let s0 = lex[b]!;
        let s1 = lex[b + 1]!;
        let s2 = lex[b + 2]!;
        let s3 = lex[b + 3]!;
        for (let k = 1; k < nOffsets; k++) {
          b = starts[i + at[k]!]! + k * n + t;
          s0 = fround(s0 + lex[b]!);
          s1 = fround(s1 + lex[b + 1]!);
          s2 = fround(s2 + lex[b + 2]!);
          s3 = fround(s3 + lex[b + 3]!);
        }
        for (let g = 0; g < nGroups; g++) {
          const sum = groupSums[g]!;
          s0 = fround(s0 + sum[t]!);
          s1 = fround(s1 + sum[t + 1]!);
          s2 = fround(s2 + sum[t + 2]!);
          s3 = fround(s3 + sum[t + 3]!);
        }
        for (let r = 0; r < nRows; r++) {
          b = rowStarts[r]! + t;
          s0 = fround(s0 + rows[b]!);
          s1 = fround(s1 + rows[b + 1]!);
          s2 = fround(s2 + rows[b + 2]!);
          s3 = fround(s3 + rows[b + 3]!);
        }
        scores[t] = s0;
        scores[t + 1] = s1;
        scores[t + 2] = s2;
        scores[t + 3] = s3;
      }
      for (; t < n; t++) {
        let s = lex[starts[i + at[0]!]! + t]!;
        for (let k = 1; k < nOffsets; k++) s = fround(s + lex[starts[i + at[k]!]! + k * n + t]!);
        for (let g = 0; g < nGroups; g++) s = fround(s + groupSums[g]![t]!);
        for (let r = 0; r < nRows; r++) s = fround(s + rows[rowStarts[r]! + t]!);
        scores[t] = s;
      }
      const last = i === len - 1;
      const best = pick(scores, scheme, prev, last);
      tags[i] = best;
      if (this.trace) this.trace.push({ scores: Float32Array.from(scores), prev, last });
      // Confidence matters only inside names; tag 0 is the outside tag of span schemes.
      if (withConfidence) confidence[i] = best === 0 && scheme.outside ? 1 : softmaxAt(scores, scheme, prev, last, best, this.confidenceScale);
      prev = best;
    }
    return { tags, confidence };
  }

  private groupSum(group: KeyGroup): Float32Array {
    if (group.sum && group.sumFor === this) return group.sum;
    const { n, rows } = this;
    const sum = new Float32Array(n);
    for (const k of group.keys) {
      const row = this.index.get(k);
      if (row < 0) continue;
      for (let t = 0; t < n; t++) sum[t] += rows[row * n + t]!;
    }
    group.sum = sum;
    group.sumFor = this;
    return sum;
  }

  private clearLexicon(): void {
    this.lexical.clear();
    this.lexiconUsed = 0;
  }

  /** Where the lexical vector of `word` starts in this.lexicon (computing it on first sight). */
  private lexicalVector(word: string): number {
    const known = this.lexical.get(word);
    if (known !== undefined) return known;
    const { n, rows, features } = this;
    const size = this.offsets.length * n;
    if (this.lexiconUsed + size > this.lexicon.length) {
      const grown = new Float32Array(Math.max(2 * this.lexicon.length, 1024 * size));
      grown.set(this.lexicon.subarray(0, this.lexiconUsed));
      this.lexicon = grown;
    }
    const start = this.lexiconUsed;
    this.lexiconUsed += size;
    const lex = this.lexicon;
    const keys = this.keyBuf;
    const fround = Math.fround;
    for (let k = 0; k < this.offsets.length; k++) {
      rewind(keys);
      const k0 = keys.length;
      features.lexical(word, k, keys);
      let nRows = 0;
      if (this.rowBuf.length < keys.length - k0) this.rowBuf = new Int32Array(2 * (keys.length - k0));
      const rowStarts = this.rowBuf;
      for (let f = k0; f < keys.length; f++) {
        const row = this.index.get(keys[f]!);
        if (row >= 0) rowStarts[nRows++] = row * n;
      }
      // Summed in float32 from 0, row by row, as tagSequence sums (see there).
      const out = start + k * n;
      let t = 0;
      for (; t + 4 <= n; t += 4) {
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let r = 0; r < nRows; r++) {
          const b = rowStarts[r]! + t;
          s0 = fround(s0 + rows[b]!);
          s1 = fround(s1 + rows[b + 1]!);
          s2 = fround(s2 + rows[b + 2]!);
          s3 = fround(s3 + rows[b + 3]!);
        }
        lex[out + t] = s0;
        lex[out + t + 1] = s1;
        lex[out + t + 2] = s2;
        lex[out + t + 3] = s3;
      }
      for (; t < n; t++) {
        let s = 0;
        for (let r = 0; r < nRows; r++) s = fround(s + rows[rowStarts[r]! + t]!);
        lex[out + t] = s;
      }
    }
    this.lexical.set(word, start);
    return start;
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
