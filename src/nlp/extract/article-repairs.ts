// Repairs of the tagger's mentions that the article itself justifies, before resolution:
//   - a name cut in two is joined: "Rosalind" + "T. Ashcombe" (two person spans with only a space
//     between), "Department of" + "Justice" (a span ending in "of"), "House Fisheries" + "and" +
//     "Ports Committee" (two organisation spans around "and" whose second part ends in an
//     organisation word, when neither part is named alone elsewhere), "Skylark" + "7";
//   - a span that is only a suffix ("Jr.", "Inc.", "LLC") joins the name before it, or goes;
//   - spans that are only a title ("Justice"), names of laws ("Coastal Waters Protection Act") and
//     holidays ("Christmas") are not entities;
//   - a "place" that the company lists know and the place lists do not is an organisation.

import type { Doc, Mention } from '../doc.js';
import { CORPORATE_SUFFIXES, GROUP_WORDS, NAME_SUFFIXES } from '../data/names.js';
import { commonWords, companyIndex, givenNames, placeIndex } from '../data/lexicons.js';
import { isDemonym } from '../data/places.js';
import { matchTitleAt } from '../stages/roles.js';
import { TITLE_QUALIFIERS } from '../data/titles.js';
import { tokenRange, type TokenIndex } from '../token-index.js';

/** Words that end organisation names and rarely stand alone as one. */
const ORG_TAILS: ReadonlySet<string> = new Set([
  'committee', 'subcommittee', 'resorts', 'company', 'companies', 'partners', 'associates', 'services', 'commission',
  'affairs', 'sons', 'brothers', 'industries', 'enterprises', 'technologies', 'systems', 'labs', 'laboratories',
]);

/** Heads of names that go on with "of ...": "Department of Justice", "Bank of America". */
const ORG_OF_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'bank', 'university', 'board', 'bureau', 'office', 'institute', 'museum', 'school', 'college',
  'council', 'court', 'house', 'church', 'secretary', 'federation', 'association', 'academy', 'society', 'union', 'league',
  'chamber', 'commission', 'agency', 'division', 'state', 'republic', 'kingdom', 'city', 'port', 'government',
]);

/** Nouns that say the name before (or after) them is an organisation. */
const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'startup', 'start-up', 'giant', 'maker', 'retailer', 'carrier', 'airline', 'bank', 'lender', 'insurer',
  'automaker', 'carmaker', 'chipmaker', 'conglomerate', 'publisher', 'broadcaster', 'studio', 'subsidiary',
]);
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['magazine', 'newspaper', 'network', 'tabloid', 'website', 'company', 'firm', 'startup']);

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Days that are not entities. */
const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'thanksgiving', 'easter', 'halloween', 'hanukkah', 'ramadan', 'passover', 'new year', "new year's",
  'independence day', 'labor day', 'memorial day', 'veterans day', 'valentine', "valentine's day", 'mother', 'black friday',
]);

const text = (doc: Doc, m: { start: number; end: number }) => doc.text.slice(m.start, m.end);

