// Shallow grammar over the document view: verb groups, subjects (through appositives and relative
// clauses), objects (through modifiers and coordination), and the extent of a noun phrase. Reads
// part-of-speech tags and entity slots; no parse tree.

import type { DocView, Slot } from './view.js';
import { isPossessiveMark } from './view.js';
import { isCapitalized } from '../token-index.js';

const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'has', 'have', 'had', 'having',
  "'ve", '’ve', "'d", '’d', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does',
  'did', 'not', "n't", 'n’t', 'never', 'also', 'to', 'already', 'still', 'just', 'now', 'then', 'reportedly',
  'allegedly', 'publicly', 'previously', 'recently', 'later', 'once', 'repeatedly', 'routinely', 'quickly',
  'swiftly', 'since', 'first', 'finally', 'again', 'even', 'privately', 'openly', 'formally', 'officially', 'all', 'both',
  'try', 'tries', 'tried', 'trying', 'going', 'plan', 'plans', 'planned', 'want', 'wants', 'wanted', 'seek', 'seeks',
  'sought', 'agree', 'agrees', 'agreed', 'decide', 'decided', 'continue', 'continues', 'continued', 'expect', 'expects',
  'expected', 'hope', 'hopes', 'hoped', 'help', 'helped', 'move', 'moved', 'vow', 'vowed', 'threaten', 'threatened',
  'begin', 'began', 'begun', 'start', 'started', 'set', 'get', 'got', 'and',
]);

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'while', 'when', 'because', 'although', 'after', 'before', 'if', 'as', 'since', 'though', 'whether', 'until', 'unless', 'and', 'but']);

const tagOf = (view: DocView, k: number) => view.pos[k] ?? '';

export function isFiniteVerb(view: DocView, k: number): boolean {
  const t = tagOf(view, k);
  return t === 'VBD' || t === 'VBZ' || t === 'VBP' || t === 'MD';
}

export function isVerb(view: DocView, k: number): boolean {
  const t = tagOf(view, k);
  return t.startsWith('VB') || t === 'MD';
}

/** First token of the verb group ending at `v`: auxiliaries, modals, adverbs, "try to", "go on to". */
export function verbGroupStart(view: DocView, v: number, sentence: number): number {
  const first = view.ix.sentenceFirst[sentence]!;
  let j = v;
  while (j - 1 >= first && view.slotAt[j - 1] === -1 && (AUXILIARIES.has(view.ix.lower[j - 1]!) || /^RB/.test(tagOf(view, j - 1)))) {
    // "and" only inside "try and"
    if (view.ix.lower[j - 1] === 'and' && !/^tr(?:y|ies|ied)$/.test(view.ix.lower[j - 2] ?? '')) break;
    j--;
    if (view.ix.lower[j] === 'to' && view.ix.lower[j - 1] === 'on' && /^(?:go|goes|went|gone|going)$/.test(view.ix.lower[j - 2] ?? '')) j -= 2;
  }
  return j;
}

/** The slot that ends exactly at token `k` (inclusive), or null. */
export function slotEndingAt(view: DocView, k: number): Slot | null {
  const si = view.slotAt[k] ?? -1;
  if (si < 0) return null;
  const s = view.slots[si]!;
  return s.end - 1 === k ? s : null;
}

/** The slot that starts exactly at token `k`, or null. */
export function slotStartingAt(view: DocView, k: number): Slot | null {
  const si = view.slotAt[k] ?? -1;
  if (si < 0) return null;
  const s = view.slots[si]!;
  return s.first === k ? s : null;
}

/** Skips lower-case modifiers (determiners, adjectives, common nouns) leftwards from `k`; returns the new index. */
function skipModifiersLeft(view: DocView, k: number, first: number, max: number): number {
  let n = 0;
  while (k >= first && n < max && view.slotAt[k] === -1) {
    const t = tagOf(view, k);
    const w = view.ix.words[k]!;
    if (/^(?:DT|JJ|NN|CD|VBN|VBG|PRP\$)/.test(t) && !isCapitalized(w) && w !== ',') {
      k--;
      n++;
      continue;
    }
    break;
  }
  return k;
}

const orgLike = (t: string) => t === 'ORG' || t === 'PRODUCT';

