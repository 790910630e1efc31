import type { Doc, EntityType, Mention, Sentence, Token } from '../doc.js';
import { need, type Stage } from '../pipeline.js';
import { commonWords, companyIndex, demonymIndex, givenNames, placeIndex } from '../data/lexicons.js';
import {
  GROUP_WORDS, INSTITUTION_HEADS, LEGAL_FORMS, LOC_LAST_WORDS, LOC_NAMES, NAME_CONNECTORS, NEVER_NAMES, ORG_FIRST_WORDS, ORG_LAST_WORDS,
} from '../data/baseline-entity-words.js';
import { HONORIFICS, MAX_TITLE_TOKENS, TITLE_FIRST_WORDS, TITLES } from '../data/baseline-titles.js';
import { MONTHS, WEEKDAYS } from '../data/value-words.js';

// Baseline named mentions: runs of capitalised words, split at titles ("OpenAI CEO Sam Altman" gives
// "OpenAI" and "Sam Altman"), typed by the lexicons (countries, states and cities are GPE, listed
// companies ORG, a known given name first makes a PERSON) and by the shape of the name (a last word
// such as "Bank" or "Committee" makes an ORG, "Valley" a LOC). Simple and fast; the trained tagger
// replaces it.

/** Given names need this many births (SSA, 1880-2023) to count: rare ones are mostly surnames. */
const MIN_GIVEN_NAME_BIRTHS = 2000;

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-']);
/** Suffixes of hyphenated words whose capitalised head is a name ("Austin-based", "Saudi-led"). */
const LOWER_TAIL = /^[\p{Ll}-]+$/u;
/** Party-and-state tags after a lawmaker's name: "(R-Fla.)", "D-N.J.". */
const PARTY_TAG = /^[RDI]-[A-Z]/;

interface Run {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** Character offsets: a run may cover only part of a hyphenated token ("Austin" of "Austin-based"). */
  start: number;
  end: number;
  /** The run came right after a title or honorific ("President Trump", "Mr. Fenwick"): a person. */
  afterTitle?: boolean;
}

class View {
  readonly w: string[];
  constructor(readonly text: string, readonly tokens: readonly Token[]) {
    this.w = tokens.map((t) => text.slice(t.start, t.end));
  }

  isCapitalized(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== 'word') return false;
    return /^\p{Lu}/u.test(this.w[k]!);
  }
}

function isTitleCaseLine(v: View, s: Sentence, first: number, last: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = first; k <= last; k++) {
    if (v.tokens[k]!.kind !== 'word') continue;
    words++;
    if (v.isCapitalized(k)) caps++;
  }
  const ends = v.text[s.end - 1];
  return words >= 4 && caps / words >= 0.75 && ends !== '.';
}

/** The length (in tokens) of a title starting at token k, or 0. */
export function titleAt(w: readonly string[], k: number, last: number): { length: number; label: string } | null {
  if (!TITLE_FIRST_WORDS.has(w[k]!.toLowerCase())) return null;
  let best: { length: number; label: string } | null = null;
  let key = '';
  for (let n = 1; n <= MAX_TITLE_TOKENS && k + n - 1 <= last; n++) {
    key = n === 1 ? w[k]!.toLowerCase() : `${key} ${w[k + n - 1]!.toLowerCase()}`;
    const label = TITLES.get(key);
    if (label) best = { length: n, label };
  }
  return best;
}

function isNameToken(v: View, k: number, sentenceStart: boolean): boolean {
  if (!v.isCapitalized(k)) return false;
  const w = v.w[k]!;
  if (NEVER_NAMES.has(w) || MONTHS.has(w) || WEEKDAYS.has(w)) return false;
  // "ADVERTISEMENT", "READ MORE": shouted common words. Stock tickers before a price change ("CVRD, +4.12%").
  if (w.length > 3 && w === w.toUpperCase() && commonWords().has(w.toLowerCase())) return false;
  if (isTicker(v, k)) return false;
  if (sentenceStart) {
    const lower = w.toLowerCase();
    if (commonWords().has(lower) && !placeIndex().has(w) && !companyIndex().has(w)) {
      // "Will Smith said": a given name before another name still starts one.
      const next = k + 1 < v.tokens.length && v.isCapitalized(k + 1) && v.tokens[k + 1]!.sentence === v.tokens[k]!.sentence;
      if (!(next && givenNames().has(w))) return false;
    }
  }
  return true;
}

