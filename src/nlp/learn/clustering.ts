// Word clusters from unlabeled text, for tagger features (Brown-cluster-like bit paths, as used by
// Ratinov and Roth 2009, at a fraction of the cost of Brown clustering). Each frequent word gets a
// sparse vector of positive pointwise mutual information (PPMI) with two kinds of context: the words
// right before and after it and two before/after (syntax: where it sits in a sentence), and the
// content words within a few tokens either side (topic: what it is talked about with). Syntax alone
// puts "Trump" with "he" (both subjects of "said"); topic tells the politician from the pronoun.
// The vectors are split top-down by spherical 2-means, so every word gets a path of bits whose
// prefixes name coarser and finer clusters ("0110", "011011", ...).

import { KeyIndex } from './key-index.js';
import { rng } from './perceptron.js';

export interface ClusterOptions {
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** At most this many words (the most frequent) are clustered. */
  maxWords: number;
  /** Number of context words per slot (the most frequent). */
  contexts: number;
  /** Number of topic context words (lowercased, after the 100 most frequent), 0 for none. */
  topicContexts: number;
  /** Topic contexts are the words up to this many tokens away. */
  topicWindow: number;
  /** Weight of the (unit-length) topic part against the (unit-length) syntax part. */
  topicWeight: number;
  /** A cluster this small is not split further. */
  minSize: number;
  maxDepth: number;
  iterations: number;
  seed: number;
}

/** Relative offsets whose words form a word's context; each offset is its own slot. */
const SLOTS = [-2, -1, 1, 2];
/** The nearer neighbours count more: they carry the syntax a tagger needs. */
const SLOT_WEIGHT = [0.5, 1, 1, 0.5];

/** Counts words and contexts over token streams (one array of tokens per text). */
export class ContextCounter {
  private readonly counts = new Map<string, number>();
  private texts: string[][] = [];

  add(tokens: string[]): void {
    for (const t of tokens) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    this.texts.push(tokens);
  }

  /** Builds the clusters: word -> bit path. */
  cluster(opts: ClusterOptions, log: (s: string) => void = () => {}): Map<string, string> {
    return clusterWords(this.vectors(opts, log), opts);
  }

