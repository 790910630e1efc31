// Training for LinearTagger: the averaged structured perceptron (Collins 2002) in its greedy form
// (as in Ratinov and Roth 2009 and Honnibal's taggers). Each token is predicted with the tags the
// model itself chose before it, as at run time; on a mistake the gold tag's weights go up and the
// predicted tag's go down for every feature of the token. Averaging the weights over all steps
// (kept lazily per weight) gives most of the benefit of a large-margin learner at no extra cost.

import { KeyIndex } from './key-index.js';
import { AFTER, BEFORE, pick, type FeatureExtractor, type KeyGroup, type LinearModel, type Sequence } from './linear-tagger.js';
import type { TagScheme } from './tag-scheme.js';

export interface TrainingSequence<S extends Sequence> {
  seq: S;
  /** Gold tag index per token. */
  gold: Int32Array;
}

/** The sequences of one document, in order. */
export type TrainingDoc<S extends Sequence> = readonly TrainingSequence<S>[];

export interface TrainOptions {
  epochs: number;
  /** Seeds the document shuffle, so training is deterministic. */
  seed: number;
  /** Static features seen fewer times than this in training are dropped. */
  minCount?: number;
  /**
   * Probability of hiding each static feature of a token while it is learned (feature dropout), so
   * that the model does not lean on a few strong features (the word itself) it will miss on new text.
   */
  dropout?: number;
  /**
   * 0: perceptron updates (step 1 on mistakes). Above 0: passive-aggressive updates (PA-I, Crammer
   * et al. 2006) that also act when the right tag wins by less than this margin.
   */
  margin?: number;
  /** Largest passive-aggressive step. */
  aggressiveness?: number;
  /** Called after each epoch with the averaged model so far (for selection on a dev set). */
  onEpoch?: (epoch: number, model: LinearModel) => void;
  log?: (line: string) => void;
}

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface StaticSeq {
  /** Row per static feature occurrence; -1 for a pruned feature. */
  rows: Int32Array;
  /** rows[starts[i]..starts[i+1]] are token i's. */
  starts: Int32Array;
}

class Weights {
  w: Float32Array;
  acc: Float64Array;
  ts: Float64Array;
  capacity: number;
  constructor(
    readonly n: number,
    rows: number,
  ) {
    this.capacity = Math.max(rows, 1024);
    this.w = new Float32Array(this.capacity * n);
    this.acc = new Float64Array(this.capacity * n);
    this.ts = new Float64Array(this.capacity * n);
  }
  ensure(rows: number): void {
    if (rows <= this.capacity) return;
    let cap = this.capacity;
    while (cap < rows) cap *= 2;
    const grow = <T extends Float32Array | Float64Array>(a: T, make: (len: number) => T): T => {
      const b = make(cap * this.n);
      b.set(a);
      return b;
    };
    this.w = grow(this.w, (l) => new Float32Array(l));
    this.acc = grow(this.acc, (l) => new Float64Array(l));
    this.ts = grow(this.ts, (l) => new Float64Array(l));
    this.capacity = cap;
  }
  update(row: number, tag: number, delta: number, step: number): void {
    const j = row * this.n + tag;
    this.acc[j] += (step - this.ts[j]!) * this.w[j]!;
    this.ts[j] = step;
    this.w[j] += delta;
  }
  averaged(rows: number, step: number): Float32Array {
    const out = new Float32Array(rows * this.n);
    for (let j = 0; j < out.length; j++) out[j] = (this.acc[j]! + (step - this.ts[j]!) * this.w[j]!) / step;
    return out;
  }
}