export function repairFromArticle(doc: Doc, ix: TokenIndex, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const list: Mention[] = [];
  for (const m of sorted) if (!list.length || m.start >= list[list.length - 1]!.end) list.push({ ...m });
  // How often each surface form is tagged on its own.
  const alone = new Map<string, number>();
  for (const m of list) alone.set(text(doc, m), (alone.get(text(doc, m)) ?? 0) + 1);
  // How often a form is tagged without "and ..." after it (a name cut before its "and" is never).
  const free = new Map<string, number>();
  for (const m of list) if (!/^\s(?:and|&)\s\p{Lu}/u.test(doc.text.slice(m.end, m.end + 6))) free.set(text(doc, m), (free.get(text(doc, m)) ?? 0) + 1);

  const commonAcronyms = lowercaseAcronyms(doc.text, (acr) => actsAsName(doc, ix, acr));
  // surnames of the people the tagger found with a full name
  const surnames = new Set(list.filter((x) => x.type === 'PERSON').map((x) => text(doc, x).split(/\s+/)).filter((w) => w.length > 1).map((w) => w[w.length - 1]!));
  const textStart = doc.text.search(/\S/);
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i++) {
    let m = list[i]!;
    const t = text(doc, m);
    const lower = t.toLowerCase();
    // "remote patient monitoring (or RPM)", "a CDMO, a contract drug manufacturing organisation": a
    // short form of common words; "URLs": a plural of one
    if (commonAcronyms.has(t) || /^[A-Z]{2,5}s$/.test(t)) continue;
    // a byline: a person's name alone on the first line
    if (m.type === 'PERSON' && m.start === textStart && /^[ \t]*\n/.test(doc.text.slice(m.end, m.end + 80))) continue;
    // "9th Street Bakery": an ordinal that opens the name
    {
      const [a0] = tokenRange(ix.tokens, m);
      // (not "March 3rd Orrin launched": there the ordinal is a date's)
      if (a0 > 0 && /^\d+(?:st|nd|rd|th)$/.test(ix.words[a0 - 1]!) && !MONTHS.test(ix.words[a0 - 2] ?? '') && doc.text.slice(ix.tokens[a0 - 1]!.end, m.start) === ' ') m = { ...m, start: ix.tokens[a0 - 1]!.start, type: m.type === 'PERSON' ? 'ORG' : m.type };
    }
    const prev = out[out.length - 1];
    const gap = prev ? doc.text.slice(prev.end, m.start) : '';
    // a suffix alone joins the name before it: "Walter Grieve, Jr.", "The Kestrel Ledger, LLC", "Corvid Resources Inc."
    if (NAME_SUFFIXES.has(lower) || CORPORATE_SUFFIXES.has(lower)) {
      const fits = prev && /^,?\s?$/.test(gap) && (NAME_SUFFIXES.has(lower) ? prev.type === 'PERSON' : prev.type !== 'PERSON');
      if (fits) out[out.length - 1] = { ...prev, end: m.end };
      continue;
    }
    // a name cut in two
    if (prev && prev.sentence === m.sentence) {
      const prevWords = text(doc, prev).split(/\s+/);
      const endsInLink = /^(?:of|and|for|the|&)$/i.test(prevWords[prevWords.length - 1]!);
      const person = prev.type === m.type && (m.type === 'PERSON' || m.type === 'ORG') && gap === ' ';
      const linked = endsInLink && gap === ' ' && prev.type !== 'PERSON';
      const tail = t.split(/\s+/).pop()!.toLowerCase();
      const coordinated = m.type === 'ORG' && /^\s(?:and|&)\s$/.test(gap) && ORG_TAILS.has(tail) && (free.get(text(doc, prev)) ?? 0) === 0;
      if (person || linked || coordinated) {
        out[out.length - 1] = { ...prev, end: m.end, type: coordinated ? 'ORG' : prev.type, score: Math.min(prev.score ?? 1, m.score ?? 1) };
        continue;
      }
    }
    // "Department of" + "Justice" when the tagger stopped at the link word: the capitalised words after it
    if (/\s(?:of|for)$/i.test(text(doc, m)) && m.type !== 'PERSON' && ORG_OF_HEADS.has(text(doc, m).split(/\s+/).slice(-2, -1)[0]!.toLowerCase())) {
      let [, e] = tokenRange(ix.tokens, m);
      const start = e;
      while (e < ix.tokens.length && e - start < 3 && ix.tokens[e]!.sentence === m.sentence && ix.tokens[e]!.kind === 'word' && /^\p{Lu}/u.test(ix.words[e]!)) e++;
      if (e > start) m = { ...m, end: ix.tokens[e - 1]!.end };
    }
    // a trailing link word is not part of the name: "Democrat of"
    while (/\s(?:of|and|for|the|&)$/i.test(text(doc, m))) {
      const cut = text(doc, m).replace(/\s+\S+$/, '');
      m = { ...m, end: m.start + cut.length };
    }
    const words = text(doc, m).split(/\s+/);
    // "House Democrats", "Senate Republicans": groups of people, not organisations (GUIDELINES)
    if (words.length > 1 && GROUP_WORDS.has(words[words.length - 1]!.toLowerCase()) && /s$/.test(words[words.length - 1]!)) continue;
    let [a, b] = tokenRange(ix.tokens, m);
    // "San Diego" + "County": the kind of place is part of its name
    if ((m.type === 'GPE' || m.type === 'LOC') && /^(?:County|City|Province|Prefecture|District|Borough|Parish)$/.test(ix.words[b] ?? '') && doc.text.slice(m.end, ix.tokens[b]!.start) === ' ') {
      m = { ...m, end: ix.tokens[b]!.end };
      b++;
    }
    // "Fisheries and" + "Ports Committee": a capitalised word and "and" before an organisation name ending in Committee, Resorts...
    if (m.type === 'ORG' && a >= 2 && /^(?:and|&)$/.test(ix.lower[a - 1]!) && ORG_TAILS.has(words[words.length - 1]!.toLowerCase()) && /^\p{Lu}/u.test(ix.words[a - 2]!) && ix.tokens[a - 2]!.kind === 'word' && !covers(out, ix.tokens[a - 2]!.start) && ix.sentenceFirst[m.sentence] !== a - 2 && !GROUP_WORDS.has(ix.lower[a - 2]!)) {
      m = { ...m, start: ix.tokens[a - 2]!.start };
      a -= 2;
    }
    // "the Trump campaign", "the Obama administration": a person's campaign or government is an organisation
    if (m.type === 'PERSON' && /^(?:campaign|administration)$/.test(ix.words[b] ?? '') && doc.text.slice(m.end, ix.tokens[b]!.start) === ' ') {
      m = { ...m, end: ix.tokens[b]!.end, type: 'ORG' };
      b++;
    }
    const title = matchTitleAt(ix, a, b);
    if (title && title.end >= b) continue;
    if (/^acts?$/i.test(words[words.length - 1]!) && words.length > 1) continue;
    if (HOLIDAYS.has(text(doc, m).toLowerCase())) continue;
    // "Skylark 7": a model number right after a name the article does not use alone is a product
    const next = ix.words[b] ?? '';
    if ((m.type === 'PRODUCT' || m.type === 'ORG') && /^\d{1,3}$/.test(next) && (alone.get(text(doc, m)) ?? 0) === 1 && doc.text.slice(m.end, ix.tokens[b]!.start) === ' ' && ix.tokens[b]!.sentence === m.sentence && !/^\p{Lu}/u.test(ix.words[b + 1] ?? '')) {
      m = { ...m, end: ix.tokens[b]!.end, type: 'PRODUCT' };
    }
    if ((m.type === 'GPE' || m.type === 'LOC') && companyIndex().has(text(doc, m)) && !placeIndex().has(text(doc, m))) m = { ...m, type: 'ORG' };
    // "OpenAI CEO Sam Altman": the name before an office and a person is the employer (a person's
    // name only when its first word is no given name: "Harborlight Robotics CEO Dana Okafor")
    if (m.type !== 'ORG' && !placeIndex().has(text(doc, m)) && (m.type !== 'PERSON' || (!givenNames().has(ix.words[a]!) && (b - a > 1 || !surnames.has(ix.words[a]!))))) {
      const title = matchTitleAt(ix, b, ix.sentenceEnd[ix.tokens[a]!.sentence]!);
      if (title && (title.title.kind === 'office' || title.title.kind === 'founder')) {
        const after = firstStartingIn(list, ix.tokens[title.end - 1]!.end, ix.tokens[title.end]?.start ?? -1);
        if (after?.type === 'PERSON') m = { ...m, type: 'ORG' };
      }
    }
    // "the venture, dubbed Lighthouse": what is dubbed or named is not a person, unless it is a given name
    if (m.type === 'PERSON' && b - a === 1 && /^(?:dubbed|called|named|nicknamed|branded)$/i.test(ix.words[a - 1] ?? '') && !givenNames().has(ix.words[a]!)) m = { ...m, type: 'ORG' };
    // "All I know is", "they WILL deliver": a function word opening a sentence or a quotation, or shouted
    if (b - a === 1 && FUNCTION_TAGS.test(doc.pos?.[a] ?? '') && commonWords().has(ix.lower[a]!) && (ix.words[a] === ix.words[a]!.toUpperCase() && ix.words[a]!.length > 2 || sentenceOrQuoteStart(ix, a)) && !capitalisedElsewhere(ix, a)) continue;
    // "AI startup Quillfeather", "The Kestrel Review magazine", "Whitcombe's Harborlight company": a company noun beside a name says what it is
    if (m.type !== 'ORG' && (COMPANY_NOUNS.has(ix.lower[a - 1] ?? '') || MEDIA_NOUNS.has(ix.lower[b] ?? '')) && !placeIndex().has(text(doc, m)) && !(m.type === 'PERSON' && givenNames().has(ix.words[a]!))) m = { ...m, type: 'ORG' };
    // "an analyst with Fairmont": the employer after a job title
    if (m.type === 'PERSON' && b - a === 1 && !givenNames().has(ix.words[a]!) && !surnames.has(ix.words[a]!) && /^(?:at|with|for|of)$/.test(ix.lower[a - 1] ?? '') && a >= 2 && matchTitleAt(ix, a - 2, a - 1)) m = { ...m, type: 'ORG' };
    out.push(m);
  }
  return addFromStructure(doc, ix, out);
}

