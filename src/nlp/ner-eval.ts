// Span-level precision, recall and F1 as conlleval computes them: a predicted entity counts only
// when its first token, last token and type all equal a gold entity's.

import type { ConllDocument } from './conll.js';
import { iobSpans, type TagSpan } from './learn/tag-scheme.js';

export interface PrfRow {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function row(tp: number, fp: number, fn: number): PrfRow {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export class SpanScorer {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  private of(type: string) {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  /** Scores one sentence. */
  add(gold: readonly TagSpan[], pred: readonly TagSpan[]): void {
    const g = new Set(gold.map((s) => `${s.start}:${s.end}:${s.type}`));
    const p = new Set(pred.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of pred) (g.has(`${s.start}:${s.end}:${s.type}`) ? this.of(s.type).tp++ : this.of(s.type).fp++);
    for (const s of gold) if (!p.has(`${s.start}:${s.end}:${s.type}`)) this.of(s.type).fn++;
  }

  byType(): Record<string, PrfRow> {
    return Object.fromEntries([...this.counts.keys()].sort().map((t) => [t, row(this.counts.get(t)!.tp, this.counts.get(t)!.fp, this.counts.get(t)!.fn)]));
  }

  overall(): PrfRow {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of this.counts.values()) {
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return row(tp, fp, fn);
  }
}

/** Scores a tagging function on CoNLL documents; `tag` gets a document's sentences as token strings. */
export function scoreConll(
  docs: readonly ConllDocument[],
  tag: (sentences: string[][]) => TagSpan[][],
): SpanScorer {
  const scorer = new SpanScorer();
  for (const doc of docs) {
    const pred = tag(doc.map((s) => s.words));
    doc.forEach((s, i) => scorer.add(iobSpans(s.ner), pred[i] ?? []));
  }
  return scorer;
}