/** Slots coordinated before `slot` ("Oracle and OpenAI", "Orrin and biotech company Quillfeather"), in text order. */
export function coordinatedLeft(view: DocView, slot: Slot, sentence: number): Slot[] {
  const out: Slot[] = [slot];
  const first = view.ix.sentenceFirst[sentence]!;
  let k = slot.first - 1;
  for (;;) {
    k = skipModifiersLeft(view, k, first, 4);
    if (k < first) break;
    const w = view.ix.lower[k]!;
    if (w !== 'and' && w !== 'or' && w !== ',') break;
    let j = k - 1;
    if (w === 'and' && view.ix.words[j] === ',') j--;
    const prev = slotEndingAt(view, j);
    if (!prev || prev.possessive || (prev.type !== slot.type && !(orgLike(prev.type) && orgLike(slot.type)))) break;
    out.unshift(prev);
    k = prev.first - 1;
  }
  return out;
}

/**
 * The comma that opens an interrupting phrase ending at the comma `j` ("Musk, who's leading ...,",
 * "Altman, the OpenAI CEO,"), when a name stands before it; -1 otherwise.
 */
function openingComma(view: DocView, j: number, sentence: number): number {
  const first = view.ix.sentenceFirst[sentence]!;
  for (let k = j - 1; k > first; k--) {
    if (view.ix.words[k] !== ',') continue;
    const opener = view.ix.lower[k + 1] ?? '';
    const before = slotEndingAt(view, k - 1);
    if (!before || before.possessive) return -1;
    if (RELATIVE_PRONOUNS.has(opener) && opener !== 'that') return k;
    // An appositive has no finite verb of its own.
    for (let m = k + 1; m < j; m++) if (isFiniteVerb(view, m) && !AUXILIARIES.has(view.ix.lower[m]!)) return -1;
    return k;
  }
  return -1;
}

/** The name a relative pronoun at `k` ("who", "which") refers to, across an appositive; "who" prefers a person. */
export function antecedentOf(view: DocView, k: number, sentence: number): Slot | null {
  const first = view.ix.sentenceFirst[sentence]!;
  const personal = view.ix.lower[k] !== 'which' && view.ix.lower[k] !== 'that';
  const direct = slotEndingAt(view, k - 1) ?? (view.ix.words[k - 1] === ',' ? slotEndingAt(view, k - 2) : null);
  let usable = direct && !direct.possessive ? direct : null;
  // "Rep. Lena Corwick of Ohio, who ...": the place only qualifies the person.
  if (usable && usable.type !== 'PERSON' && view.ix.lower[usable.first - 1] === 'of') {
    const person = slotEndingAt(view, usable.first - 2);
    if (person && person.type === 'PERSON') usable = person;
  }
  if (usable && (!personal || usable.type === 'PERSON' || usable.kind !== 'name')) return usable;
  for (let j = k - 1; j >= first; j--) {
    if (isFiniteVerb(view, j)) return usable;
    const s = slotEndingAt(view, j);
    if (s && !s.possessive && view.ix.words[j + 1] === ',' && (!personal || s.type === 'PERSON')) return s;
  }
  return usable;
}

/**
 * The subject of the clause that contains token `k`, for infinitives and participles without a
 * subject of their own ("Corvid announced a deal to buy ...").
 */
export function clauseSubject(view: DocView, k: number, sentence: number): Slot[] {
  const first = view.ix.sentenceFirst[sentence]!;
  for (let j = k - 1; j >= first; j--) {
    if (!isFiniteVerb(view, j)) continue;
    const subj = subjectBefore(view, j, sentence);
    if (subj.length) return subj;
  }
  return [];
}

/**
 * Subject slots of the verb at `v`: the name right before its verb group, across an appositive or
 * a relative clause, or the antecedent of a relative pronoun; coordinated names included.
 */