/** An all-capitals symbol followed by a comma and a signed percentage: a stock ticker in market copy. */
function isTicker(v: View, k: number): boolean {
  const w = v.w[k]!;
  if (!/^[A-Z]{1,5}$/.test(w) || v.w[k + 1] !== ',') return false;
  const sign = v.w[k + 2];
  return (sign === '+' || sign === '-' || sign === '−') && v.tokens[k + 3]?.kind === 'number';
}

/** Runs of capitalised tokens in one sentence, with connectors ("of", "&") between them. */
function runsIn(v: View, first: number, last: number): Run[] {
  const runs: Run[] = [];
  let k = first;
  while (k <= last) {
    const prev = v.w[k - 1];
    const sentenceStart = k === first || (prev !== undefined && OPENERS.has(prev));
    const w = v.w[k]!;
    const dash = w.indexOf('-');
    if (PARTY_TAG.test(w)) {
      k++;
      continue;
    }
    // "Austin-based", "Disney-related": the capitalised head is the name.
    if (dash > 0 && v.isCapitalized(k) && LOWER_TAIL.test(w.slice(dash + 1))) {
      const t = v.tokens[k]!;
      runs.push({ first: k, last: k, start: t.start, end: t.start + dash });
      k++;
      continue;
    }
    if (!isNameToken(v, k, sentenceStart)) {
      k++;
      continue;
    }
    let end = k;
    for (;;) {
      const j = end + 1;
      if (j > last) break;
      if (isNameToken(v, j, false)) {
        end = j;
        continue;
      }
      // Connectors join two capitalised words: "Bank of America", "Johnson & Johnson", "Department of the Treasury".
      const c = v.w[j]!;
      if (NAME_CONNECTORS.has(c) && j + 1 <= last) {
        const afterThe = c === 'of' && v.w[j + 1] === 'the' && j + 2 <= last && isNameToken(v, j + 2, false);
        if (afterThe) {
          end = j + 2;
          continue;
        }
        if (c !== 'the' && isNameToken(v, j + 1, false)) {
          end = j + 1;
          continue;
        }
      }
      // "Securities and Exchange Commission", "House Fisheries and Ports Committee": an "and" inside
      // an institution's name, but not between two names ("Oracle and OpenAI").
      if (c === 'and' && isNameToken(v, j + 1, false) && !companyIndex().has(v.text.slice(v.tokens[k]!.start, v.tokens[end]!.end))) {
        let m = j + 1;
        while (m + 1 <= last && isNameToken(v, m + 1, false)) m++;
        if (INSTITUTION_HEADS.has(v.w[m]!)) {
          end = m;
          continue;
        }
      }
      break;
    }
    runs.push(...splitRun(v, k, end));
    k = end + 1;
  }
  return runs.flatMap((r) => splitAtTitles(v, r)).map((r) => (!r.afterTitle && titleBefore(v, r.first, first) ? { ...r, afterTitle: true } : r));
}

/** Whether a title ends right before token k ("CEO Marta Okonjo", "president Trump"). */
function titleBefore(v: View, k: number, sentenceFirst: number): boolean {
  for (let n = 1; n <= MAX_TITLE_TOKENS && k - n >= sentenceFirst; n++) {
    if (titleAt(v.w, k - n, k - 1)?.length === n) return true;
  }
  return false;
}

/**
 * Splits a run where one name ends and another begins: after a legal form ("Tesla Inc. | TSLA"),
 * before "of PLACE" after a person ("Lena Corwick | of | Vermont"), and drops a trailing group
 * word ("House Republicans" -> "House").
 */
