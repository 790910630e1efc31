// The keys an actor is looked up by across articles: its canonical name (with fixed equivalents
// such as U.S. = United States), a person's surname, an organisation's acronym.

import type { EntityType } from '../nlp/doc.js';
import { ACRONYM_SKIP_WORDS, NAME_EQUIVALENTS, NAME_SUFFIXES, ORG_SUFFIXES } from './data/name-equivalents.js';
import { keptPerName, normalizeName } from './names.js';

/** The normalised name an actor is filed under: "U.S." and "America" -> "united states". */
export const canonicalKey = keptPerName(canonicalUncached);

function canonicalUncached(name: string): string {
  let n = normalizeName(name);
  const words = n.split(' ');
  if (words.length > 1 && ORG_SUFFIXES.has(words[words.length - 1]!)) n = words.slice(0, -1).join(' ');
  return NAME_EQUIVALENTS[n] ?? n;
}

export function surnameOf(name: string): string | null {
  const words = canonicalKey(name).split(' ').filter((w) => w && !NAME_SUFFIXES.has(w));
  return words.length >= 2 ? words[words.length - 1]! : null;
}

/** "Federal Trade Commission" -> "ftc"; null for one word or fewer than two letters. */
export function acronymOf(name: string): string | null {
  const words = name.replace(/[.,'’]/g, '').split(/[\s-]+/u).filter((w) => w && !ACRONYM_SKIP_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]!.toLowerCase()).join('');
}

/** "FTC", "F.T.C." -> "ftc": a name written as an acronym; null otherwise. */
export function asAcronym(name: string): string | null {
  const compact = name.replace(/\./g, '').trim();
  return /^\p{Lu}{2,6}$/u.test(compact) ? compact.toLowerCase() : null;
}

/** True when a name is one word: a bare surname or given name for a person. */
export function isSingleWord(key: string): boolean {
  return key.length > 0 && !key.includes(' ');
}

export interface ActorKeyRow {
  kind: 'surname' | 'acronym';
  key: string;
}

/** Keys to file a name under, besides the name itself. */
export function lookupKeys(type: EntityType, name: string): ActorKeyRow[] {
  const keys: ActorKeyRow[] = [];
  if (type === 'PERSON') {
    const s = surnameOf(name);
    if (s) keys.push({ kind: 'surname', key: s });
  } else {
    const a = asAcronym(name) ?? acronymOf(name);
    if (a && a.length >= 2) keys.push({ kind: 'acronym', key: a });
  }
  return keys;
}