  /** The PPMI context vectors of the frequent words (the texts are released afterwards). */
  vectors(opts: ClusterOptions, log: (s: string) => void = () => {}): WordVectors {
    const byFreq = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const vocab = byFreq.filter(([, c]) => c >= opts.minCount).slice(0, opts.maxWords).map(([w]) => w);
    const wordId = new Map(vocab.map((w, i) => [w, i]));
    const ctxWords = byFreq.slice(0, opts.contexts).map(([w]) => w);
    const ctxId = new Map(ctxWords.map((w, i) => [w, i]));
    const dims = SLOTS.length * opts.contexts;
    log(`clusters: ${vocab.length} words, ${dims} context dimensions`);

    // Co-occurrence counts in one open-addressing table keyed by word * dims + context + 1.
    const pairs = new KeyIndex(1 << 22);
    let pairCount = new Float64Array(1 << 22);
    const wordTotal = new Float64Array(vocab.length);
    const ctxTotal = new Float64Array(dims);
    let total = 0;
    for (const toks of this.texts) {
      const ids = toks.map((t) => wordId.get(t) ?? -1);
      const cids = toks.map((t) => ctxId.get(t) ?? -1);
      for (let i = 0; i < toks.length; i++) {
        const w = ids[i]!;
        if (w < 0) continue;
        for (let s = 0; s < SLOTS.length; s++) {
          const j = i + SLOTS[s]!;
          if (j < 0 || j >= toks.length || cids[j]! < 0) continue;
          const c = s * opts.contexts + cids[j]!;
          const r = pairs.add(w * dims + c + 1);
          if (r >= pairCount.length) {
            const grown = new Float64Array(pairCount.length * 2);
            grown.set(pairCount);
            pairCount = grown;
          }
          pairCount[r] += SLOT_WEIGHT[s]!;
          wordTotal[w] += SLOT_WEIGHT[s]!;
          ctxTotal[c] += SLOT_WEIGHT[s]!;
          total += SLOT_WEIGHT[s]!;
        }
      }
    }
    log(`clusters: ${pairs.size} word-context pairs`);

    // PPMI vectors in CSR form, each normalised to unit length. Context frequencies are smoothed
    // (power 0.75, as word2vec does) so that rare contexts do not dominate.
    const keys = pairs.keys();
    const ctxSmooth = ctxTotal.map((c) => Math.pow(c, 0.75));
    const smoothTotal = ctxSmooth.reduce((a, b) => a + b, 0);
    const pmiOf = (r: number): { w: number; c: number; pmi: number } => {
      const k = keys[r]! - 1;
      const w = Math.floor(k / dims);
      const c = k - w * dims;
      return { w, c, pmi: Math.log((pairCount[r]! / total) / ((wordTotal[w]! / total) * (ctxSmooth[c]! / smoothTotal))) };
    };
    const syntax = toCsr(vocab.length, keys.length, (r) => pmiOf(r));

    // Topic part: dense counts of lowercased content words within the window.
    let combined = syntax;
    if (opts.topicContexts > 0) {
      const lowerCounts = new Map<string, number>();
      for (const [w, c] of byFreq) lowerCounts.set(w.toLowerCase(), (lowerCounts.get(w.toLowerCase()) ?? 0) + c);
      const lowerByFreq = [...lowerCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const topicWords = lowerByFreq.slice(100, 100 + opts.topicContexts).filter(([w]) => /\p{L}/u.test(w)).map(([w]) => w);
      const topicId = new Map(topicWords.map((w, i) => [w, i]));
      const K = topicWords.length;
      const counts = new Float32Array(vocab.length * K);
      const tWord = new Float64Array(vocab.length);
      const tCtx = new Float64Array(K);
      let tTotal = 0;
      for (const toks of this.texts) {
        const ids = toks.map((t) => wordId.get(t) ?? -1);
        const tids = toks.map((t) => topicId.get(t.toLowerCase()) ?? -1);
        for (let i = 0; i < toks.length; i++) {
          const w = ids[i]!;
          if (w < 0) continue;
          const from = Math.max(0, i - opts.topicWindow);
          const to = Math.min(toks.length - 1, i + opts.topicWindow);
          for (let j = from; j <= to; j++) {
            const c = tids[j]!;
            if (c < 0 || j === i) continue;
            counts[w * K + c]++;
            tWord[w]++;
            tCtx[c]++;
            tTotal++;
          }
        }
      }
      const smooth = tCtx.map((c) => Math.pow(c, 0.75));
      const smoothSum = smooth.reduce((a, b) => a + b, 0);
      const topic = toCsr(vocab.length, vocab.length * K, (r) => {
        const w = Math.floor(r / K);
        const c = r - w * K;
        const n = counts[r]!;
        return { w, c, pmi: n > 0 ? Math.log((n / tTotal) / ((tWord[w]! / tTotal) * (smooth[c]! / smoothSum))) : 0 };
      });
      combined = concatCsr(syntax, topic, dims, opts.topicWeight);
      log(`clusters: topic part over ${K} context words`);
    }
    this.texts = [];
    return { words: vocab, m: combined };
  }
}

/** Unit-length sparse context vectors, one row per word. */
export interface WordVectors {
  words: string[];
  m: Csr;
}

/** Word -> bit path, by top-down spherical 2-means. */
export function clusterWords(v: WordVectors, opts: Pick<ClusterOptions, 'minSize' | 'maxDepth' | 'iterations' | 'seed'>): Map<string, string> {
  const paths = bisect(v.m, v.words.length, opts);
  return new Map(v.words.map((w, i) => [w, paths[i]!]));
}

/**
 * Distributional types: a linear classifier (averaged perceptron) over the context vectors, trained
 * on seed words whose type is known (from labeled data), predicts a type for every word, so that
 * words the labeled data never saw ("Netflix") get the type of the words they are used like.
 * Seed words get the prediction of a model that did not see them (k-fold cross-fitting), so that a
 * tagger trained on the same labeled data learns how far to trust the prediction on new words.
 * Returns word -> [class, confident (0/1): margin above the median].
 */
export function typeWords(v: WordVectors, seeds: ReadonlyMap<string, number>, classes: number, opts: { folds: number; epochs: number; seed: number }): Map<string, [number, number]> {
  const seedRows = v.words.map((w, i) => ({ i, c: seeds.get(w) })).filter((x): x is { i: number; c: number } => x.c !== undefined);
  const fold = (k: number) => k % opts.folds;
  const train = (rows: typeof seedRows) => {
    const w = new Float64Array(classes * v.m.dims);
    const acc = new Float64Array(classes * v.m.dims);
    const random = rng(opts.seed);
    const order = rows.slice();
    let step = 1;
    const score = (row: number, weights: Float64Array) => {
      const out = new Float64Array(classes);
      for (let p = v.m.rowStart[row]!; p < v.m.rowStart[row + 1]!; p++) {
        for (let c = 0; c < classes; c++) out[c] += weights[c * v.m.dims + v.m.col[p]!]! * v.m.val[p]!;
      }
      return out;
    };
    for (let e = 0; e < opts.epochs; e++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const { i, c } of order) {
        const s = score(i, w);
        let guess = 0;
        for (let k = 1; k < classes; k++) if (s[k]! > s[guess]!) guess = k;
        if (guess !== c) {
          for (let p = v.m.rowStart[i]!; p < v.m.rowStart[i + 1]!; p++) {
            const d = v.m.col[p]!;
            const x = v.m.val[p]!;
            w[c * v.m.dims + d] += x;
            acc[c * v.m.dims + d] += step * x;
            w[guess * v.m.dims + d] -= x;
            acc[guess * v.m.dims + d] -= step * x;
          }
        }
        step++;
      }
    }
    // Averaged weights: w - acc / step (the usual trick for an averaged perceptron).
    const avg = w.map((x, j) => x - acc[j]! / step);
    return (row: number) => score(row, avg);
  };
  const predict = (s: Float64Array): { best: number; margin: number } => {
    let best = 0;
    let second = -1;
    for (let k = 1; k < classes; k++) {
      if (s[k]! > s[best]!) {
        second = best;
        best = k;
      } else if (second < 0 || s[k]! > s[second]!) second = k;
    }
    return { best, margin: s[best]! - (second >= 0 ? s[second]! : 0) };
  };
  const raw = new Map<string, { best: number; margin: number }>();
  const full = train(seedRows);
  v.words.forEach((word, i) => {
    if (!seeds.has(word)) raw.set(word, predict(full(i)));
  });
  for (let f = 0; f < opts.folds; f++) {
    const model = train(seedRows.filter((_, k) => fold(k) !== f));
    seedRows.forEach(({ i }, k) => {
      if (fold(k) === f) raw.set(v.words[i]!, predict(model(i)));
    });
  }
  // Confident: a margin above the median one.
  const margins = [...raw.values()].map((x) => x.margin).sort((a, b) => a - b);
  const median = margins[margins.length >> 1] ?? 0;
  return new Map([...raw].map(([w, x]) => [w, [x.best, x.margin > median ? 1 : 0]]));
}

