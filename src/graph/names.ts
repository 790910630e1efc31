// Name normalisation shared by linking and lookups: "The U.S. Treasury’s" and "u.s. treasury"
// compare equal. Case, diacritics, punctuation, a possessive and a leading "the" do not count.

/** Names recur across articles ("Trump", "U.S."): results are kept, up to a bound. */
const normalized = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function normalizeName(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    if (normalized.size >= CACHE_LIMIT) normalized.clear();
    n = normalizeUncached(name);
    normalized.set(name, n);
  }
  return n;
}

function normalizeUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]s\b/gu, '')
    .replace(/[.,'’‘"“”()«»!?]/gu, '')
    .replace(/[-–—_/]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}
