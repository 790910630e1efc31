// Quotes and claims (SPEC section 4): direct quotes in any quotation-mark style and reported speech
// with an explicit cue, each attributed to a speaker (an entity, possibly through a resolved pronoun
// or description, or an anonymous source), with the speaker mention, cue, medium, date, the entities
// it is about, and its stance towards earlier statements and relations.
//
// A quotation is attributed to the cue after it ("“...,” Musk said") or before it in the same
// sentence ("Trump wrote on Twitter: “...”", "writing ... that “...”"); fragments attributed to one
// cue in one sentence are one quote. A quotation with no cue of its own continues the speaker of
// the quote just before it in the paragraph; a short one with no cue is a scare quote or a title
// and is dropped. Reported speech is the clause a cue introduces ("said that ...", "according to
// ..."), or the clause a parenthetical cue follows ("..., a source said."). Embedded posts
// ("... — Name (@handle) July 12, 2019") are quotes of their author.

import type { Doc, Quote, Span, Stance } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { need } from '../pipeline.js';
import {
  CHARACTERIZING_VERBS, DENIAL_VERBS, DISPUTE_WORDS, MEDIUM_NOUNS, NO_MONEY_PATTERNS, PLATFORM_PREPOSITIONS, REPLY_VERBS,
  SOURCE_NOUNS, SPEECH_VERBS, SPOKES_NOUNS, THAT_ONLY_VERBS,
} from '../data/speech-cues.js';
import { formIndex } from '../data/verb-forms.js';
import { buildView, isPossessiveMark, type DocView, type Slot } from '../extract/view.js';
import { findQuotations, type Quotation } from '../extract/quotations.js';
import { clauseSubject, isFiniteVerb, mainSubject, objectsAfter, subjectBefore, verbGroupStart } from '../extract/grammar.js';
import { tokenAtOrAfter } from '../token-index.js';

const SPEECH_FORMS = formIndex(SPEECH_VERBS);
const CHARACTERIZING_FORMS = formIndex(CHARACTERIZING_VERBS);
/** Medium phrases by first word, longest first. */
const MEDIUM_BY_FIRST: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const key of [...MEDIUM_NOUNS].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
    const first = key.split(' ')[0]!;
    (m.get(first) ?? m.set(first, []).get(first)!).push(key);
  }
  return m;
})();
const DISPUTE_RES: readonly RegExp[] = DISPUTE_WORDS.map((w) => new RegExp(`\\b${w}\\b`, 'i'));

/** Speech forms that are verbs whatever the tagger says. */
const ALWAYS_VERBS = /^(?:said|says|told|tweeted|wrote|added|argued|claimed|denied|announced|acknowledged|admitted|explained|insisted|warned|predicted|noted|stated|recounted|contended|asserted|declared|alleged|continued|replied|responded|countered|according)$/;

interface Cue {
  /** First token of the cue and one past it. */
  first: number;
  end: number;
  lemma: string;
  kind: 'speech' | 'characterize' | 'according';
  sentence: number;
}

interface Speaker {
  entity: string | null;
  mention: Span | null;
  anonymous: Span | null;
  /** An unresolved pronoun ("they") that may take the previous speaker. */
  unresolved: boolean;
}

interface Draft {
  cue: Cue | null;
  speaker: Speaker;
  parts: Span[];
  direct: boolean;
  sentence: number;
  /** Token range of the content, for medium and date search outside it. */
  start: number;
}

function cueAt(view: DocView, k: number, s: number): Cue | null {
  const { ix, pos } = view;
  const w = ix.lower[k]!;
  if (w === 'according' && ix.lower[k + 1] === 'to') return { first: k, end: k + 2, lemma: 'according to', kind: 'according', sentence: s };
  const speech = SPEECH_FORMS.get(w);
  const characterizing = CHARACTERIZING_FORMS.get(w);
  // Most words are no cue: nothing below is worth working out for them.
  if (!speech && !characterizing) return null;
  const tag = pos[k] ?? '';
  // "CNBC reports.", "Harborlight estimates it ...": a speech form after a name and before punctuation or a clause is a verb
  const afterName = view.slotAt[k - 1] !== -1 || /^(?:PRP|NNS?)$/.test(pos[k - 1] ?? '');
  const verbish = tag.startsWith('VB') || ALWAYS_VERBS.test(w) || (afterName && /^(?:[.,:]|that|PRP|DT|NNP)$/.test(/^[.,:]$/.test(ix.words[k + 1] ?? '') ? ix.words[k + 1]! : ix.lower[k + 1] === 'that' ? 'that' : pos[k + 1] ?? ''));
  for (const lemma of speech ?? []) {
    const rest = lemma.split(' ').slice(1);
    if (!verbish && !rest.length) continue;
    if (rest.every((r, i) => ix.lower[k + 1 + i] === r)) return { first: k, end: k + 1 + rest.length, lemma, kind: 'speech', sentence: s };
  }
  if (!verbish) return null;
  for (const lemma of characterizing ?? []) return { first: k, end: k + 1, lemma, kind: 'characterize', sentence: s };
  return null;
}