export function trainPerceptron<S extends Sequence, D>(
  docs: readonly TrainingDoc<S>[],
  features: FeatureExtractor<S, D>,
  scheme: TagScheme,
  options: TrainOptions,
): LinearModel {
  const n = scheme.tags.length;
  const log = options.log ?? (() => {});
  const minCount = options.minCount ?? 1;

  // Pass 1: count static features. Pass 2: give the frequent ones rows and store each token's rows.
  const lexicalKeys = new Map<string, Int32Array[]>();
  const lexical = (word: string): Int32Array[] => {
    let per = lexicalKeys.get(word);
    if (!per) {
      per = features.offsets.map((_, k) => {
        const out: number[] = [];
        features.lexical(word, k, out);
        return Int32Array.from(out);
      });
      lexicalKeys.set(word, per);
    }
    return per;
  };
  const denseBuf: number[] = [];
  const groupBuf: KeyGroup[] = [];
  const staticKeys = (seq: S, i: number, doc: D, out: number[]): void => {
    const len = seq.words.length;
    features.offsets.forEach((o, k) => {
      const j = i + o;
      for (const key of lexical(j < 0 ? BEFORE : j >= len ? AFTER : seq.words[j]!)[k]!) out.push(key);
    });
    denseBuf.length = 0;
    groupBuf.length = 0;
    features.positional(seq, i, doc, out, denseBuf, groupBuf);
    for (const d of denseBuf) out.push(features.denseKeys[d]!);
    for (const g of groupBuf) for (const k of g.keys) out.push(k);
  };
  const counts = new KeyIndex(1 << 20);
  let countOf = new Int32Array(1 << 20);
  const buf: number[] = [];
  for (const doc of docs) {
    const state = features.startDoc(doc.map((d) => d.seq));
    for (const { seq } of doc) {
      for (let i = 0; i < seq.words.length; i++) {
        buf.length = 0;
        staticKeys(seq, i, state, buf);
        for (const key of buf) {
          const r = counts.add(key);
          if (r >= countOf.length) {
            const grown = new Int32Array(countOf.length * 2);
            grown.set(countOf);
            countOf = grown;
          }
          countOf[r]++;
        }
      }
    }
  }
  const index = new KeyIndex(counts.size);
  const allKeys = counts.keys();
  for (let r = 0; r < allKeys.length; r++) if (countOf[r]! >= minCount) index.add(allKeys[r]!);
  log(`features: ${allKeys.length} static seen, ${index.size} kept (count >= ${minCount})`);

  const statics: StaticSeq[][] = docs.map((doc) => {
    const state = features.startDoc(doc.map((d) => d.seq));
    return doc.map(({ seq }) => {
      const rows: number[] = [];
      const starts = new Int32Array(seq.words.length + 1);
      for (let i = 0; i < seq.words.length; i++) {
        starts[i] = rows.length;
        buf.length = 0;
        staticKeys(seq, i, state, buf);
        for (const key of buf) {
          const r = index.get(key);
          if (r >= 0) rows.push(r);
        }
      }
      starts[seq.words.length] = rows.length;
      return { rows: Int32Array.from(rows), starts };
    });
  });
  lexicalKeys.clear();

  const weights = new Weights(n, index.size * 2);
  const random = rng(options.seed);
  const order = docs.map((_, i) => i);
  const scores = new Float32Array(n);
  const dropout = options.dropout ?? 0;
  const margin = options.margin ?? 0;
  const aggressiveness = options.aggressiveness ?? 1;
  const dropRandom = rng(options.seed + 1);
  let active = new Int32Array(256);
  const dyn: number[] = [];
  const dynRows: number[] = [];
  let step = 0;
  let model: LinearModel = { tags: scheme.tags, keys: new Int32Array(0), weights: new Float32Array(0) };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    for (const d of order) {
      const doc = docs[d]!;
      const state = features.startDoc(doc.map((x) => x.seq));
      doc.forEach(({ seq, gold }, s) => {
        const { rows, starts } = statics[d]![s]!;
        const len = seq.words.length;
        const tags = new Int32Array(len);
        let prev = n;
        for (let i = 0; i < len; i++) {
          step++;
          scores.fill(0);
          const w = weights.w;
          if (starts[i + 1]! - starts[i]! > active.length) active = new Int32Array(2 * (starts[i + 1]! - starts[i]!));
          let nActive = 0;
          for (let f = starts[i]!; f < starts[i + 1]!; f++) {
            if (dropout && dropRandom() < dropout) continue;
            active[nActive++] = rows[f]!;
            const base = rows[f]! * n;
            for (let t = 0; t < n; t++) scores[t] += w[base + t]!;
          }
          dyn.length = 0;
          dynRows.length = 0;
          denseBuf.length = 0;
          features.dynamic(seq, i, tags, state, dyn, denseBuf);
          for (const d of denseBuf) dyn.push(features.denseKeys[d]!);
          for (const key of dyn) {
            const r = index.get(key);
            dynRows.push(r);
            if (r < 0) continue;
            const base = r * n;
            for (let t = 0; t < n; t++) scores[t] += w[base + t]!;
          }
          const guess = pick(scores, scheme, prev, i === len - 1);
          const truth = gold[i]!;
          if (guess === truth) correct++;
          // The tag to push down: the guess when wrong; with a margin, also the best other tag
          // when the right one won by less than the margin.
          let rival = guess;
          if (guess === truth && margin > 0) {
            const saved = scores[truth]!;
            scores[truth] = -Infinity;
            rival = pick(scores, scheme, prev, i === len - 1);
            scores[truth] = saved;
            if (rival === truth || !(scores[truth]! - scores[rival]! < margin)) rival = truth;
          }
          if (rival !== truth && scheme.allowed[prev * n + truth]) {
            // Passive-aggressive step (PA-I): just enough to reach the margin, at most `aggressiveness`.
            let step1 = 1;
            if (margin > 0) {
              const loss = margin - (scores[truth]! - scores[rival]!);
              step1 = Math.min(aggressiveness, loss / (2 * (nActive + dyn.length)));
            }
            for (let f = 0; f < nActive; f++) {
              weights.update(active[f]!, truth, step1, step);
              weights.update(active[f]!, rival, -step1, step);
            }
            for (let k = 0; k < dyn.length; k++) {
              let r = dynRows[k]!;
              if (r < 0) {
                r = index.add(dyn[k]!);
                weights.ensure(index.size);
              }
              weights.update(r, truth, step1, step);
              weights.update(r, rival, -step1, step);
            }
          }
          total++;
          tags[i] = guess;
          prev = guess;
        }
        features.observe(seq, tags, state);
      });
    }
    model = { tags: scheme.tags, keys: index.keys(), weights: weights.averaged(index.size, step) };
    log(`epoch ${epoch}: training accuracy ${(correct / total).toFixed(4)}, ${index.size} rows`);
    options.onEpoch?.(epoch, model);
  }
  return pruneModel(model);
}

