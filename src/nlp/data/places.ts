// Place knowledge for resolution and relations, over the shared lexicons (data/lexicons.ts): which
// names are one country or state ("U.S.", "United States", "America"), what kind of place a name is,
// and which country a nationality word belongs to.

import { countries, demonymIndex, placeIndex } from './lexicons.js';

type Found = ReturnType<ReturnType<typeof placeIndex>['get']> | null;
/** Answers by name: resolution and relations ask about the same few names many times per article. */
const found = new Map<string, Found>();

function lookup(name: string): Found {
  let hit = found.get(name);
  if (hit === undefined) {
    hit = search(name);
    if (found.size >= 50_000) found.clear();
    found.set(name, hit);
  }
  return hit;
}

function search(name: string): Found {
  const index = placeIndex();
  const bare = name.replace(/^the\s+/i, '').trim().replace(/\s+/g, ' ');
  const hit = index.get(bare);
  if (hit) return hit;
  // "WASHINGTON (Reuters)": datelines in capitals
  if (bare === bare.toUpperCase() && /[A-Z]{3}/.test(bare)) return index.get(bare.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())) ?? null;
  return null;
}

/** A key shared by every name of one country or US state ("U.S.", "United States", "America" -> "country:US"), or null. */
export function countryKey(name: string): string | null {
  const p = lookup(name);
  if (!p || p.kind === 'city') return null;
  return `${p.kind}:${p.code}`;
}

/** True for nationality words ("Chinese", "Americans"). */
export function isDemonym(word: string): boolean {
  return demonymIndex().has(word) || demonymIndex().has(word.charAt(0).toUpperCase() + word.slice(1));
}

/** The country key of a nationality word ("Russian" -> "country:RU"), or null. */
export function demonymCountry(word: string): string | null {
  const code = demonymIndex().get(word);
  return code ? `country:${code}` : null;
}

/** What kind of place a name is by the lexicons: a country, a US state, a city; null if unknown. */
export function placeKind(name: string): 'country' | 'state' | 'city' | null {
  return lookup(name)?.kind ?? null;
}

/** The common English name of a country code. */
export function countryName(code: string): string | null {
  return countries().find((c) => c.code === code)?.name ?? null;
}