function splitRun(v: View, first: number, last: number): Run[] {
  const out: Run[] = [];
  let from = first;
  for (let k = first; k <= last; k++) {
    if (LEGAL_FORMS.has(v.w[k]!) && k < last && k > from) {
      out.push(span(v, from, k));
      from = k + 1;
      continue;
    }
    if (v.w[k] === 'of' && k > from && !ORG_FIRST_WORDS.has(v.w[from]!) && !ORG_LAST_WORDS.has(v.w[k - 1]!)) {
      const rest = v.text.slice(v.tokens[k + 1]!.start, v.tokens[last]!.end);
      if (placeIndex().get(rest)?.kind === 'state' || placeIndex().get(rest)?.kind === 'country') {
        out.push(span(v, from, k - 1), span(v, k + 1, last));
        return out.flatMap((r) => dropGroupTail(v, r));
      }
    }
  }
  if (from <= last) out.push(span(v, from, last));
  return out.flatMap((r) => splitLeadingPlace(v, r)).flatMap((r) => dropGroupTail(v, r));
}

/** "U.S. Harborlight" (a sentence break the splitter missed), "Texas Democrat": a one-word country or state before a name is a name of its own. */
function splitLeadingPlace(v: View, r: Run): Run[] {
  if (r.last === r.first) return [r];
  const place = placeIndex().get(v.w[r.first]!);
  if (!place || place.kind === 'city') return [r];
  const whole = v.text.slice(r.start, r.end);
  // "Washington Post", "U.S. Senate": an organisation named after its place stays whole.
  if (companyIndex().has(whole) || placeIndex().has(whole) || NAME_CONNECTORS.has(v.w[r.first + 1]!) || ORG_LAST_WORDS.has(v.w[r.last]!)) return [r];
  return [span(v, r.first, r.first), span(v, r.first + 1, r.last)];
}

function dropGroupTail(v: View, r: Run): Run[] {
  if (r.last > r.first && GROUP_WORDS.has(v.w[r.last]!)) return [span(v, r.first, r.last - 1)];
  return [r];
}

/** "OpenAI CEO Sam Altman" -> "OpenAI", "Sam Altman"; "Sen. Mildred Tarrant" -> "Mildred Tarrant". */
function splitAtTitles(v: View, r: Run): Run[] {
  if (r.first === r.last && r.end - r.start < v.tokens[r.first]!.end - v.tokens[r.first]!.start) return [r];
  const whole = v.text.slice(r.start, r.end);
  if (companyIndex().has(whole) || placeIndex().has(whole)) return [r];
  const out: Run[] = [];
  let from = r.first;
  let afterTitle = false;
  let k = r.first;
  while (k <= r.last) {
    const title = titleAt(v.w, k, r.last);
    const after = title ? k + title.length : -1;
    // "Justice Department", "General Motors": a title word before an organisation head is part of the name.
    const partOfName = title && after <= r.last && ORG_LAST_WORDS.has(v.w[after]!);
    if (title && !partOfName) {
      if (k > from) out.push(span(v, from, k - 1));
      from = after;
      afterTitle = true;
      k = after;
      continue;
    }
    if (HONORIFICS.has(v.w[k]!.toLowerCase()) && k === from) {
      from = k + 1;
      afterTitle = true;
    }
    k++;
  }
  if (from <= r.last) out.push({ ...span(v, from, r.last), afterTitle });
  return out.map((x) => trimRun(v, x)).filter((x): x is Run => x !== null);
}

function span(v: View, first: number, last: number): Run {
  return { first, last, start: v.tokens[first]!.start, end: v.tokens[last]!.end };
}

/** Drops a leading "The" and dangling connectors. */
function trimRun(v: View, r: Run): Run | null {
  let { first, last } = r;
  while (first <= last && (v.w[first] === 'The' || NAME_CONNECTORS.has(v.w[first]!))) first++;
  while (last >= first && NAME_CONNECTORS.has(v.w[last]!)) last--;
  if (first > last) return null;
  return { ...span(v, first, last), afterTitle: r.afterTitle };
}