interface Csr {
  rowStart: Int32Array;
  col: Int32Array;
  val: Float32Array;
  dims: number;
}

/** CSR rows of the positive entries among `count` candidates, each row scaled to unit length. */
function toCsr(rows: number, count: number, entry: (r: number) => { w: number; c: number; pmi: number }): Csr {
  const rowStart = new Int32Array(rows + 1);
  let dims = 0;
  for (let r = 0; r < count; r++) {
    const { w, c, pmi } = entry(r);
    if (pmi > 0) rowStart[w + 1]++;
    if (c + 1 > dims) dims = c + 1;
  }
  for (let w = 0; w < rows; w++) rowStart[w + 1] += rowStart[w]!;
  const fill = rowStart.slice(0, rows);
  const col = new Int32Array(rowStart[rows]!);
  const val = new Float32Array(rowStart[rows]!);
  for (let r = 0; r < count; r++) {
    const { w, c, pmi } = entry(r);
    if (pmi <= 0) continue;
    const at = fill[w]!++;
    col[at] = c;
    val[at] = pmi;
  }
  for (let w = 0; w < rows; w++) {
    let norm = 0;
    for (let p = rowStart[w]!; p < rowStart[w + 1]!; p++) norm += val[p]! * val[p]!;
    norm = Math.sqrt(norm) || 1;
    for (let p = rowStart[w]!; p < rowStart[w + 1]!; p++) val[p] /= norm;
  }
  return { rowStart, col, val, dims };
}