/** Drops rows whose weights are all (nearly) zero: features that never took part in a mistake. */
export function pruneModel(model: LinearModel, epsilon = 1e-6): LinearModel {
  const n = model.tags.length;
  const keep: number[] = [];
  for (let r = 0; r < model.keys.length; r++) {
    for (let t = 0; t < n; t++) {
      if (Math.abs(model.weights[r * n + t]!) > epsilon) {
        keep.push(r);
        break;
      }
    }
  }
  const keys = new Int32Array(keep.length);
  const weights = new Float32Array(keep.length * n);
  keep.forEach((r, i) => {
    keys[i] = model.keys[r]!;
    weights.set(model.weights.subarray(r * n, r * n + n), i * n);
  });
  return { tags: model.tags, keys, weights };
}

/**
 * The mean of several linear models over the same tags (features missing from a model weigh 0 in
 * it). A linear tagger's scores are linear in its weights, so this one model scores exactly as the
 * average of the models would: an ensemble at the cost of one model.
 */
export function averageModels(models: readonly LinearModel[]): LinearModel {
  const n = models[0]!.tags.length;
  const index = new KeyIndex(models[0]!.keys.length * 2);
  for (const m of models) for (const k of m.keys) index.add(k);
  const weights = new Float32Array(index.size * n);
  for (const m of models) {
    for (let r = 0; r < m.keys.length; r++) {
      const row = index.get(m.keys[r]!);
      for (let t = 0; t < n; t++) weights[row * n + t] += m.weights[r * n + t]! / models.length;
    }
  }
  return { tags: models[0]!.tags, keys: index.keys(), weights };
}
