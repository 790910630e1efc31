// Precision, recall and F1 counts shared by the external evaluations, and their printed table.

export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  get p(): number {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
  }
  get r(): number {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0;
  }
  get f1(): number {
    return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0;
  }
  add(o: Tally): void {
    this.tp += o.tp;
    this.fp += o.fp;
    this.fn += o.fn;
  }
  row(): PrfRow {
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    return { p: r3(this.p), r: r3(this.r), f1: r3(this.f1), tp: this.tp, fp: this.fp, fn: this.fn };
  }
}

export interface PrfRow {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function formatRow(name: string, r: PrfRow): string {
  return `${name.padEnd(24)} P ${r.p.toFixed(3)}  R ${r.r.toFixed(3)}  F1 ${r.f1.toFixed(3)}  (tp ${r.tp} fp ${r.fp} fn ${r.fn})`;
}
