// An open-addressing hash map from non-zero int32 feature keys to dense row numbers. Two int32
// arrays and linear probing: far smaller and faster than a Map<number, number> for millions of keys.

export class KeyIndex {
  private slots: Int32Array;
  private rows: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Builds an index whose row i is keys[i]. */
  static fromKeys(keys: Int32Array): KeyIndex {
    const index = new KeyIndex(keys.length);
    for (let i = 0; i < keys.length; i++) index.add(keys[i]!);
    return index;
  }

  get size(): number {
    return this.count;
  }

  /** The row of a key, or -1. */
  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let h = key & mask;
    for (;;) {
      const k = slots[h]!;
      if (k === key) return this.rows[h]!;
      if (k === 0) return -1;
      h = (h + 1) & mask;
    }
  }

  /** The row of a key, adding it as the next row when absent. */
  add(key: number): number {
    let h = key & this.mask;
    for (;;) {
      const k = this.slots[h]!;
      if (k === key) return this.rows[h]!;
      if (k === 0) break;
      h = (h + 1) & this.mask;
    }
    const row = this.count++;
    this.slots[h] = key;
    this.rows[h] = row;
    if (this.count * 2 > this.slots.length) this.grow();
    return row;
  }

  /** Keys in row order. */
  keys(): Int32Array {
    const out = new Int32Array(this.count);
    for (let h = 0; h < this.slots.length; h++) if (this.slots[h] !== 0) out[this.rows[h]!] = this.slots[h]!;
    return out;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldRows = this.rows;
    const cap = oldSlots.length * 2;
    this.slots = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    for (let h = 0; h < oldSlots.length; h++) {
      const k = oldSlots[h]!;
      if (k === 0) continue;
      let j = k & this.mask;
      while (this.slots[j] !== 0) j = (j + 1) & this.mask;
      this.slots[j] = k;
      this.rows[j] = oldRows[h]!;
    }
  }
}
