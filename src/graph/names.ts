// Name normalisation shared by linking and lookups: "The U.S. Treasury’s" and "u.s. treasury"
// compare equal. Case, diacritics, punctuation, a possessive and a leading "the" do not count.

/**
 * `fn` with its results kept per name, up to a bound (then forgotten at once): names recur from
 * article to article ("Trump", "U.S."), and their keys are worked out for every mention written.
 */
export function keptPerName(fn: (name: string) => string, limit = 50_000): (name: string) => string {
  let kept = new Map<string, string>();
  return (name) => {
    let v = kept.get(name);
    if (v === undefined) {
      if (kept.size >= limit) kept = new Map();
      v = fn(name);
      kept.set(name, v);
    }
    return v;
  };
}

export const normalizeName = keptPerName(normalizeUncached);

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
