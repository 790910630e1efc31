// Title spans ("CEO", "Sen.", "Majority Leader", "former chairman") with normalised labels, found by
// longest match against the title lexicon (data/titles.ts). Resolution attaches them to people and
// relations read them as the role of a `position`.

import type { Doc, RoleSpan } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { need } from '../pipeline.js';
import { CAPITALIZED_ONLY_TITLES, MAX_TITLE_TOKENS, TITLE_QUALIFIERS, TITLES, type Title } from '../data/titles.js';
import { buildTokenIndex, isCapitalized, type TokenIndex } from '../token-index.js';

export interface TitleMatch {
  /** Token range of the title itself, without qualifiers. */
  first: number;
  end: number;
  title: Title;
  /** Written as one "ex-" compound ("ex-CEO"). */
  former?: boolean;
}

/** "ex-CEO", "ex-chairman": the tokenizer keeps the compound whole. */
function matchExTitle(ix: TokenIndex, i: number): TitleMatch | null {
  const w = ix.lower[i]!;
  if (!w.startsWith('ex-')) return null;
  const title = TITLES.get(w.slice(3));
  return title ? { first: i, end: i + 1, title, former: true } : null;
}

/** The longest title starting at token `i` (within the sentence), or null. */
/** First words of titles, to reject most tokens without building keys. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...TITLES.keys()].map((k) => k.split(' ')[0]!));

export function matchTitleAt(ix: TokenIndex, i: number, sentenceEnd: number): TitleMatch | null {
  if (!FIRST_WORDS.has(ix.lower[i] ?? '')) return null;
  const max = Math.min(MAX_TITLE_TOKENS, sentenceEnd - i);
  let key = '';
  let best: TitleMatch | null = null;
  for (let n = 1; n <= max; n++) {
    const k = i + n - 1;
    key = n === 1 ? ix.lower[k]! : `${key} ${ix.lower[k]!}`;
    const title = TITLES.get(key);
    if (title) best = { first: i, end: i + n, title };
  }
  if (!best) return null;
  if (best.end - best.first === 1 && CAPITALIZED_ONLY_TITLES.has(ix.lower[i]!) && !isCapitalized(ix.words[i]!)) return null;
  return best;
}

export function findRoles(doc: Doc): RoleSpan[] {
  const ix = buildTokenIndex(doc);
  const { tokens } = ix;
  const out: RoleSpan[] = [];
  const nSent = ix.sentenceFirst.length;
  for (let s = 0; s < nSent; s++) {
    const end = ix.sentenceEnd[s]!;
    for (let i = ix.sentenceFirst[s]!; i < end; ) {
      const m = matchTitleAt(ix, i, end) ?? matchExTitle(ix, i);
      if (!m) {
        i++;
        continue;
      }
      // Qualifiers before the title belong to the role: "former chairman", "acting director".
      let q = m.first;
      while (q > ix.sentenceFirst[s]! && TITLE_QUALIFIERS.has(ix.lower[q - 1]!)) q--;
      const quals = ix.lower.slice(q, m.first).filter((w) => w !== 'top' && w !== 'senior' && w !== 'longtime');
      if (m.former) quals.unshift('former');
      const label = quals.length ? `${quals.join(' ')} ${m.title.label}` : m.title.label;
      out.push({ start: tokens[q]!.start, end: tokens[m.end - 1]!.end, label, sentence: s });
      i = m.end;
    }
  }
  return out;
}

export const rolesStage: Stage = {
  name: 'roles',
  requires: ['sentences', 'tokens'],
  adds: ['roles'],
  run(doc: Doc): Doc {
    need(doc, 'tokens', 'roles');
    return { ...doc, roles: findRoles(doc) };
  },
};