const isQuoteMark = (w: string) => /^["“”«»‘’']$/.test(w);

/** The noun phrase that ends right before token `k`, for unnamed sources: its first token and head. */
function phraseBefore(view: DocView, k: number, s: number): { first: number; head: number } | null {
  const { ix, pos } = view;
  const first = ix.sentenceFirst[s]!;
  let j = k - 1;
  let start = -1;
  // Walk left over "NP (PREP NP)*": "a person familiar with the matter", "Analysts at Fairmont".
  while (j >= first) {
    const t = pos[j] ?? '';
    const w = ix.words[j]!;
    if (view.slotAt[j] !== -1 || /^(?:DT|JJ|NN|CD|PRP\$|VBN|POS|HYPH)/.test(t) || isPossessiveMark(w) || w === '-') {
      start = j;
      j--;
      continue;
    }
    if (/^(?:IN|TO)$/.test(t) && start >= 0 && !/^(?:that|because|if|while|as|after|before|since|although|than)$/.test(ix.lower[j]!)) {
      start = j;
      j--;
      continue;
    }
    break;
  }
  while (start >= 0 && start < k && /^(?:IN|TO)$/.test(pos[start] ?? '')) start++;
  if (start < 0 || start >= k) return null;
  // The head: the last noun before the phrase's first preposition.
  let head = -1;
  let sourceHead = -1;
  for (let m = start; m < k; m++) {
    if (/^(?:IN|TO)$/.test(pos[m] ?? '') && head >= 0) break;
    if (/^NNS?$/.test(pos[m] ?? '') && view.slotAt[m] === -1) {
      head = m;
      if (SOURCE_NOUNS.has(ix.lower[m]!)) sourceHead = m;
    }
  }
  if (sourceHead >= 0) head = sourceHead;
  return head >= 0 ? { first: start, head } : null;
}

function spanOf(view: DocView, first: number, end: number): Span {
  return { start: view.ix.tokens[first]!.start, end: view.ix.tokens[end - 1]!.end };
}

/** A speaker from a noun phrase [first, end) with a common noun as its head ("a person familiar with the matter"). */
function phraseSpeaker(view: DocView, first: number, end: number, head: number): Speaker | null {
  const h = view.ix.lower[head]!;
  if (!SOURCE_NOUNS.has(h)) return null;
  // "Analysts at Fairmont", "Senator Tarrant's office", "a Harborlight Bio spokesperson": the owner speaks, a possessive first.
  if (SPOKES_NOUNS.has(h)) {
    let org: Slot | null = null;
    for (let m = first; m < end; m++) {
      const si = view.slotAt[m]!;
      if (si < 0) continue;
      const sl = view.slots[si]!;
      if (sl.possessive && m < head) return { entity: sl.entity, mention: spanOf(view, first, end), anonymous: null, unresolved: false };
      // before the head ("a Harborlight Bio spokesperson") or after "at", "of", "from", "by", "for" — not
      // "a filing with the SEC", "a letter to Congress"
      let p = sl.first - 1;
      if (view.ix.lower[p] === 'the') p--;
      // a modifier speaks for one spokesperson ("an FBI spokesperson"), not for a group ("Committee officials")
      const plural = /^NNS/.test(view.pos[head] ?? '') || /s$/.test(h) && !/ss$/.test(h);
      const ok = (m < head && !plural) || /^(?:at|of|from|by|for)$/.test(view.ix.lower[p] ?? '');
      if (!org && ok && (sl.type === 'ORG' || sl.type === 'GPE')) org = sl;
      m = sl.end - 1;
    }
    if (org) return { entity: org.entity, mention: spanOf(view, first, end), anonymous: null, unresolved: false };
    // "a spokesperson told ...": the one organisation the passage is about
    if (SPOKESPERSONS.has(h)) {
      const about = recentOrganisation(view, first);
      if (about) return { entity: about, mention: spanOf(view, first, end), anonymous: null, unresolved: false };
    }
  }
  return { entity: null, mention: spanOf(view, first, end), anonymous: spanOf(view, first, end), unresolved: false };
}

const SPOKESPERSONS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative']);

/** The organisation named most recently before token `k` in its sentence or the one before, if only one is. */
function recentOrganisation(view: DocView, k: number): string | null {
  const s = view.ix.tokens[k]!.sentence;
  const from = view.ix.sentenceFirst[Math.max(0, s - 1)]!;
  const seen = new Set<string>();
  for (const sl of view.slots) if (sl.first >= from && sl.first < k && sl.type === 'ORG') seen.add(sl.entity);
  return seen.size === 1 ? [...seen][0]! : null;
}

function slotSpeaker(view: DocView, sl: Slot): Speaker {
  return { entity: sl.entity, mention: spanOf(view, sl.first, sl.end), anonymous: null, unresolved: false };
}

const UNRESOLVED_PRONOUNS = /^(?:he|she|they|we|i|it)$/;

/** The phrase right after a cue ("said a senior party official", "according to estimates from X"): [first, end) and head. */
function phraseAfter(view: DocView, from: number, s: number): { end: number; head: number } | null {
  const { ix, pos } = view;
  const stop = ix.sentenceEnd[s]!;
  let k = from;
  let head = -1;
  let sourceHead = -1;
  while (k < stop && (view.slotAt[k] !== -1 || /^(?:DT|JJ|NN|CD|PRP\$|VBN|POS)/.test(pos[k] ?? '')) && !isQuoteMark(ix.words[k]!) && ix.words[k] !== ',') {
    if (/^NNS?$/.test(pos[k] ?? '') && view.slotAt[k] === -1) {
      head = k;
      if (SOURCE_NOUNS.has(ix.lower[k]!)) sourceHead = k;
    }
    k++;
  }
  if (sourceHead >= 0) head = sourceHead;
  if (head < 0) return null;
  // its tail: "with knowledge of the matter", "from the Fairmont Policy Group", "by PollTracker"
  let e = k;
  while (e < stop && (/^(?:IN|JJ|DT|NN|PRP\$|CD)/.test(pos[e] ?? '') || view.slotAt[e] !== -1) && ix.words[e] !== ',' && !isQuoteMark(ix.words[e]!) && !(/^(?:who|which|that)$/.test(ix.lower[e]!))) {
    if (view.valueAt[e] !== -1) break;
    e++;
  }
  return { end: e, head };
}

/** A verb's subject when it has none of its own: "and said", "responded by saying", ", writing ...". */
function impliedSubject(view: DocView, cue: Cue): Slot[] {
  const { ix, pos } = view;
  const s = cue.sentence;
  const g = verbGroupStart(view, cue.first, s);
  const before = ix.lower[g - 1] ?? '';
  if (/^(?:and|but|or)$/.test(before) || /^(?:by|after|before|while|in)$/.test(before) || pos[cue.first] === 'VBG' || before === ',') {
    const c = clauseSubject(view, g - 1, s);
    if (c.length) return c;
    return mainSubject(view, s, cue.first);
  }
  return [];
}

/** Speaker of a cue: its subject (before it), or the phrase after it ("said Rufus Calloway", "according to X"). */
function speakerOf(view: DocView, cue: Cue, inverted: boolean): Speaker | null {
  const { ix } = view;
  const s = cue.sentence;
  if (cue.kind === 'according' || inverted) {
    const objs = objectsAfter(view, cue.end, s, { maxSkip: 4, modifier: true });
    if (objs.length && !objs[0]!.possessive) return slotSpeaker(view, objs[0]!);
    const ph = phraseAfter(view, cue.end, s);
    if (ph) {
      const sp = phraseSpeaker(view, cue.end, ph.end, ph.head);
      if (sp) return sp;
    }
    if (objs.length) return slotSpeaker(view, objs[0]!);
    return null;
  }
  const subj = subjectBefore(view, cue.first, s);
  if (subj.length) return slotSpeaker(view, subj[0]!);
  const g = verbGroupStart(view, cue.first, s);
  const before = ix.lower[g - 1] ?? '';
  if (UNRESOLVED_PRONOUNS.test(before)) return { entity: null, mention: spanOf(view, g - 1, g), anonymous: null, unresolved: true };
  const ph = phraseBefore(view, g, s);
  if (ph) {
    const sp = phraseSpeaker(view, ph.first, g, ph.head);
    if (sp) return sp;
    // "The Wisconsin Republican says": someone the article named before; the previous speaker, if any
    if (/^(?:the|this|that)$/.test(ix.lower[ph.first]!)) return { entity: null, mention: spanOf(view, ph.first, g), anonymous: null, unresolved: true };
    return null;
  }
  const implied = impliedSubject(view, cue);
  if (implied.length) return slotSpeaker(view, implied[0]!);
  return null;
}

/** Subject-side start of a cue's speaker phrase, for parentheticals: the name, its titles, or the source phrase. */
function speakerStart(view: DocView, cue: Cue): number {
  const { ix } = view;
  const s = cue.sentence;
  const g = verbGroupStart(view, cue.first, s);
  const subj = subjectBefore(view, cue.first, s);
  let k = g;
  if (subj.length) k = subj[0]!.first;
  else {
    const ph = phraseBefore(view, g, s);
    if (ph) k = ph.first;
    else if (UNRESOLVED_PRONOUNS.test(ix.lower[g - 1] ?? '')) k = g - 1;
  }
  // titles and honorifics written before the name: "Mrs. Corwick", "Skylark spokesperson Harriet Quill"
  while (k > ix.sentenceFirst[s]! && (view.roleAt[k - 1] !== -1 || /^(?:mr|mrs|ms|dr|sen|rep|gov)\.?$/.test(ix.lower[k - 1]!) || (view.slotAt[k - 1] !== -1 && view.roleAt[k] !== -1))) k--;
  return k;
}

/** Where a statement was made: "in a post on X", "in an interview on CNBC", "writing on X". */
function mediumIn(view: DocView, s: number, from: number, to: number): Span | null {
  const { ix } = view;
  for (let k = from; k < to; k++) {
    for (const key of MEDIUM_BY_FIRST.get(ix.lower[k]!) ?? []) {
      const parts = key.split(' ');
      if (!parts.every((p, i) => ix.lower[k + i] === p)) continue;
      const prev = ix.lower[k - 1] ?? '';
      const prev2 = ix.lower[k - 2] ?? '';
      if (!/^(?:a|an|the|his|her|its|their|in|joint|written)$/.test(prev) && !/^(?:in|during)$/.test(prev2)) continue;
      let end = k + parts.length;
      // "post on X", "interview on CNBC", "interview with Reuters", "statement to the Kestrel Ledger"
      if (/^(?:on|with|to)$/.test(ix.lower[end] ?? '')) {
        const o = objectsAfter(view, end + 1, s, { maxSkip: 1, modifier: true })[0];
        if (o) end = o.end;
        else {
          // "a post on X": a platform the tagger did not mark
          let q = end + 1;
          while (q < ix.sentenceEnd[s]! && q - end <= 3 && ix.tokens[q]!.kind === 'word' && /^\p{Lu}/u.test(ix.words[q]!)) q++;
          if (q > end + 1) end = q;
        }
      }
      return spanOf(view, k, end);
    }
    // "writing on X", "said on Twitter": a platform name right before the statement
    if (PLATFORM_PREPOSITIONS.has(ix.lower[k]!)) {
      const si = view.slotAt[k + 1] ?? -1;
      const sl = si >= 0 && view.slots[si]!.first === k + 1 ? view.slots[si]! : null;
      const untagged = ix.tokens[k + 1]?.kind === 'word' && /^\p{Lu}/u.test(ix.words[k + 1]!) && ix.words[k + 1]!.length <= 12 && view.valueAt[k + 1] === -1 && !TIME_WORDS.has(ix.lower[k + 1]!) && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(ix.lower[k + 1]!);
      const end = sl ? (sl.type === 'ORG' || sl.type === 'PRODUCT' ? sl.end : -1) : untagged ? k + 2 : -1;
      if (end > 0 && (ix.words[end] === ',' || ix.lower[end] === 'that' || isQuoteMark(ix.words[end] ?? '') || ix.words[end] === ':' || ix.words[end] === '.')) return spanOf(view, k + 1, end);
    }
  }
  return null;
}

const TIME_WORDS: ReadonlySet<string> = new Set([
  'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'earlier', 'later',
]);

/** After a cue: its addressee ("told reporters"), adverbials ("in a statement", "on Friday"), then "that", ":" or ",". */
function complementStart(view: DocView, cue: Cue): { k: number; sawThat: boolean; colon: boolean } {
  const { ix, pos } = view;
  const s = cue.sentence;
  const stop = ix.sentenceEnd[s]!;
  let k = cue.end;
  let sawThat = false;
  let colon = false;
  if (/^(?:tell|inform|assure|advise|warn|remind)$/.test(cue.lemma)) {
    const o = objectsAfter(view, k, s, { maxSkip: 2, modifier: true });
    if (o.length) k = o[o.length - 1]!.end;
    else if (/^(?:NNS?|PRP)$/.test(pos[k] ?? '') && !/^(?:he|she|it|they|we|i)$/.test(ix.lower[k]!)) k++;
    else if (pos[k] === 'DT' && ix.lower[k] !== 'that') {
      // "told the committee that ...": a common-noun addressee
      let j = k + 1;
      while (/^JJ/.test(pos[j] ?? '')) j++;
      if (/^NNS?$/.test(pos[j] ?? '')) {
        while (/^NNS?$/.test(pos[j + 1] ?? '')) j++;
        k = j + 1;
      }
    }
  }
  for (let n = 0; k < stop && n < 16; n++) {
    const w = ix.lower[k]!;
    const t = pos[k] ?? '';
    if (w === 'that' && !sawThat) {
      sawThat = true;
      k++;
      continue;
    }
    if (w === ',' || w === ':') {
      if (w === ':') colon = true;
      k++;
      continue;
    }
    if (sawThat) break;
    const vi = view.valueAt[k]!;
    if (vi !== -1 && view.values[vi]!.value.type === 'DATE') {
      k = view.values[vi]!.end;
      continue;
    }
    if (TIME_WORDS.has(w) && (/^(?:last|this|next)$/.test(w) ? TIME_WORDS.has(ix.lower[k + 1] ?? '') : true) && view.slotAt[k] === -1) {
      k += /^(?:last|this|next)$/.test(w) ? 2 : 1;
      continue;
    }
    // prepositional phrases before the clause: "in a statement", "on Twitter", "in his tweets"
    if (/^(?:IN|TO)$/.test(t) && !/^(?:that|if|whether|because|while|as|although|to)$/.test(w)) {
      k++;
      while (k < stop && (/^(?:DT|JJ|NN|CD|PRP\$|POS|\$)/.test(pos[k] ?? '') || view.slotAt[k] !== -1 || view.valueAt[k] !== -1) && !isQuoteMark(ix.words[k]!)) {
        // a new clause's subject ends the phrase: "on Friday he met", "in his tweets he never told"
        if (/^(?:he|she|it|they|we|i|you)$/.test(ix.lower[k]!)) break;
        k++;
        if (/^NN/.test(pos[k - 1] ?? '') && pos[k] === 'DT' && !/^(?:the|a|an)$/.test(ix.lower[k]!)) break;
      }
      continue;
    }
    // "said much of the money ...": a quantity opening the clause, not an adverb
    if (/^RB/.test(t) && ix.lower[k + 1] !== 'of') {
      k++;
      continue;
    }
    break;
  }
  return { k, sawThat, colon };
}

/** Whether a clause starts at `k`: a subject phrase and a finite verb soon after ("it would", "his actions were"). */
function startsClause(view: DocView, k: number, s: number, loose = false): boolean {
  const { pos, ix } = view;
  const stop = ix.sentenceEnd[s]!;
  if (loose) {
    // after "say": a subject (or a fronted adverbial: "despite ..., she plans") and a finite verb within the sentence
    const first = pos[k] ?? '';
    if (!(view.slotAt[k] !== -1 || view.valueAt[k] !== -1 || /^(?:DT|PRP|PRP\$|JJ|NN|CD|EX|IN|RB|\$)/.test(first) || isQuoteMark(ix.words[k]!))) return false;
    if (first === 'IN' && !/^(?:despite|although|though|if|when|while|because|after|before|since|unless|once|as)$/.test(ix.lower[k]!)) return false;
    for (let m = k + 1; m < stop && m < k + 30; m++) {
      // "said the officials, who requested anonymity": a relative clause, not a reported one
      if (/^(?:who|which|whom|whose|that)$/.test(ix.lower[m]!) && first !== 'IN') return false;
      if (isFiniteVerb(view, m)) return true;
    }
    return false;
  }
  for (let m = k; m < stop && m < k + 8; m++) {
    if (isFiniteVerb(view, m)) return m > k;
    if (view.slotAt[m] !== -1 || /^(?:DT|PRP|PRP\$|JJ|NN|CD|EX|POS|RB)/.test(pos[m] ?? '') || isPossessiveMark(ix.words[m]!) || isQuoteMark(ix.words[m]!)) continue;
    if (/^(?:IN)$/.test(pos[m] ?? '') && m > k) continue;
    return false;
  }
  return false;
}

/** Token index of the start of the reported clause after a cue, or -1 when the cue has none. */
function clauseStart(view: DocView, cue: Cue): number {
  const { ix, pos } = view;
  const s = cue.sentence;
  const stop = ix.sentenceEnd[s]!;
  const { k, sawThat, colon } = complementStart(view, cue);
  if (k >= stop) return -1;
  if (/^(?:CC)$/.test(pos[k] ?? '') || /^[.;]$/.test(ix.words[k]!)) return -1;
  if (isQuoteMark(ix.words[k]!)) return k;
  // "pledged to no longer accept", "denied making", "admitted making"
  if (ix.lower[k] === 'to' && /^(?:promise|vow|pledge|threaten|agree|refuse|offer|urge)$/.test(cue.lemma)) return k;
  if (pos[k] === 'VBG' && /^(?:deny|admit|acknowledge|recall)$/.test(cue.lemma)) return k;
  if (sawThat || colon) return startsClause(view, k, s, true) || isQuoteMark(ix.words[k] ?? '') ? k : -1;
  if (THAT_ONLY_VERBS.has(cue.lemma)) {
    if (!/^(?:PRP|PRP\$)$/.test(pos[k] ?? '') && view.slotAt[k] === -1 && !/^(?:the|a|an)$/.test(ix.lower[k]!)) return -1;
    return startsClause(view, k, s) ? k : -1;
  }
  return startsClause(view, k, s, /^(?:say|tell|argue|claim|insist|contend|assert|warn|predict|suggest|explain)$/.test(cue.lemma)) ? k : -1;
}

/** End (exclusive) of a reported clause from `k`: before ", according to", a coordinated cue, or the final punctuation. */
function clauseEnd(view: DocView, k: number, s: number, cues: readonly Cue[]): number {
  const { ix } = view;
  const stop = ix.sentenceEnd[s]!;
  let e = k;
  while (e < stop) {
    const w = ix.lower[e]!;
    if (w === 'according' && ix.lower[e + 1] === 'to') break;
    if ((w === 'and' || w === ',') && cues.some((c) => c.first === e + 1 || (c.first === e + 2 && /^(?:and|which|who)$/.test(ix.lower[e + 1]!)))) break;
    if (w === ',' && /^(?:adding|saying|writing|noting|referring|citing)$/.test(ix.lower[e + 1] ?? '')) break;
    e++;
  }
  while (e > k && /^[.,;:!?"“”’'—–-]$/.test(ix.words[e - 1]!)) e--;
  return e;
}

/** Whether nothing but adverbials follows a cue up to "," or the sentence end (a parenthetical "..., she said."). */
function cueEndsClause(view: DocView, cue: Cue): number {
  const { ix } = view;
  const stop = ix.sentenceEnd[cue.sentence]!;
  const { k } = complementStart(view, cue);
  if (k >= stop || /^[.!?;]$/.test(ix.words[k]!)) return stop;
  if (ix.words[k - 1] === ',' && k > cue.end) return k - 1;
  return -1;
}

/** "called him “Lyin’ Ted”": a short capitalised name is a nickname, not a statement (GUIDELINES). */
function isNickname(words: string): boolean {
  const w = words.replace(/[.,!?]+$/, '').trim().split(/\s+/);
  return w.length <= 3 && w.every((x) => /^[\p{Lu}\p{N}]/u.test(x));
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Embedded posts: "text — Name (@handle) July 12, 2019" ends a paragraph. */
const EMBED = /^(.*\S)\s*[—–-]{1,2}\s*([^—–\n()]{1,80}?)\s*(?:-[^()\n]*)?\(@(\w{1,30})\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$/u;

export function extractQuotes(doc: Doc): Quote[] {
  const view = buildView(doc);
  const { ix } = view;
  const text = doc.text;
  const nSent = ix.sentenceFirst.length;
  const quotations = findQuotations(text);
  const tokenOf = (offset: number) => tokenAtOrAfter(ix.tokens, offset);

  // Cues per sentence, outside quotations.
  const insideQ = new Int32Array(ix.tokens.length).fill(-1);
  quotations.forEach((q, qi) => {
    for (let k = tokenOf(q.inner.start); k < ix.tokens.length && ix.tokens[k]!.start < q.inner.end; k++) insideQ[k] = qi;
  });
  const cuesBySentence: Cue[][] = [];
  for (let s = 0; s < nSent; s++) {
    const list: Cue[] = [];
    for (let k = ix.sentenceFirst[s]!; k < ix.sentenceEnd[s]!; k++) {
      if (insideQ[k] !== -1 || view.slotAt[k] !== -1) continue;
      const c = cueAt(view, k, s);
      if (c) {
        list.push(c);
        k = c.end - 1;
      }
    }
    cuesBySentence.push(list);
  }

  // Attribute each quotation to a cue: after it ("“...,” she said") or before it in its sentence.
  const byCue = new Map<Cue, { quotations: Quotation[]; post: boolean }>();
  const orphans: Quotation[] = [];
  for (const q of quotations) {
    const firstTok = tokenOf(q.inner.start);
    const lastTok = Math.max(firstTok, tokenOf(q.inner.end) - 1);
    const sEnd = ix.tokens[lastTok]?.sentence ?? 0;
    const sStart = ix.tokens[firstTok]?.sentence ?? 0;
    let cue: Cue | null = null;
    let post = false;
    // after: the closing mark, then (a name) and a cue, or a cue and a name
    const afterTok = tokenOf(q.outer.end);
    const afterSent = ix.tokens[afterTok]?.sentence ?? -1;
    // The last character inside the marks: a comma, "!", "?" or a dash lets the sentence go on.
    const tail = text.slice(q.outer.start, q.outer.end).replace(/["”»’'\s]+$/u, '').slice(-1);
    const commaAfter = text[q.outer.end] === ',';
    const continues = /[,!?—–-]/.test(tail) || commaAfter;
    const sameSentence = afterSent === sEnd || (/[!?]/.test(tail) && afterSent === sEnd + 1);
    if (q.closed && continues && sameSentence) {
      for (const c of cuesBySentence[afterSent] ?? []) {
        if (c.first < afterTok || c.kind === 'characterize') continue;
        if (c.first - afterTok > 16) break;
        // only a speaker phrase (no other verb, no other quotation) between the marks and the cue
        let ok = true;
        for (let m = afterTok; m < c.first; m++) {
          if (insideQ[m] !== -1 || (isFiniteVerb(view, m) && !/^(?:has|have|had|is|was|will|would)$/.test(ix.lower[m]!))) ok = false;
          // "“...,” while Senator Mildred Tarrant says": a new clause, not the quote's attribution
          if (view.slotAt[m] === -1 && /^(?:while|as|because|although|when|and|but|if|that|whereas)$/.test(ix.lower[m]!)) ok = false;
        }
        if (ok) {
          cue = c;
          post = true;
        }
        break;
      }
    }
    if (!cue) {
      // before: the nearest cue before the quotation in its first sentence
      const list = cuesBySentence[sStart] ?? [];
      for (const c of list) if (c.end <= firstTok) cue = c;
    }
    if (!cue && sStart > 0 && ix.sentenceFirst[sStart] === firstTok - 1 && /\n\s*$/.test(text.slice(Math.max(0, q.outer.start - 4), q.outer.start))) {
      // "Reporter Jane Roe says:\n\n“...”": a cue that ends the paragraph before with a colon
      const prev = sStart - 1;
      const lastTok = ix.sentenceEnd[prev]! - 1;
      if (ix.words[lastTok] === ':') cue = (cuesBySentence[prev] ?? []).filter((c) => c.kind === 'speech').pop() ?? null;
    }
    if (cue) {
      const entry = byCue.get(cue) ?? { quotations: [], post };
      entry.quotations.push(q);
      entry.post = entry.post || post;
      byCue.set(cue, entry);
    } else orphans.push(q);
  }

  const drafts: Draft[] = [];
  for (let s = 0; s < nSent; s++) {
    const sFirst = ix.sentenceFirst[s]!;
    const sStop = ix.sentenceEnd[s]!;
    for (const cue of cuesBySentence[s]!) {
      const attached = byCue.get(cue);
      const start = cue.kind === 'speech' ? clauseStart(view, cue) : -1;
      // "“...,” said Rufus Calloway", "..., said a senior party official": the speaker follows the cue.
      const g = verbGroupStart(view, cue.first, s);
      const beforeCue = ix.words[g - 1] ?? '';
      const inverted = cue.kind === 'speech' && start < 0 && (beforeCue === ',' || isQuoteMark(beforeCue) || g === sFirst) &&
        subjectBefore(view, cue.first, s).length === 0 && (view.slotAt[cue.end] !== -1 || /^(?:DT|NNP|JJ|NN|CD)/.test(view.pos[cue.end] ?? ''));
      let speaker = speakerOf(view, cue, inverted);
      if (!speaker && inverted) speaker = speakerOf(view, cue, false);
      if (!speaker) continue;
      if (attached && cue.kind === 'characterize' && attached.quotations.every((q) => isNickname(text.slice(q.inner.start, q.inner.end)))) continue;
      if (attached) {
        const parts = attached.quotations.map((q) => q.inner);
        const firstQ = tokenOf(attached.quotations[0]!.outer.start);
        let direct = attached.post || cue.kind === 'characterize' || start < 0 || firstQ <= start + 1;
        let clause: Span | null = null;
        if (!direct) {
          const end = clauseEnd(view, start, s, cuesBySentence[s]!);
          if (end > start) {
            clause = spanOf(view, start, end);
            const quoted = parts.reduce((n, p) => n + wordsIn(text.slice(p.start, p.end)), 0);
            if (quoted * 2 >= wordsIn(text.slice(clause.start, clause.end))) direct = true;
          } else direct = true;
        }
        drafts.push({ cue, speaker, parts: direct || !clause ? parts : [clause], direct: direct || !clause, sentence: s, start: direct ? tokenOf(parts[0]!.start) : start });
        continue;
      }
      if (cue.kind === 'characterize') continue;
      if (cue.kind === 'according') {
        if (cue.first > sFirst) {
          // "CLAUSE, according to X." — unless the clause is already attributed ("“...,” Corwick said, according to Kestrel News")
          if (cuesBySentence[s]!.some((c) => c !== cue && c.first < cue.first) || insideQ[sFirst + 1] !== -1 || insideQ[sFirst] !== -1) continue;
          let b = cue.first;
          while (b > sFirst && /^[,—–-]$/.test(ix.words[b - 1]!)) b--;
          if (b > sFirst) drafts.push({ cue, speaker, parts: [spanOf(view, sFirst, b)], direct: false, sentence: s, start: sFirst });
        } else {
          let k = cue.end;
          while (k < sStop && ix.words[k] !== ',') k++;
          const end = clauseEnd(view, k + 1, s, []);
          if (end > k + 1) drafts.push({ cue, speaker, parts: [spanOf(view, k + 1, end)], direct: false, sentence: s, start: k + 1 });
        }
        continue;
      }
      if (start >= 0) {
        const end = clauseEnd(view, start, s, cuesBySentence[s]!);
        if (end > start && wordsIn(text.slice(ix.tokens[start]!.start, ix.tokens[end - 1]!.end)) >= 2) {
          drafts.push({ cue, speaker, parts: [spanOf(view, start, end)], direct: false, sentence: s, start });
        }
        continue;
      }
      // Parentheticals: "The meeting ran long, a source ... said, and ...", "..., the party officials said.",
      // "As Harriet Quill has written, you need to ...".
      // "..., said the officials, who requested anonymity.": after an inverted cue only its speaker follows
      const stopAt = inverted ? ix.sentenceEnd[s]! : cueEndsClause(view, cue);
      if (stopAt < 0) continue;
      const subjStart = inverted ? g : speakerStart(view, cue);
      const parts: Span[] = [];
      if (ix.lower[subjStart - 1] === 'as' && (subjStart - 1 === sFirst || ix.words[subjStart - 2] === ',' || /^(?:and|but)$/.test(ix.lower[subjStart - 2] ?? '')) && ix.words[stopAt] === ',') {
        const end = clauseEnd(view, stopAt + 1, s, []);
        if (end > stopAt + 1) parts.push(spanOf(view, stopAt + 1, end));
      } else {
        if (ix.words[subjStart - 1] !== ',' || subjStart - 1 <= sFirst) continue;
        const b = subjStart - 1;
        let a = sFirst;
        while (a < b && (isQuoteMark(ix.words[a]!) || /^(?:but|and|so|,)$/.test(ix.lower[a]!))) a++;
        if (insideQ[a] !== -1 || cuesBySentence[s]!.some((c) => c !== cue && c.first >= a && c.first < b)) continue;
        if (b > a) parts.push(spanOf(view, a, b));
        // "..., analysts warn, it could lead ...": the clause goes on after the cue
        if (ix.words[stopAt] === ',' && startsClause(view, stopAt + 1, s) && !/^(?:and|but|or)$/.test(ix.lower[stopAt + 1] ?? '')) {
          const end = clauseEnd(view, stopAt + 1, s, []);
          if (end > stopAt + 1) parts.push(spanOf(view, stopAt + 1, end));
        }
      }
      if (parts.length && wordsIn(text.slice(parts[0]!.start, parts[parts.length - 1]!.end)) >= 3) drafts.push({ cue, speaker, parts, direct: false, sentence: s, start: subjStart });
    }
  }
  // A cue inside another cue's reported clause ("he said he would expect that ...") gives no second quote.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.direct || !d.cue) continue;
    const at = ix.tokens[d.cue.first]!.start;
    if (drafts.some((o) => o !== d && !o.direct && o.sentence === d.sentence && o.parts.some((p) => at >= p.start && at < p.end))) drafts.splice(i, 1);
  }

  // Quotations with no cue of their own continue the quote just before them in the paragraph.
  const paragraphOf = (offset: number) => {
    const before = text.lastIndexOf('\n', offset);
    return before;
  };
  drafts.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
  for (const q of orphans) {
    if (wordsIn(text.slice(q.inner.start, q.inner.end)) < 4) continue;
    const firstTok = tokenOf(q.inner.start);
    const s = ix.tokens[firstTok]?.sentence ?? 0;
    // a full sentence (or more) in marks, not a phrase inside a sentence
    const sFirst = ix.sentenceFirst[s]!;
    let lead = sFirst;
    while (lead < firstTok && isQuoteMark(ix.words[lead]!)) lead++;
    if (lead < firstTok - 1) continue;
    const prev = [...drafts].reverse().find((d) => d.parts[0]!.start < q.inner.start && d.speaker && q.inner.start - d.parts[d.parts.length - 1]!.end < 600);
    if (!prev) continue;
    const samePara = paragraphOf(prev.parts[0]!.start) === paragraphOf(q.inner.start);
    const prevPara = !samePara && text.slice(prev.parts[prev.parts.length - 1]!.end, q.inner.start).split('\n').filter((l) => l.trim()).length <= 1;
    if (!samePara && !prevPara) continue;
    drafts.push({ cue: null, speaker: prev.speaker, parts: [q.inner], direct: true, sentence: s, start: firstTok });
  }

  // Embedded posts.
  for (const para of text.matchAll(/[^\n]+/g)) {
    if (!para[0].includes('(@')) continue;
    const m = EMBED.exec(para[0]);
    if (!m) continue;
    const body = m[1]!;
    const bStart = para.index!;
    const inner = { start: bStart, end: bStart + body.length };
    if (drafts.some((d) => d.parts.some((p) => p.start < inner.end && inner.start < p.end))) continue;
    const handle = m[3]!.toLowerCase();
    const nameStart = bStart + para[0].indexOf(m[2]!, body.length);
    const speaker = embedSpeaker(view, handle, nameStart, nameStart + m[2]!.length);
    const s = ix.tokens[tokenOf(inner.start)]?.sentence ?? 0;
    drafts.push({ cue: null, speaker, parts: [inner], direct: true, sentence: s, start: tokenOf(inner.start) });
  }

  drafts.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
  // Unresolved pronoun or description speakers ("they said", "the union said") take the speaker of the
  // quote just before them; with none, the claim's speaker is someone we cannot name, and it is left out.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.speaker.entity === null && d.speaker.unresolved) {
      const prev = drafts.slice(0, i).reverse().find((p) => p.sentence >= d.sentence - 3 && (p.speaker.entity || p.speaker.anonymous));
      if (prev) drafts[i] = { ...d, speaker: { ...prev.speaker, mention: d.speaker.mention } };
    }
  }
  for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i]!.speaker.entity === null && drafts[i]!.speaker.unresolved) drafts.splice(i, 1);

  const quotes: Quote[] = drafts.map((d, i) => finish(view, d, i));
  addStances(doc, view, quotes, drafts);
  return quotes;
}

function embedSpeaker(view: DocView, handle: string, nameStart: number, nameEnd: number): Speaker {
  const { ix } = view;
  const clean = handle.replace(/_/g, '');
  // the author's display name or handle, as tagged
  for (const sl of view.slots) {
    const st = ix.tokens[sl.first]!.start;
    if (st >= nameStart && st < nameEnd + handle.length + 4) return slotSpeaker(view, sl);
  }
  for (const e of view.entities.values()) {
    if (e.type !== 'PERSON') continue;
    const name = view.doc.text.slice(e.name.start, e.name.end).toLowerCase();
    const last = name.split(/\s+/).pop()!.replace(/[^\p{L}]/gu, '');
    if (last.length >= 4 && clean.includes(last)) return { entity: e.id, mention: { start: nameStart, end: nameEnd }, anonymous: null, unresolved: false };
  }
  return { entity: null, mention: { start: nameStart, end: nameEnd }, anonymous: { start: nameStart, end: nameEnd }, unresolved: false };
}

function finish(view: DocView, d: Draft, i: number): Quote {
  const { ix } = view;
  const s = d.sentence;
  const sFirst = ix.sentenceFirst[s]!;
  const sEnd = ix.sentenceEnd[s]!;
  const inParts = (k: number) => d.parts.some((p) => ix.tokens[k]!.start >= p.start && ix.tokens[k]!.end <= p.end);
  // Medium and date from the attribution, outside the quoted words.
  let medium: Span | null = null;
  let date: string | null = null;
  if (d.cue) {
    const from = Math.max(sFirst, d.cue.first - 12);
    const to = Math.min(sEnd, d.cue.end + 14);
    for (let k = from; k < to && !medium; k++) if (!inParts(k) && (MEDIUM_BY_FIRST.has(ix.lower[k]!) || PLATFORM_PREPOSITIONS.has(ix.lower[k]!))) medium = mediumIn(view, s, k, k + 1);
    let best = Infinity;
    for (const v of view.values) {
      if (v.value.type !== 'DATE' || v.first < Math.max(sFirst, d.cue.first - 10) || v.first >= Math.min(sEnd, d.cue.end + 8) || inParts(v.first)) continue;
      const dist = Math.abs(v.first - d.cue.first);
      if (dist < best) {
        best = dist;
        date = v.value.value;
      }
    }
  }
  // About: the entities named in the quote, and in its sentence for short quotes; not the speaker.
  const about = new Set<string>();
  for (const sl of view.slots) {
    const st = ix.tokens[sl.first]!.start;
    if (d.parts.some((p) => st >= p.start && st < p.end) && sl.entity !== d.speaker.entity) about.add(sl.entity);
  }
  // a quote that names no one is about what its sentence names ("dismissed the venture, dubbed Lighthouse, writing ...")
  if (!about.size) {
    for (const sl of view.slots) {
      if (sl.sentence !== s || sl.entity === d.speaker.entity || sl.kind !== 'name') continue;
      if (medium && ix.tokens[sl.first]!.start >= medium.start && ix.tokens[sl.first]!.start < medium.end) continue;
      about.add(sl.entity);
    }
  }
  return {
    id: `q${i + 1}`,
    direct: d.direct,
    parts: d.parts,
    speaker: d.speaker.entity,
    speakerMention: d.speaker.mention,
    anonymous: d.speaker.entity ? null : d.speaker.anonymous,
    cue: d.cue ? { start: ix.tokens[d.cue.first]!.start, end: ix.tokens[d.cue.end - 1]!.end } : null,
    medium,
    about: [...about],
    date,
    stance: [],
    sentence: s,
  };
}

/**
 * Stance: a reply that calls another's statement wrong disputes that speaker's recent quotes; a
 * denial disputes the recent quotes it answers; a claim that the money is not there disputes the
 * pledge it is about.
 */
function addStances(doc: Doc, view: DocView, quotes: Quote[], drafts: readonly Draft[]): void {
  const text = doc.text;
  const relations = doc.relations ?? [];
  quotes.forEach((q, i) => {
    const words = q.parts.map((p) => text.slice(p.start, p.end)).join(' ');
    const lower = words.toLowerCase();
    const cue = drafts[i]!.cue;
    const stance: Stance[] = [];
    const sentenceText = (() => {
      const sp = doc.sentences?.[q.sentence];
      return sp ? text.slice(sp.start, sp.end) : '';
    })();
    const disputing = DISPUTE_RES.some((re) => re.test(lower));
    const replying = cue !== null && REPLY_VERBS.has(cue.lemma);
    const denying = cue !== null && DENIAL_VERBS.has(cue.lemma);
    if ((disputing || replying || denying) && q.speaker) {
      // The statements answered: recent quotes by someone this sentence names (or, for a reply, the last speaker).
      const named = new Set<string>();
      for (const sl of view.slots) if (sl.sentence === q.sentence && sl.entity !== q.speaker) named.add(sl.entity);
      const earlier = quotes.slice(0, i).filter((p) => p.speaker && p.speaker !== q.speaker && q.sentence - p.sentence <= 6);
      let targets = earlier.filter((p) => named.has(p.speaker!));
      if (!targets.length && replying && earlier.length) {
        const last = earlier[earlier.length - 1]!.speaker;
        targets = earlier.filter((p) => p.speaker === last);
      }
      if (disputing || denying || replying) for (const t of targets) stance.push({ target: t.id, kind: 'disputes' });
    }
    if (NO_MONEY_PATTERNS.some((re) => re.test(words) || re.test(sentenceText))) {
      // the pledge it is about: one stated at or before this sentence, the most recent
      let best = -1;
      relations.forEach((r, ri) => {
        if (r.type === 'pledges' && r.sentence <= q.sentence && (best < 0 || r.sentence >= relations[best]!.sentence)) best = ri;
      });
      if (best >= 0) stance.push({ target: `relation:${best}`, kind: 'disputes' });
    }
    q.stance = stance;
  });
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'pos', 'entities', 'references', 'values', 'relations'],
  adds: ['quotes'],
  run(doc: Doc): Doc {
    need(doc, 'entities', 'quotes');
    return { ...doc, quotes: extractQuotes(doc) };
  },
};

