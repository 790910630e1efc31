// Name lists as tagger features. Every entry (a token sequence) and every proper prefix of one is
// stored as a 32-bit hash of its normalised tokens, with a bitmask of the lists it belongs to and
// a flag for "a longer entry continues from here". Matching walks from each capitalised token
// while prefixes continue: a few hash lookups per token, no strings kept in the model.

import { KeyIndex } from '../learn/key-index.js';
import { hashString, mix } from '../learn/hash.js';

/** Set on a sequence that is the prefix of a longer entry. */
const PREFIX = 1 << 30;
/** Longest entry, in tokens. */
export const MAX_ENTRY_TOKENS = 8;

/** Lowercase, without periods and diacritics: "U.S." ~ "US", "Zürich" ~ "Zurich", "Inc." ~ "inc". */
export function gazetteerForm(token: string): string {
  const t = token.length > 1 ? token.replace(/\./g, '') : token;
  return /[^\u0000-\u007f]/.test(t) ? t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : t.toLowerCase();
}

const tokenHash = (token: string) => hashString(gazetteerForm(token));

export interface GazetteerMatch {
  /** Token index of the first token, and one past the last. */
  start: number;
  end: number;
  /** Bitmask of list indexes. */
  lists: number;
}

export class Gazetteer {
  private readonly index: KeyIndex;

  constructor(
    /** List names, in bit order. */
    readonly lists: readonly string[],
    private readonly keys: Int32Array,
    private readonly values: Int32Array,
  ) {
    this.index = KeyIndex.fromKeys(keys);
  }

  /** Compiles lists of entries, each entry given as its tokens. */
  static compile(lists: ReadonlyArray<{ name: string; entries: Iterable<readonly string[]> }>): Gazetteer {
    if (lists.length > 30) throw new Error('at most 30 gazetteer lists');
    const map = new Map<number, number>();
    lists.forEach(({ entries }, bit) => {
      for (const tokens of entries) {
        if (!tokens.length || tokens.length > MAX_ENTRY_TOKENS) continue;
        let h = 0;
        tokens.forEach((t, i) => {
          h = i === 0 ? tokenHash(t) : mix(h, tokenHash(t));
          if (h === 0) h = 1;
          const flag = i === tokens.length - 1 ? 1 << bit : PREFIX;
          map.set(h, (map.get(h) ?? 0) | flag);
        });
      }
    });
    const keys = Int32Array.from(map.keys());
    return new Gazetteer(
      lists.map((l) => l.name),
      keys,
      Int32Array.from(keys, (k) => map.get(k)!),
    );
  }

  get size(): number {
    return this.keys.length;
  }

  /** The compiled tables, for a model file. */
  tables(): { keys: Int32Array; values: Int32Array } {
    return { keys: this.keys, values: this.values };
  }

  /** Every entry found in the tokens, starting at a token that begins with a capital or a digit. */
  match(tokens: readonly string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!.charCodeAt(0);
      const cap = (first >= 65 && first <= 90) || (first >= 48 && first <= 57) || (first > 127 && tokens[i]![0] !== tokens[i]![0]!.toLowerCase());
      if (!cap) continue;
      let h = 0;
      for (let j = i; j < tokens.length && j < i + MAX_ENTRY_TOKENS; j++) {
        h = j === i ? tokenHash(tokens[j]!) : mix(h, tokenHash(tokens[j]!));
        if (h === 0) h = 1;
        const row = this.index.get(h);
        if (row < 0) break;
        const v = this.values[row]!;
        if (v & ~PREFIX) out.push({ start: i, end: j + 1, lists: v & ~PREFIX });
        if (!(v & PREFIX)) break;
      }
    }
    return out;
  }
}