export function subjectBefore(view: DocView, v: number, sentence: number): Slot[] {
  const first = view.ix.sentenceFirst[sentence]!;
  let j = verbGroupStart(view, v, sentence) - 1;
  j = skipAdverbialsLeft(view, j, first);
  if (j < first) return [];
  const w = view.ix.lower[j]!;
  if (RELATIVE_PRONOUNS.has(w)) {
    const a = antecedentOf(view, j, sentence);
    return a ? [a] : [];
  }
  if (w === ',') {
    const open = openingComma(view, j, sentence);
    if (open < 0) {
      // "Pinecrest's former chief executive, Gordon Hale, told ...": the name between the commas
      const named = slotEndingAt(view, j - 1);
      if (named && !named.possessive && view.ix.words[named.first - 1] === ',') return [named];
      return [];
    }
    j = open - 1;
  }
  // "Harborlight, Orrin, Tidewell, and other companies have ..."
  if (/^NNS/.test(tagOf(view, j)) && view.ix.lower[j - 1] === 'other' && /^(?:and|or)$/.test(view.ix.lower[j - 2] ?? '')) {
    j -= 3;
    if (view.ix.words[j] === ',') j--;
  }
  let slot = slotEndingAt(view, j);
  if (!slot || slot.possessive) return [];
  // "state regulators in Boston announced": a name inside a phrase's preposition is not the subject
  {
    let q = slot.first - 1;
    if (view.ix.lower[q] === 'the') q--;
    if (/^(?:in|from|for|near|across|outside|inside)$/.test(view.ix.lower[q] ?? '') && !slotEndingAt(view, q - 1)) return [];
  }
  // "Rep. Lena Corwick of Vermont will ...", "Idris Halloway at the Kestrel Ledger has reported": the
  // place or organisation only qualifies the person.
  if (slot.type !== 'PERSON') {
    let q = slot.first - 1;
    if (view.ix.lower[q] === 'the') q--;
    if (/^(?:of|at|from|with)$/.test(view.ix.lower[q] ?? '')) {
      const person = slotEndingAt(view, q - 1);
      if (person && person.type === 'PERSON' && !person.possessive) slot = person;
    }
  }
  return coordinatedLeft(view, slot, sentence);
}

const TIME_NOUNS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|morning|evening|night|afternoon|weekend)$/;

/** Skips a temporal or place adverbial written between a subject and its verb ("Fenwick ... in court on Wednesday said"). */
function skipAdverbialsLeft(view: DocView, j: number, first: number): number {
  for (let n = 0; n < 3 && j >= first; n++) {
    const vi = view.valueAt[j] ?? -1;
    if (vi >= 0 && view.values[vi]!.value.type === 'DATE') {
      j = view.values[vi]!.first - 1;
      if (/^(?:on|in|at|last|this|since)$/.test(view.ix.lower[j] ?? '')) j--;
      continue;
    }
    if (TIME_NOUNS.test(view.ix.lower[j]!) && view.slotAt[j] === -1) {
      j--;
      if (/^(?:last|this|next|on|that)$/.test(view.ix.lower[j] ?? '')) j--;
      continue;
    }
    // "in court", "at a rally"
    if (/^NN$/.test(tagOf(view, j)) && view.slotAt[j] === -1 && /^(?:in|at)$/.test(view.ix.lower[j - 1] ?? '') && view.ix.words[j - 2] !== undefined) {
      j -= 2;
      continue;
    }
    break;
  }
  return j;
}

/** The subject of the sentence's main clause: its first subject slot before token `before`. */
export function mainSubject(view: DocView, sentence: number, before: number): Slot[] {
  const first = view.ix.sentenceFirst[sentence]!;
  for (let k = first; k < before; k++) {
    const si = view.slotAt[k]!;
    if (si < 0) continue;
    const sl = view.slots[si]!;
    if (sl.first === k && isSubjectSlot(view, sl.first, sl.end, sentence)) return coordinatedLeft(view, sl, sentence);
    k = sl.end - 1;
  }
  return [];
}

/**
 * From the token after a name, skips what stands between it and its verb: a parenthesis ("(MRLW)")
 * and an appositive or relative clause between commas ("Marlow Drinks, the maker of Duneview
 * lager, Polar Fox vodka and Agave Alta tequila, announced").
 */
export function skipParentheticals(view: DocView, k: number, sentence: number): number {
  const { ix, pos } = view;
  const stop = ix.sentenceEnd[sentence]!;
  if (ix.words[k] === '(') {
    let d = k + 1;
    while (d < stop && ix.words[d] !== ')' && d - k < 8) d++;
    if (ix.words[d] === ')') k = d + 1;
  }
  if (ix.words[k] === ',') {
    const relative = RELATIVE_PRONOUNS.has(ix.lower[k + 1] ?? '');
    for (let d = k + 1; d < stop && d - k < 25; d++) {
      if (ix.words[d] === ',' && /^(?:VBD|VBZ|VBP|MD)$/.test(pos[d + 1] ?? '')) return d + 1;
      if (/^(?:VBD|VBZ|VBP|MD)$/.test(pos[d] ?? '') && !relative) return k;
    }
  }
  return k;
}