function typeOf(v: View, r: Run): EntityType | null {
  const text = v.text.slice(r.start, r.end);
  if (GROUP_WORDS.has(text) || demonymIndex().has(text)) return null;
  // Short closed-class words capitalised by position ("On", "To") and stray legal forms are no names.
  if (text.length <= 2 && commonWords().has(text.toLowerCase())) return null;
  if (r.first === r.last && (LEGAL_FORMS.has(text) || text === 'Jr.' || text === 'Sr.')) return null;
  if (LOC_NAMES.has(text)) return 'LOC';
  // A dateline writes places in capitals: "WASHINGTON (Reuters) -".
  const titled = /^\p{Lu}{4,}$/u.test(text) ? text[0] + text.slice(1).toLowerCase() : text;
  if (placeIndex().has(text) || placeIndex().get(titled)?.kind === 'city' || placeIndex().get(titled)?.kind === 'state') return 'GPE';
  if (companyIndex().has(text)) return 'ORG';
  const firstWord = v.w[r.first]!;
  const lastWord = r.last === r.first && r.end - r.start < firstWord.length ? text : v.w[r.last]!;
  if (ORG_LAST_WORDS.has(lastWord)) return 'ORG';
  if (r.last > r.first && ORG_FIRST_WORDS.has(firstWord) && v.w.slice(r.first, r.last + 1).includes('of')) return 'ORG';
  if (LOC_LAST_WORDS.has(lastWord) && r.last > r.first) return 'LOC';
  // Acronyms: "FBI", "CNBC", "FDA".
  if (r.first === r.last && /^\p{Lu}[\p{Lu}&.]+$/u.test(text)) return 'ORG';
  if (r.afterTitle) return 'PERSON';
  const given = givenNames().get(firstWord);
  const isGiven = given !== undefined && given[0] + given[1] >= MIN_GIVEN_NAME_BIRTHS;
  if (r.last > r.first) {
    if (isGiven) return 'PERSON';
    // Two or three words none of which is an ordinary word, an acronym or "&": a foreign name
    // ("Tomas Irarrazaval"); "Marlow Coffee", "Kestrel Ledger", "Harborlight Bio" have one.
    for (let k = r.first; k <= r.last; k++) {
      const w = v.w[k]!;
      if (NAME_CONNECTORS.has(w)) return 'ORG';
      if (commonWords().has(w.toLowerCase()) || /^(?:\p{Lu}\.?){2,}$/u.test(w)) return 'ORG';
    }
    return r.last - r.first <= 2 ? 'PERSON' : 'ORG';
  }
  if (isGiven && !commonWords().has(firstWord.toLowerCase())) return 'PERSON';
  return 'ORG';
}

/** Named mentions in a tokenized text, in text order. */
export function findMentions(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Mention[] {
  const v = new View(text, tokens);
  const mentions: Mention[] = [];
  let k = 0;
  for (let s = 0; s < sentences.length; s++) {
    const first = k;
    while (k < tokens.length && tokens[k]!.sentence === s) k++;
    const last = k - 1;
    if (last < first || isTitleCaseLine(v, sentences[s]!, first, last)) continue;
    for (const r of runsIn(v, first, last)) {
      const type = typeOf(v, r);
      if (type) mentions.push({ start: r.start, end: r.end, type, sentence: s, score: 0.5 });
    }
  }
  // A single word that is the surname of a person named in full, or after a title, elsewhere in
  // the article is that person ("Altman", "Trump"), unless it names a country or state.
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const t = text.slice(m.start, m.end);
    surnames.add(t.includes(' ') ? t.slice(t.lastIndexOf(' ') + 1) : t);
  }
  return mentions.map((m) => {
    const t = text.slice(m.start, m.end);
    if (m.type === 'PERSON' || t.includes(' ') || !surnames.has(t)) return m;
    const place = placeIndex().get(t);
    return place && place.kind !== 'city' ? m : { ...m, type: 'PERSON' as const };
  });
}

export const entitiesBaselineStage: Stage = {
  name: 'entities-baseline',
  requires: ['sentences', 'tokens'],
  adds: ['mentions'],
  run(doc: Doc): Doc {
    return { ...doc, mentions: findMentions(doc.text, need(doc, 'tokens', 'entities-baseline'), need(doc, 'sentences', 'entities-baseline')) };
  },
};