/** The first mention of `list` (sorted by start) that starts in [from, to], by binary search. */
function firstStartingIn(list: readonly Mention[], from: number, to: number): Mention | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const x = list[lo];
  return x && x.start <= to ? x : undefined;
}

/** Tags of words that are never names: determiners, pronouns, modals, conjunctions, adverbs, verbs. */
const FUNCTION_TAGS = /^(?:DT|PDT|PRP|PRP\$|MD|CC|RB|IN|WDT|WP|VB|VBD|VBZ|VBP|EX|TO)$/;

function covers(list: readonly Mention[], offset: number): boolean {
  return list.some((x) => x.start <= offset && offset < x.end);
}

function sentenceOrQuoteStart(ix: TokenIndex, k: number): boolean {
  const s = ix.tokens[k]!.sentence;
  if (ix.sentenceFirst[s] === k) return true;
  return /^["“‘']$/.test(ix.words[k - 1] ?? '') && (ix.sentenceFirst[s] === k - 1 || /^[,:(]$/.test(ix.words[k - 2] ?? ''));
}

/** Whether the word at `k` is also written capitalised inside a sentence somewhere else. */
function capitalisedElsewhere(ix: TokenIndex, k: number): boolean {
  const w = ix.words[k]!;
  for (let j = 0; j < ix.words.length; j++) {
    if (j === k || ix.words[j] !== w) continue;
    if (!sentenceOrQuoteStart(ix, j)) return true;
  }
  return false;
}

/** Whether an acronym is ever used as a name: a subject before a verb, or a possessor ("CVR said", "CVR's plants"). */
function actsAsName(doc: Doc, ix: TokenIndex, acr: string): boolean {
  for (let k = 0; k < ix.words.length; k++) {
    if (ix.words[k] !== acr) continue;
    const next = ix.words[k + 1] ?? '';
    if (/^['’]s$/.test(next) || /^(?:VB|MD)/.test(doc.pos?.[k + 1] ?? '')) return true;
  }
  return false;
}

/** Words that do not count towards an acronym spelled out in lower case. */
const LINK_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'a', 'an', 'to', 'in', 'on']);

/**
 * Acronyms the text spells out in lower-case words right beside them: "remote-site patient monitoring (or RSPM)",
 * "a CDMO, a contract drug manufacturing organisation". They are short forms of common nouns, not names.
 */
function lowercaseAcronyms(text: string, actsAsName: (acr: string) => boolean): Set<string> {
  const out = new Set<string>();
  // each acronym once, with its first occurrences
  const seen = new Map<string, number[]>();
  for (const m of text.matchAll(/\b([A-Z]{2,6})\b/g)) {
    const at = seen.get(m[1]!) ?? [];
    if (at.length < 3) at.push(m.index!);
    seen.set(m[1]!, at);
  }
  if (!seen.size) return out;
  const spells = (words: readonly string[], acr: string) => {
    for (let i = 0; i + acr.length <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < acr.length && ok; j++) {
        const w = words[i + j]!;
        ok = /^[a-z]/.test(w) && w[0]!.toUpperCase() === acr[j];
      }
      if (ok) return true;
    }
    return false;
  };
  // spelled out beside it: "remote-site patient monitoring (or RSPM)" (hyphenated parts count as words)
  for (const [acr, at] of seen) {
    for (const i of at) {
      const around = text.slice(Math.max(0, i - 80), i + acr.length + 80);
      if (spells(around.split(/[^A-Za-z]+/).filter(Boolean), acr) || spells(around.split(/[^A-Za-z]+|-/).filter(Boolean), acr)) {
        out.add(acr);
        break;
      }
    }
  }
  // spelled out anywhere in the text ("artificial intelligence" ... "AI"), when never used as a name
  const short = [...seen.keys()].filter((a) => a.length <= 4 && !out.has(a));
  if (!short.length) return out;
  // The initial (upper-cased) of each word that starts in lower case and is no link word, '.' for
  // any other word: an acronym is spelled out where it occurs in this string.
  let initials = '';
  for (const w of text.split(/[^A-Za-z'’-]+/)) {
    const c = w.charCodeAt(0);
    initials += c >= 97 && c <= 122 && !LINK_WORDS.has(w) ? String.fromCharCode(c - 32) : '.';
  }
  for (const c of short) if (initials.includes(c) && !actsAsName(c)) out.add(c);
  return out;
}

/** A capitalised run of 1-3 words starting at `k` that no mention covers, or null. */
function nameRun(ix: TokenIndex, k: number, covered: Uint8Array, limit = Infinity, sentenceStart = false): [number, number] | null {
  const s = ix.tokens[k]?.sentence;
  if (s === undefined || (ix.sentenceFirst[s] === k && !sentenceStart)) return null;
  let e = k;
  // "Acting ICE Director": a title's qualifier is not part of a name
  if (TITLE_QUALIFIERS.has(ix.lower[k]!)) return null;
  while (e < ix.tokens.length && e < limit && e - k < 3 && !covered[e] && ix.tokens[e]!.sentence === s && ix.tokens[e]!.kind === 'word' && /^\p{Lu}/u.test(ix.words[e]!) && !GROUP_WORDS.has(ix.lower[e]!) && !isDemonym(ix.words[e]!)) e++;
  if (e === k) return null;
  if (e - k === 1 && commonWords().has(ix.lower[k]!)) return null;
  // "Majority Whip": a title, not a name
  for (let t = k; t < e; t++) if (matchTitleAt(ix, t, e)) return null;
  return [k, e];
}

/**
 * Names the article's structure shows the tagger missed: a capitalised word in a list of names of
 * one type ("Orrin, or Kestrel, or Tidewell"), and one written before a title and a person ("Treasury
 * Secretary Rosalind T. Ashcombe", "Kestrel chief Owen Marchetti"), which is an organisation.
 */
function addFromStructure(doc: Doc, ix: TokenIndex, mentions: Mention[]): Mention[] {
  const covered = new Uint8Array(ix.tokens.length);
  const startAt = new Map<number, Mention>();
  const endAt = new Map<number, Mention>();
  for (const m of mentions) {
    const [a, b] = tokenRange(ix.tokens, m);
    for (let k = a; k < b; k++) covered[k] = 1;
    startAt.set(a, m);
    endAt.set(b, m);
  }
  const added: Mention[] = [];
  const removed = new Set<Mention>();
  const add = (a: number, b: number, type: Mention['type']) => {
    // "Coastal Inns" + "America": a run that runs into a tagged name is one name with it
    const joined = startAt.get(b);
    if (joined && doc.text.slice(ix.tokens[b - 1]!.end, joined.start) === ' ') {
      removed.add(joined);
      b = tokenRange(ix.tokens, joined)[1];
    }
    // "Senate" + "Ports Committee": a run right after a tagged organisation continues its name
    const before = endAt.get(a);
    if (before && before.type === type && doc.text.slice(before.end, ix.tokens[a]!.start) === ' ') {
      removed.add(before);
      a = tokenRange(ix.tokens, before)[0];
    }
    for (let k = a; k < b; k++) covered[k] = 1;
    added.push({ start: ix.tokens[a]!.start, end: ix.tokens[b - 1]!.end, type, sentence: ix.tokens[a]!.sentence, score: 0.5 });
  };
  const isDelim = (k: number) => /^(?:,|and|or|&)$/.test(ix.lower[k] ?? '');
  for (const m of mentions) {
    if (m.type === 'PERSON') continue;
    let [, k] = tokenRange(ix.tokens, m);
    // forwards through the list after a tagged name: "Orrin, or Kestrel, or Tidewell"
    for (let n = 0; n < 6; n++) {
      let j = k;
      while (isDelim(j) && j - k < 3) j++;
      if (j === k) break;
      const next = startAt.get(j);
      if (next) {
        if (next.type !== m.type) break;
        k = tokenRange(ix.tokens, next)[1];
        continue;
      }
      const run = nameRun(ix, j, covered);
      if (!run) break;
      // the run must itself be followed by a list delimiter or end the list ("and Tidewell amassed")
      const after = ix.words[run[1]] ?? '';
      if (!isDelim(run[1]) && !/^[.;:)]$/.test(after) && !/^(?:VB|MD)/.test(doc.pos?.[run[1]] ?? '') && !(ix.lower[j - 1] === 'and' || ix.lower[j - 1] === 'or')) break;
      add(run[0], run[1], m.type);
      k = run[1];
    }
  }
  // "Treasury Secretary Rosalind T. Ashcombe": an organisation before a title before a person
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const [a] = tokenRange(ix.tokens, m);
    let t = a - 1;
    while (t > 0 && TITLE_WORD.test(ix.lower[t]!) && !covered[t]) t--;
    if (t === a - 1) continue;
    let e = t + 1;
    let s = t;
    while (s >= 0 && !covered[s] && ix.tokens[s]!.kind === 'word' && /^\p{Lu}/u.test(ix.words[s]!) && !TITLE_WORD.test(ix.lower[s]!) && ix.tokens[s]!.sentence === m.sentence && e - s <= 3) s--;
    s++;
    if (s >= e) continue;
    // the structure is evidence enough even at a sentence start: "Kestrel chief Owen Marchetti will testify"
    const run = nameRun(ix, s, covered, e, true);
    if (run && run[1] === e && !placeIndex().has(doc.text.slice(ix.tokens[s]!.start, ix.tokens[e - 1]!.end))) add(s, e, 'ORG');
  }
  return added.length ? [...mentions.filter((m) => !removed.has(m)), ...added].sort((x, y) => x.start - y.start) : mentions;
}

/** Office titles that sit between an organisation and a person's name. */
const TITLE_WORD = /^(?:ceo|cfo|coo|cto|chief|chairman|chairwoman|chair|president|secretary|spokesperson|spokesman|spokeswoman|director|founder|co-founder|executive|head|administrator|commissioner|analyst|counsel|editor|publisher|attorney)$/;