/** Rows of a beside rows of b (b's columns shifted by aDims, its values scaled by weight), unit length. */
function concatCsr(a: Csr, b: Csr, aDims: number, weight: number): Csr {
  const rows = a.rowStart.length - 1;
  const rowStart = new Int32Array(rows + 1);
  for (let w = 0; w < rows; w++) rowStart[w + 1] = rowStart[w]! + (a.rowStart[w + 1]! - a.rowStart[w]!) + (b.rowStart[w + 1]! - b.rowStart[w]!);
  const col = new Int32Array(rowStart[rows]!);
  const val = new Float32Array(rowStart[rows]!);
  for (let w = 0; w < rows; w++) {
    let at = rowStart[w]!;
    for (let p = a.rowStart[w]!; p < a.rowStart[w + 1]!; p++, at++) {
      col[at] = a.col[p]!;
      val[at] = a.val[p]!;
    }
    for (let p = b.rowStart[w]!; p < b.rowStart[w + 1]!; p++, at++) {
      col[at] = aDims + b.col[p]!;
      val[at] = b.val[p]! * weight;
    }
    let norm = 0;
    for (let p = rowStart[w]!; p < rowStart[w + 1]!; p++) norm += val[p]! * val[p]!;
    norm = Math.sqrt(norm) || 1;
    for (let p = rowStart[w]!; p < rowStart[w + 1]!; p++) val[p] /= norm;
  }
  return { rowStart, col, val, dims: aDims + b.dims };
}

function dot(m: Csr, row: number, centroid: Float64Array): number {
  let s = 0;
  for (let p = m.rowStart[row]!; p < m.rowStart[row + 1]!; p++) s += m.val[p]! * centroid[m.col[p]!]!;
  return s;
}

function centroidOf(m: Csr, rows: readonly number[]): Float64Array {
  const c = new Float64Array(m.dims);
  for (const r of rows) for (let p = m.rowStart[r]!; p < m.rowStart[r + 1]!; p++) c[m.col[p]!] += m.val[p]!;
  let norm = 0;
  for (let i = 0; i < c.length; i++) norm += c[i]! * c[i]!;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < c.length; i++) c[i] /= norm;
  return c;
}

/** Top-down spherical 2-means; returns each row's bit path. */
function bisect(m: Csr, rows: number, opts: Pick<ClusterOptions, 'minSize' | 'maxDepth' | 'iterations' | 'seed'>): string[] {
  const paths = new Array<string>(rows).fill('');
  const random = rng(opts.seed);
  const stack: Array<{ members: number[]; path: string }> = [{ members: Array.from({ length: rows }, (_, i) => i), path: '' }];
  while (stack.length) {
    const { members, path } = stack.pop()!;
    for (const r of members) paths[r] = path;
    if (members.length < opts.minSize || path.length >= opts.maxDepth) continue;
    // Seeds: a random member and the member least like it.
    const a = members[Math.floor(random() * members.length)]!;
    const ca = centroidOf(m, [a]);
    let b = a;
    let worst = Infinity;
    for (const r of members) {
      if (m.rowStart[r + 1] === m.rowStart[r]) continue;
      const s = dot(m, r, ca);
      if (s < worst) {
        worst = s;
        b = r;
      }
    }
    let c0 = ca;
    let c1 = centroidOf(m, [b]);
    let margin = new Float64Array(members.length);
    for (let it = 0; it < opts.iterations; it++) {
      const left: number[] = [];
      const right: number[] = [];
      margin = Float64Array.from(members, (r) => dot(m, r, c0) - dot(m, r, c1));
      members.forEach((r, k) => (margin[k]! >= 0 ? left : right).push(r));
      if (!left.length || !right.length) break;
      c0 = centroidOf(m, left);
      c1 = centroidOf(m, right);
    }
    // Cut where 2-means puts the boundary, but never nearer the end than a quarter of the members:
    // unchecked, cosine 2-means peels off a few words at a time and the tree degenerates into a comb.
    const order = members.map((r, k) => ({ r, g: margin[k]! })).sort((x, y) => y.g - x.g || x.r - y.r);
    let cut = order.findIndex((x) => x.g < 0);
    if (cut < 0) cut = order.length;
    const q = Math.floor(order.length / 4);
    cut = Math.min(Math.max(cut, q), order.length - q);
    const left = order.slice(0, cut).map((x) => x.r);
    const right = order.slice(cut).map((x) => x.r);
    stack.push({ members: right, path: `${path}1` }, { members: left, path: `${path}0` });
  }
  return paths;
}