/** True when a slot opens its clause or a verb follows it (past a parenthetical), and no preposition governs it. */
export function isSubjectSlot(view: DocView, first: number, end: number, sentence: number): boolean {
  const { ix, pos } = view;
  const sFirst = ix.sentenceFirst[sentence]!;
  const stop = ix.sentenceEnd[sentence]!;
  let k = first - 1;
  while (k >= sFirst && ix.tokens[k]!.kind === 'punct' && /^["“‘'(]$/.test(ix.words[k]!)) k--;
  if (isPossessiveMark(ix.words[end] ?? '')) return false;
  if (k < sFirst || CLAUSE_OPENERS.has(ix.lower[k]!)) return true;
  // the speaker of an inverted attribution: "..., said Harriet Quill"
  if (/^(?:said|says|added|told|wrote|explained|noted|continued|asked|argued|replied)$/.test(ix.lower[k]!) && k > sFirst && /^[,"”'’]$/.test(ix.words[k - 1]!)) return true;
  if (pos[k] === 'IN' || pos[k] === 'TO') return false;
  if (isPossessiveMark(ix.words[k]!)) return false;
  let j = skipParentheticals(view, end, sentence);
  while (j < stop && /^RB/.test(pos[j] ?? '')) j++;
  return /^(?:VB|MD)/.test(pos[j] ?? '') && pos[j] !== 'VBG';
}

export interface ObjectOptions {
  /** Accept a name that only qualifies the object ("the Ashcombe inquiry", "Tarrant's tenure"). */
  modifier?: boolean;
  /** Modifier tokens allowed before the name. */
  maxSkip?: number;
}

/** Object slots from token `k`: after determiners and modifiers, with coordinated names. */
export function objectsAfter(view: DocView, k: number, sentence: number, opts: ObjectOptions = {}): Slot[] {
  const end = view.ix.sentenceEnd[sentence]!;
  const maxSkip = opts.maxSkip ?? 4;
  let j = k;
  let skipped = 0;
  let commas = 0;
  while (j < end && view.slotAt[j] === -1) {
    const t = tagOf(view, j);
    const w = view.ix.words[j]!;
    if (skipped < maxSkip && (/^(?:DT|JJ|NN|CD|VBN|VBG|PRP\$|\$|HYPH)/.test(t) || w === '-' || (isCapitalized(w) && view.ix.tokens[j]!.kind === 'word' && view.roleAt[j] !== -1))) {
      j++;
      skipped++;
      continue;
    }
    // "a fellow senator, Republican Mildred Tarrant"
    if (w === ',' && commas === 0 && skipped > 0 && skipped < maxSkip) {
      commas++;
      j++;
      continue;
    }
    if (skipped < maxSkip && isCapitalized(w) && /^(?:NNP|JJ)/.test(t)) {
      j++;
      skipped++;
      continue;
    }
    return [];
  }
  if (j >= end) return [];
  let first = headName(view, view.slots[view.slotAt[j]!]!, sentence);
  if (first.possessive && !opts.modifier) return [];
  if (!first.possessive && opts.modifier === undefined) {
    // a name followed by a lower-case noun only qualifies that noun ("the Ashcombe inquiry");
    // the head may still be a name further on ("AI startup Quillfeather")
    const nt = tagOf(view, first.end);
    if (/^NN/.test(nt) && !isCapitalized(view.ix.words[first.end] ?? '')) {
      let q = first.end;
      while (q < end && q - first.end < 3 && view.slotAt[q] === -1 && /^NNS?$/.test(tagOf(view, q)) && !isCapitalized(view.ix.words[q]!)) q++;
      const next = view.slotAt[q] ?? -1;
      if (next < 0 || view.slots[next]!.first !== q) return [];
      first = headName(view, view.slots[next]!, sentence);
      if (first.possessive || (/^NN/.test(tagOf(view, first.end)) && !isCapitalized(view.ix.words[first.end] ?? ''))) return [];
    }
  }
  const out = [first];
  let cur = first;
  const family = (t: string) => (t === 'PERSON' ? 'P' : orgLike(t) ? 'O' : 'G');
  for (;;) {
    let m = cur.end;
    const w = view.ix.lower[m] ?? '';
    let conj = true;
    if (w === ',' && (view.ix.lower[m + 1] === 'and' || view.ix.lower[m + 1] === 'or')) m += 2;
    else if (w === 'and' || w === 'or') m += 1;
    else if (w === 'as' && view.ix.lower[m + 1] === 'well' && view.ix.lower[m + 2] === 'as') m += 3;
    else if (w === ',') {
      m += 1;
      conj = false;
    } else break;
    // After "and" a few modifiers may come first ("and biotech company Quillfeather"); after a bare comma, none.
    let n = 0;
    while (conj && m < end && view.slotAt[m] === -1 && n < 3 && /^(?:DT|JJ|NN|CD)/.test(tagOf(view, m)) && !isCapitalized(view.ix.words[m]!)) {
      m++;
      n++;
    }
    const si = view.slotAt[m] ?? -1;
    if (si < 0) break;
    const next = view.slots[si]!;
    if (next.first !== m || family(next.type) !== family(first.type)) break;
    // "Dana Whitcombe, a longtime Tidewell investor": a name that only qualifies a noun is not a conjunct.
    if (/^NN/.test(tagOf(view, next.end)) && !isCapitalized(view.ix.words[next.end] ?? '')) break;
    if (!conj) {
      // A bare comma continues a list only if the list goes on: "A, B and C", "A, B, C".
      const after = view.ix.lower[next.end] ?? '';
      if (after !== ',' && after !== 'and' && after !== 'or') break;
    }
    out.push(next);
    cur = next;
  }
  return out;
}

/**
 * The name a phrase is about when an organisation or place only qualifies it: "OpenAI CEO Sam
 * Altman", "Corvid Resources Inc.'s CVRD, +1.17% Marta Okonjo", "Chile's President Tomas Irarrazaval".
 */
export function headName(view: DocView, slot: Slot, sentence: number): Slot {
  if (slot.type === 'PERSON') return slot;
  const end = view.ix.sentenceEnd[sentence]!;
  let k = slot.end;
  let titled = slot.possessive;
  for (let n = 0; k < end && n < 10; n++) {
    const si = view.slotAt[k]!;
    if (si >= 0) {
      const next = view.slots[si]!;
      if (next.entity === slot.entity) {
        k = next.end;
        continue;
      }
      return next.type === 'PERSON' && titled ? next : slot;
    }
    const w = view.ix.words[k]!;
    if (view.roleAt[k] !== -1) {
      titled = true;
      k = view.roles[view.roleAt[k]!]!.end;
      continue;
    }
    if (isPossessiveMark(w) || ((w === '‘' || w === '’' || w === "'") && view.ix.lower[k + 1] === 's')) {
      titled = true;
      k += isPossessiveMark(w) ? 1 : 2;
      continue;
    }
    // stock tickers and quotes: "CVRD, +4.12%"
    if (isTickerNoise(w)) {
      k++;
      continue;
    }
    return slot;
  }
  return slot;
}

/** Stock ticker debris in scraped news: "CVRD", "+4.12", "%", ",". */
export function isTickerNoise(w: string): boolean {
  return /^[A-Z]{1,5}$/.test(w) || /^[+\-−]?[\d.,]+%?$/.test(w) || w === '%' || w === '+' || w === ',' || w === '-' || w === '−';
}

/**
 * The start of the noun phrase whose head is at `head`: determiners, adjectives, nouns, names,
 * possessives and titles before it ("Tidewell's biggest outside", "the newest Orrin").
 */
export function nounPhraseStart(view: DocView, head: number, sentence: number): number {
  const first = view.ix.sentenceFirst[sentence]!;
  let k = head - 1;
  while (k >= first) {
    const w = view.ix.words[k]!;
    const t = tagOf(view, k);
    if (view.slotAt[k] !== -1) {
      k = view.slots[view.slotAt[k]!]!.first - 1;
      continue;
    }
    if (view.roleAt[k] !== -1) {
      k = view.roles[view.roleAt[k]!]!.first - 1;
      continue;
    }
    if (isPossessiveMark(w) || /^(?:DT|JJ|NN|CD|PRP\$|VBN|VBG|HYPH|POS)/.test(t) || w === '-' || w === 'former') {
      if (t === 'VBG' && view.ix.lower[k - 1] !== undefined && /^(?:is|are|was|were|be|been)$/.test(view.ix.lower[k - 1]!)) break;
      k--;
      continue;
    }
    break;
  }
  return k + 1;
}
