// 32-bit hashing for feature keys. A feature is one int: a template id mixed with the hashes of the
// values it looks at. Keys are never 0, so 0 can mark an empty slot in the open-addressing tables.

/** FNV-1a over UTF-16 code units, finished with murmur3's avalanche step. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** murmur3 finaliser: spreads every input bit over the output. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines a running key with one more value; order matters. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h, 0x1b873593) ^ b;
  h = (h << 13) | (h >>> 19);
  return fmix(Math.imul(h, 5) + 0xe6546b64);
}

/** A feature key from a template id and up to three value hashes; never 0. */
export function key(template: number, a: number, b = 0, c = 0): number {
  const h = mix(mix(mix(template + 1, a), b), c);
  return h === 0 ? 1 : h;
}

/**
 * Numbers for dense features (see FeatureExtractor.denseKeys): each group of features reserves a
 * range; dense feature d gets the key key(template, d).
 */
export class DenseSpace {
  private count = 0;

  /** Reserves `size` numbers and returns the first. */
  range(size: number): number {
    const first = this.count;
    this.count += size;
    return first;
  }

  keys(template: number): Int32Array {
    return Int32Array.from({ length: this.count }, (_, d) => key(template, d));
  }
}
