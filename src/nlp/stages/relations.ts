// Relations between the article's entities (SPEC section 3), read from a sentence's words, tags,
// names, titles and values with a few general constructions of news English:
//   - titles and relational nouns with their holder and possessor: premodifying ("OpenAI CEO Sam
//     Altman", "Harborlight's parent company Tidewell"), appositive ("Dana Whitcombe, a longtime Tidewell
//     investor"), copular ("Tidewell is Orrin's largest outside investor"), reversed ("the
//     company's owner, Felix Amberley"), "as" ("who served as caucus treasurer");
//   - verbs with their subject and object ("Musk is suing OpenAI"), through appositives, relative
//     clauses, passives ("founded by Musk"), infinitives and participles, coordination;
//   - event nouns ("a partnership between A and B", "X's acquisition of Y");
//   - places ("Portland-based Harborlight", "Penrose Law School in Los Angeles", "Akron, Ohio");
//   - pledges with their amount and purpose; ventures named later ("the venture, dubbed Lighthouse").
// Each relation is given once per article, with the sentence it was read from and its trigger.

import type { Doc, EntityType, Relation, RelationType, Span } from '../doc.js';
import { SYMMETRIC_RELATIONS } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { need } from '../pipeline.js';
import type { Title } from '../data/titles.js';
import {
  COMPOUND_CUES, EVENT_NOUNS, FACILITY_HEADS, LOCATION_VERBS, MAX_REL_NOUN_TOKENS, NAMING_WORDS, PLEDGE_NOUNS,
  PLEDGE_PURPOSE_VERBS, REL_NOUNS, VENTURE_NOUNS, VERB_CUES, type RelNoun, type VerbCue,
} from '../data/relation-cues.js';
import { formIndex } from '../data/verb-forms.js';
import { buildView, type DocView, type Slot, type ValueRef } from '../extract/view.js';
import {
  clauseSubject, isFiniteVerb, isTickerNoise, mainSubject, nounPhraseStart, objectsAfter, slotEndingAt, slotStartingAt, subjectBefore, verbGroupStart,
} from '../extract/grammar.js';
import { matchTitleAt } from './roles.js';
import { isCapitalized } from '../token-index.js';
import { countryKey, demonymCountry, placeKind } from '../data/places.js';
import { CORPORATE_SUFFIXES } from '../data/names.js';

/** Which entity types may stand at each end of a relation (SPEC section 3). */
const SIGNATURES: Readonly<Record<RelationType, [readonly EntityType[], readonly EntityType[]]>> = {
  position: [['PERSON'], ['ORG', 'GPE']],
  founded: [['PERSON', 'ORG'], ['ORG', 'PRODUCT']],
  funds: [['PERSON', 'ORG', 'GPE'], ['PERSON', 'ORG', 'PRODUCT']],
  owns: [['PERSON', 'ORG'], ['ORG', 'PRODUCT']],
  acquires: [['ORG', 'PERSON'], ['ORG', 'PRODUCT']],
  pledges: [['PERSON', 'ORG', 'GPE', 'PRODUCT'], ['GPE', 'ORG', 'LOC', 'PRODUCT']],
  part_of: [['ORG', 'PRODUCT', 'GPE'], ['ORG', 'PRODUCT']],
  partners_with: [['ORG', 'GPE', 'PRODUCT'], ['ORG', 'GPE', 'PRODUCT']],
  sues: [['PERSON', 'ORG', 'GPE'], ['PERSON', 'ORG', 'PRODUCT']],
  met_with: [['PERSON'], ['PERSON']],
  advises: [['PERSON'], ['PERSON', 'ORG']],
  supports: [['PERSON', 'ORG'], ['PERSON', 'ORG', 'PRODUCT']],
  associate_of: [['PERSON'], ['PERSON', 'ORG']],
  opposes: [['PERSON', 'ORG', 'GPE'], ['PERSON', 'ORG', 'GPE', 'PRODUCT']],
  family: [['PERSON'], ['PERSON']],
  located_in: [['ORG', 'GPE', 'LOC'], ['GPE', 'LOC']],
};

const VERB_FORMS = formIndex(VERB_CUES.flatMap((c) => c.lemmas));
const CUES_BY_LEMMA = (() => {
  const m = new Map<string, VerbCue[]>();
  for (const c of VERB_CUES) for (const l of c.lemmas) (m.get(l) ?? m.set(l, []).get(l)!).push(c);
  return m;
})();

/** Forms that are nouns as often as verbs: a verb only when tagged as one. */
const NOUN_VERB_FORMS = /^(?:call|calls|fine|fines|charge|charges|attack|attacks|support|back|plan|plans|offer|offers|target|fire|ban|fight|fights|battle|stake|talk|talks|host|visit|control|promise|pledge|commit|start|found|set|run|cut|hit|take|have|has|had|make|hold|file|bring|form|sign|reach|win|launch|join|place|side|split|vote|rule|turn|back|target|threaten|meet|lead|own)$/;

const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', "'s", '’s', 'remains', 'remained', 'became', 'becomes', 'become', 'be', 'been', 'served', 'serves', 'serve', 'named', 'appointed', 'elected', 'hired', 'tapped']);

interface Cand {
  type: RelationType;
  subject: string;
  object: string | null;
  role: string | null;
  amount: string | null;
  date: string | null;
  purpose: Span | null;
  medium: string | null;
  confidence: number;
  sentence: number;
  trigger: Span | null;
}

class Collector {
  readonly out: Cand[] = [];
  constructor(private readonly view: DocView) {}

  add(type: RelationType, subj: Slot | null, obj: Slot | null, sentence: number, trigger: [number, number] | null, confidence: number, extra: Partial<Cand> = {}): void {
    if (!subj) return;
    if (obj && obj.entity === subj.entity) return;
    const [st, ot] = SIGNATURES[type];
    if (!st.includes(subj.type)) return;
    if (obj && !ot.includes(obj.type)) return;
    if (!obj && type !== 'pledges') return;
    const refs = (subj.kind === 'name' ? 0 : 1) + (obj && obj.kind !== 'name' ? 1 : 0);
    const ix = this.view.ix;
    this.out.push({
      type,
      subject: subj.entity,
      object: obj ? obj.entity : null,
      role: null,
      amount: null,
      date: null,
      purpose: null,
      medium: null,
      confidence: confidence * 0.9 ** refs,
      sentence,
      trigger: trigger ? { start: ix.tokens[trigger[0]]!.start, end: ix.tokens[trigger[1] - 1]!.end } : null,
      ...extra,
    });
  }
}

/** The longest relational noun starting at `k`. */
const REL_FIRST_WORDS: ReadonlySet<string> = new Set([...REL_NOUNS.keys()].map((k) => k.split(' ')[0]!));

function relNounAt(view: DocView, k: number, end: number): { end: number; noun: RelNoun; key: string } | null {
  if (!REL_FIRST_WORDS.has(view.ix.lower[k] ?? '')) return null;
  let key = '';
  let best: { end: number; noun: RelNoun; key: string } | null = null;
  for (let n = 1; n <= MAX_REL_NOUN_TOKENS && k + n <= end; n++) {
    key = n === 1 ? view.ix.lower[k]! : `${key} ${view.ix.lower[k + n - 1]!}`;
    const noun = REL_NOUNS.get(key);
    if (noun) best = { end: k + n, noun, key };
  }
  if (best && /^NNS/.test(view.pos[best.end - 1] ?? '') && !best.key.endsWith('s')) return null;
  return best;
}

interface Head {
  first: number;
  end: number;
  title: Title | null;
  noun: RelNoun | null;
  label: string;
}

function headAt(view: DocView, k: number, end: number): Head | null {
  const rn = relNounAt(view, k, end);
  const t = matchTitleAt(view.ix, k, end);
  if (rn && (!t || rn.end >= t.end)) return { first: k, end: rn.end, title: t && t.end === rn.end ? t.title : null, noun: rn.noun, label: rn.noun.role ?? t?.title.label ?? rn.key };
  if (t) return { first: k, end: t.end, title: t.title, noun: null, label: t.title.label };
  return null;
}

/** Qualifiers written before a title that belong in its role ("former chairman"). */
function roleLabel(view: DocView, head: Head, npStart: number): string {
  for (let k = npStart; k < head.first; k++) if (view.ix.lower[k] === 'former') return `former ${head.label}`;
  return head.label;
}

interface FrameState {
  /** The last title frame in the sentence, for lists that share a possessor. */
  last: { end: number; holders: Slot[]; possessor: Slot | null; appositive: boolean } | null;
}

/** Titles and relational nouns: who holds them, and of whom. */
function nounFrames(view: DocView, s: number, col: Collector, state: FrameState): void {
  const { ix, slotAt } = view;
  const first = ix.sentenceFirst[s]!;
  const end = ix.sentenceEnd[s]!;
  for (let k = first; k < end; k++) {
    if (slotAt[k] !== -1) continue;
    const h0 = headAt(view, k, end);
    if (!h0) continue;
    // Coordinated heads share holder and possessor: "founder and CEO", "chairman and chief executive".
    const heads: Head[] = [h0];
    let j = h0.end;
    while ((ix.lower[j] === 'and' || ix.lower[j] === '&') && j + 1 < end) {
      const next = headAt(view, j + 1, end);
      if (!next) break;
      heads.push(next);
      j = next.end;
    }
    const headEnd = j;
    k = headEnd - 1;
    const npStart = nounPhraseStart(view, h0.first, s);
    const itself = heads.some((h) => h.noun?.itself);

    // Possessor: a name or possessive inside the phrase, or a prepositional phrase after it.
    let possessor: Slot | null = null;
    let inner: Slot | null = null;
    for (let m = npStart; m < h0.first; m++) {
      const si = slotAt[m]!;
      if (si < 0) continue;
      const sl = view.slots[si]!;
      if (sl.possessive) possessor = sl;
      else if (!itself || possessor) inner = sl;
      else inner = sl;
      m = sl.end - 1;
    }
    if (itself) {
      // "Harborlight's Clinics and Labs division": the name in front is the unit itself.
      if (inner && possessor && inner.first > possessor.first) {
        for (const h of heads) emitNoun(view, col, h, inner, possessor, s, npStart, 0.85);
      }
      inner = null;
    } else if (!possessor && inner && !heads.some((h) => view.ix.words[h.end - 1]!.endsWith('.'))) possessor = inner;
    if (!possessor && !itself && npStart > first) {
      // "Orrin Systems Inc. ORRN, +4.12% Chief Executive Dana Whitcombe": the company before its stock quote
      let q = npStart - 1;
      while (q > first && isTickerNoise(ix.words[q]!) && slotAt[q] === -1) q--;
      const owner = q < npStart - 1 ? slotEndingAt(view, q) : null;
      if (owner && owner.type === 'ORG') possessor = owner;
    }
    if (!possessor && !itself) {
      // "former Chilean President Tomas Irarrazaval": the country of a nationality word, when the article names it
      for (let m = npStart; m < h0.first && !possessor; m++) possessor = demonymSlot(view, m, s);
    }
    let pp = headEnd;
    const prep = ix.lower[pp] ?? '';
    if (!possessor && /^(?:of|at|with|for|to|in)$/.test(prep) && !(prep === 'in' && heads.some((h) => h.title?.kind === 'public'))) {
      let q = pp + 1;
      // "a professor of maritime law at Penrose Law School"
      if (prep === 'of') {
        let n = 0;
        while (q + n < end && n < 4 && slotAt[q + n] === -1 && /^(?:NN|JJ)/.test(view.pos[q + n] ?? '') && !isCapitalized(ix.words[q + n]!)) n++;
        if (n > 0 && /^(?:at|with|for)$/.test(ix.lower[q + n] ?? '')) q = q + n + 1;
      }
      if (ix.lower[q] === 'all' && ix.lower[q + 1] === 'of') q += 2;
      // "critic of Tarrant's nomination" names Tarrant; "a member of the Senate farm committee" is not the Senate's
      const loose = heads.some((h) => h.noun && (h.noun.person === 'opposes' || h.noun.person === 'supports'));
      const objs = objectsAfter(view, q, s, { modifier: loose ? true : undefined, maxSkip: 4 });
      if (objs.length) possessor = objs[0]!;
    }
    // Holders.
    let holders: Slot[] = [];
    let confidence = 0.85;
    let appositive = false;
    const after = slotAt[headEnd] ?? -1;
    if (after >= 0 && view.slots[after]!.first === headEnd && !possessorIsAfter(possessor, headEnd)) {
      // "President Donald Trump's adviser": the title is still Trump's.
      holders = objectsAfter(view, headEnd, s, { maxSkip: 0, modifier: true });
      confidence = 0.9;
    }
    if (!holders.length && (ix.words[npStart - 1] === ',' || ix.words[npStart - 1] === '(')) {
      const h = slotEndingAt(view, npStart - 2);
      if (h && !h.possessive) {
        holders = [h];
        appositive = true;
      }
    }
    if (!holders.length && (ix.lower[npStart - 1] === 'and' || ix.words[npStart - 1] === ',')) {
      // The second of two appositives: "Musk, Trump's top financial backer and an adviser".
      if (state.last && state.last.appositive && npStart - state.last.end <= 6 && !hasFiniteVerb(view, state.last.end, npStart)) {
        holders = state.last.holders;
        confidence = 0.75;
      } else if (ix.lower[npStart - 1] === 'and') {
        // "Judge Ashcombe, the governor's pick to lead ... and current member of ..."
        for (let q = npStart - 2; q >= first; q--) {
          if (isFiniteVerb(view, q)) break;
          const h = slotEndingAt(view, q);
          if (h && h.type === 'PERSON' && !h.possessive && ix.words[q + 1] === ',') {
            holders = [h];
            confidence = 0.7;
            break;
          }
        }
      }
    }
    if (!possessor && holders.length && state.last && npStart - state.last.end <= 6 && /^(?:and|,)$/.test(ix.lower[npStart - 1]!) && !hasFiniteVerb(view, state.last.end, npStart)) {
      // A list that shares its possessor: "Corwick's campaign chairman Owen Marchetti, former deputy campaign chairman Gideon Rask and ..."
      possessor = state.last.possessor;
      confidence = 0.75;
    }
    if (!holders.length) {
      // Copular and "as": "Tidewell is Orrin's largest outside investor", "who served as caucus treasurer".
      let c = npStart - 1;
      if ((ix.lower[c] === 'as' && c === first) || npStart === first) {
        // A fronted title: "As the Fisheries Committee chairman, Mr. Tarrant ...", "A former mayor of Akron, Ohio, Corwick ..."
        let q = Math.max(headEnd, possessor ? possessor.end : headEnd);
        while (q < end && ix.words[q] === ',') {
          const h = objectsAfter(view, q + 1, s, { maxSkip: 2 });
          if (h.length && h[0]!.type === 'PERSON') {
            holders = [h[0]!];
            break;
          }
          const place = slotStartingAt(view, q + 1);
          if (!place || (place.type !== 'GPE' && place.type !== 'LOC')) break;
          q = place.end;
        }
      } else {
        if (ix.lower[c] === 'as') {
          c--;
          // "will take over as": the verb before the particle
          if (c >= first && /^(?:RP|IN|RB)$/.test(view.pos[c] ?? '') && /^VB/.test(view.pos[c - 1] ?? '')) c--;
        }
        while (c >= first && /^(?:RB)/.test(view.pos[c] ?? '') && slotAt[c] === -1) c--;
        if (c >= first && (COPULAS.has(ix.lower[c]!) || isFiniteVerb(view, c))) {
          if (COPULAS.has(ix.lower[c]!) || ix.lower[npStart - 1] === 'as') holders = subjectBefore(view, c, s);
          if (!holders.length && ix.lower[npStart - 1] === 'as' && /^VB/.test(view.pos[c] ?? '')) holders = subjectBefore(view, c, s);
          confidence = 0.8;
        }
      }
    }
    // "The board's chief legal counsel, Noor Castellan, ...", "the deputy secretary of the Trade Ministry, Idris Halloway"
    const after0 = possessorIsAfter(possessor, headEnd) && ix.words[possessor!.end] === ',' ? possessor!.end : headEnd;
    if (!holders.length && ix.words[after0] === ',' && npStart > first && /^(?:the|and|,)$/.test(ix.lower[npStart] ?? '') === false) {
      const h = slotAt[after0 + 1] ?? -1;
      if (h >= 0) {
        const sl = view.slots[h]!;
        if (sl.first === after0 + 1 && sl.type === 'PERSON' && !sl.possessive && !/^NNS?$/.test(view.pos[sl.end] ?? '')) holders = [sl];
      }
    }
    if (!holders.length && ix.words[headEnd] === ',' && !possessorIsAfter(possessor, headEnd)) {
      const h = slotAt[headEnd + 1] ?? -1;
      if (h >= 0) {
        const sl = view.slots[h]!;
        const nxt = ix.words[sl.end] ?? '';
        if (sl.first === headEnd + 1 && !sl.possessive && !/^NNS?$/.test(view.pos[sl.end] ?? '') && nxt !== '’s' && nxt !== "'s") holders = [sl];
      }
    }
    if (holders.length) state.last = { end: Math.max(headEnd, ...holders.map((h) => h.end)), holders, possessor, appositive };
    if (!possessor) continue;
    for (const holder of holders) for (const h of heads) emitNoun(view, col, h, holder, possessor, s, npStart, confidence);
  }
}

function hasFiniteVerb(view: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFiniteVerb(view, k)) return true;
  return false;
}

/** A slot for the country a nationality word at `k` belongs to ("Russian" -> Russia), when the article names that country. */
function demonymSlot(view: DocView, k: number, s: number): Slot | null {
  const w = view.ix.words[k]!;
  if (!isCapitalized(w)) return null;
  const key = demonymCountry(w);
  if (!key) return null;
  for (const e of view.entities.values()) {
    if (e.type !== 'GPE') continue;
    if (countryKey(view.doc.text.slice(e.name.start, e.name.end)) === key) return { entity: e.id, type: 'GPE', first: k, end: k + 1, kind: 'name', possessive: false, sentence: s };
  }
  return null;
}

function possessorIsAfter(p: Slot | null, k: number): boolean {
  return !!p && p.first >= k;
}

function emitNoun(view: DocView, col: Collector, h: Head, holder: Slot, possessor: Slot, s: number, npStart: number, confidence: number): void {
  const trigger: [number, number] = [h.first, h.end];
  const personPossessor = possessor.type === 'PERSON';
  if (h.noun) {
    const type = personPossessor ? h.noun.person : h.noun.org;
    if (!type) return;
    const role = type === 'position' || type === 'family' ? roleLabel(view, { ...h, label: h.noun.role ?? h.label }, npStart) : null;
    if (h.noun.reverse) col.add(type, possessor, holder, s, trigger, confidence, { role });
    else col.add(type, holder, possessor, s, trigger, confidence, { role });
    if (type === 'position' && h.title?.kind === 'founder') col.add('founded', holder, possessor, s, trigger, confidence);
    return;
  }
  if (!h.title) return;
  if (personPossessor) {
    // "Corwick's campaign chairman Owen Marchetti": a title held for a person ties the two.
    col.add(/advis|counsel|lawyer|attorney/.test(h.label) ? 'advises' : 'associate_of', holder, possessor, s, trigger, confidence * 0.9);
    return;
  }
  // a place holds public offices ("Russian President"), not jobs ("a Hollywood executive")
  if ((possessor.type === 'GPE' || possessor.type === 'LOC') && h.title.kind !== 'public' && !STATE_OFFICES.has(h.title.label)) return;
  col.add('position', holder, possessor, s, trigger, confidence, { role: roleLabel(view, h, npStart) });
  if (h.title.kind === 'founder') col.add('founded', holder, possessor, s, trigger, confidence);
}

/** Offices a country, state or city has as well as a company: "Russian President", "Ohio Governor". */
const STATE_OFFICES: ReadonlySet<string> = new Set(['president', 'vice president', 'leader', 'head', 'chief', 'governor', 'commissioner', 'administrator', 'chair']);

/** Verbs with their arguments. */
function verbFrames(view: DocView, s: number, col: Collector, ventures: Venture[]): void {
  const { ix, pos } = view;
  const first = ix.sentenceFirst[s]!;
  const end = ix.sentenceEnd[s]!;
  for (let k = first; k < end; k++) {
    if (view.slotAt[k] !== -1) continue;
    const w = ix.lower[k]!;
    const lemmas = VERB_FORMS.get(w);
    if (!lemmas) continue;
    const tag = pos[k] ?? '';
    if (!tag.startsWith('VB') && (NOUN_VERB_FORMS.test(w) || !/(?:ed|ing)$/.test(w))) continue;
    for (const lemma of lemmas) {
      const rest = lemma.split(' ').slice(1);
      if (!rest.every((r, i) => ix.lower[k + 1 + i] === r)) continue;
      const after = k + 1 + rest.length;
      for (const cue of CUES_BY_LEMMA.get(lemma) ?? []) applyVerbCue(view, s, k, after, cue, col, ventures);
    }
  }
}

function moneyInClause(view: DocView, from: number, s: number): { id: string; at: number } | null {
  const end = view.ix.sentenceEnd[s]!;
  for (let k = from; k < end; k++) {
    if (k > from && isFiniteVerb(view, k) && view.ix.words[k - 1] !== 'to') break;
    const vi = view.valueAt[k]!;
    if (vi >= 0 && view.values[vi]!.value.type === 'MONEY') return { id: view.values[vi]!.value.id, at: k };
  }
  return null;
}

const datesBySentence = new WeakMap<DocView, Map<number, ValueRef[]>>();

function dateInSentence(view: DocView, s: number, near: number): string | null {
  let bySentence = datesBySentence.get(view);
  if (!bySentence) {
    bySentence = new Map();
    for (const v of view.values) {
      if (v.value.type !== 'DATE') continue;
      const vs = v.value.sentence;
      (bySentence.get(vs) ?? bySentence.set(vs, []).get(vs)!).push(v);
    }
    datesBySentence.set(view, bySentence);
  }
  let best: { id: string; d: number } | null = null;
  for (const v of bySentence.get(s) ?? []) {
    const d = Math.abs(v.first - near);
    if (!best || d < best.d) best = { id: v.value.id, d };
  }
  return best?.id ?? null;
}

const MEDIUM_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:by|over the) (?:phone|telephone)$/, 'phone'],
  [/^phone call$/, 'phone'],
  [/^(?:over|at a) dinner$/, 'dinner'],
  [/^video (?:call|conference)$/, 'video call'],
];

function mediumIn(view: DocView, s: number, fallback: string | null): string | null {
  const first = view.ix.sentenceFirst[s]!;
  const end = view.ix.sentenceEnd[s]!;
  for (let k = first; k + 1 < end; k++) {
    const bigram = `${view.ix.lower[k]} ${view.ix.lower[k + 1]}`;
    const trigram = `${bigram} ${view.ix.lower[k + 2] ?? ''}`;
    for (const [re, label] of MEDIUM_WORDS) if (re.test(bigram) || re.test(trigram)) return label;
  }
  return fallback;
}

/** The words of each of a cue's light-verb nouns, split once per cue. */
const nounWordsOf = new WeakMap<VerbCue, string[][]>();
function nounWords(cue: VerbCue): string[][] {
  let words = nounWordsOf.get(cue);
  if (!words) nounWordsOf.set(cue, (words = (cue.nouns ?? []).map((noun) => noun.split(' '))));
  return words;
}

function applyVerbCue(view: DocView, s: number, k: number, after: number, cue: VerbCue, col: Collector, ventures: Venture[]): void {
  const { ix, pos } = view;
  const end = ix.sentenceEnd[s]!;
  let p = after;
  // light verb + noun: "filed a lawsuit against", "struck a partnership with"
  if (cue.nouns) {
    let found = -1;
    for (let q = p, n = 0; q < end && n < 6; q++, n++) {
      if (view.slotAt[q] !== -1 || (isFiniteVerb(view, q) && q > p)) break;
      for (const parts of nounWords(cue)) {
        if (parts.every((x, i) => ix.lower[q + i] === x)) found = Math.max(found, q + parts.length);
      }
      if (found >= 0) break;
    }
    if (found < 0) return;
    p = found;
  }
  const trigger: [number, number] = [k, p];
  const date = dateInSentence(view, s, k);
  // Passive with an agent: "founded by Musk", "(owned by Tidewell)".
  if (ix.lower[p] === 'by' && pos[k] === 'VBN') {
    if (!cue.passive) return;
    const agents = objectsAfter(view, p + 1, s, { maxSkip: 4 });
    let patients: Slot[] = [];
    const prev = ix.words[k - 1] ?? '';
    if (prev === ',' || prev === '(') {
      const h = slotEndingAt(view, k - 2);
      if (h && !h.possessive) patients = [h];
    } else patients = subjectBefore(view, k, s);
    for (const a of agents) for (const o of patients) emitVerb(view, col, cue, a, o, s, trigger, 0.8, date, k);
    return;
  }
  let subjects = subjectBefore(view, k, s);
  // a position is read only from a verb with its own subject ("unfit to serve on the court" is not the speaker's post)
  if (!subjects.length && cue.type !== 'position' && pos[k] === 'VBG' && ix.words[verbGroupStart(view, k, s) - 1] === ',') subjects = mainSubject(view, s, k);
  if (!subjects.length && cue.type !== 'position' && (pos[k] === 'VBG' || ix.lower[k - 1] === 'to' || pos[k] === 'VB')) subjects = clauseSubject(view, k, s);
  if (!subjects.length) return;
  let objects: Slot[] = [];
  for (const prep of cue.preps) {
    if (prep === '') {
      objects = objectsAfter(view, p, s, { modifier: cue.modifierObject ? true : undefined });
    } else {
      // the preposition may come after an adverb or a money amount: "invested $4 billion in"
      for (let q = p, n = 0; q < end && n < 8; q++, n++) {
        if (ix.lower[q] === prep) {
          objects = objectsAfter(view, q + 1, s, { modifier: cue.modifierObject ? true : undefined });
          break;
        }
        if (view.slotAt[q] !== -1 || (isFiniteVerb(view, q) && q > p) || ix.words[q] === ';') break;
      }
    }
    if (objects.length) break;
  }
  if (cue.type === 'pledges') {
    const money = moneyInClause(view, after, s);
    if (!money) return;
    const purpose = purposeAfter(view, money.at, s);
    const objs = objects.length ? objects : [null];
    for (const subj of subjects) for (const o of objs) col.add('pledges', subj, o, s, trigger, 0.75, { amount: money.id, purpose, date });
    return;
  }
  if (!objects.length) {
    // "Oracle and OpenAI struck a partnership": the coordinated subjects are the parties.
    if (subjects.length >= 2 && cue.preps.includes('with')) {
      for (let a = 0; a < subjects.length; a++) for (let b = a + 1; b < subjects.length; b++) emitVerb(view, col, cue, subjects[a]!, subjects[b]!, s, trigger, 0.75, date, k);
    }
    // "He announced a joint venture ... with OpenAI, Oracle and Softbank": remember its members.
    return;
  }
  if (cue.nouns && cue.type === 'partners_with' && ix.lower.slice(after, p).some((w) => w === 'venture' || w === 'consortium')) {
    ventures.push({ sentence: s, members: objects, token: p });
    return;
  }
  for (const subj of subjects) for (const o of objects) emitVerb(view, col, cue, subj, o, s, trigger, 0.75, date, k);
}

function emitVerb(view: DocView, col: Collector, cue: VerbCue, subj: Slot, obj: Slot, s: number, trigger: [number, number], conf: number, date: string | null, k: number): void {
  let type = cue.type;
  // "back": money between companies, political support between people.
  if (type === 'funds' && cue.lemmas.includes('back') && subj.type === 'PERSON' && obj.type === 'PERSON') type = 'supports';
  if (cue.personType && subj.type === 'PERSON') type = cue.personType;
  const extra: Partial<Cand> = { date };
  if (type === 'position') extra.role = cue.role ?? null;
  if (type === 'met_with') extra.medium = mediumIn(view, s, cue.medium ?? null);
  if (type === 'acquires') {
    const money = moneyInClause(view, k, s);
    if (money) extra.amount = money.id;
  }
  if (cue.reverse) col.add(type, obj, subj, s, trigger, conf, extra);
  else col.add(type, subj, obj, s, trigger, conf, extra);
}

function purposeAfter(view: DocView, at: number, s: number): Span | null {
  const { ix } = view;
  const end = ix.sentenceEnd[s]!;
  let k = at;
  while (k < end && view.valueAt[k] !== -1) k++;
  let start = -1;
  for (let q = Math.max(k - 6, ix.sentenceFirst[s]!); q < Math.min(end, k + 3); q++) {
    if (ix.lower[q] === 'to' && PLEDGE_PURPOSE_VERBS.has(ix.lower[q + 1] ?? '')) {
      start = q + 1;
      break;
    }
    if (ix.lower[q] === 'for' && q >= k) {
      start = q + 1;
      break;
    }
  }
  if (start < 0) return null;
  let stop = start;
  while (stop < end && !/^[,;.:!?)"”]$/.test(ix.words[stop]!) && !(ix.lower[stop] === 'ahead' || ix.lower[stop] === 'after' || ix.lower[stop] === 'before')) stop++;
  if (stop <= start) return null;
  return { start: ix.tokens[start]!.start, end: ix.tokens[stop - 1]!.end };
}

/** "their pledge to invest $500 billion", "his company's plans to invest ...". */
function pledgeNouns(view: DocView, s: number, col: Collector): void {
  const { ix } = view;
  const first = ix.sentenceFirst[s]!;
  const end = ix.sentenceEnd[s]!;
  for (let k = first; k < end; k++) {
    if (!PLEDGE_NOUNS.has(ix.lower[k]!) || ix.lower[k + 1] !== 'to' || !PLEDGE_PURPOSE_VERBS.has(ix.lower[k + 2] ?? '')) continue;
    let owner: Slot | null = null;
    for (let m = k - 1; m >= Math.max(first, k - 4); m--) {
      const si = view.slotAt[m]!;
      if (si >= 0 && view.slots[si]!.possessive) {
        owner = view.slots[si]!;
        break;
      }
    }
    if (!owner) continue;
    let money = moneyInClause(view, k + 2, s);
    if (!money) {
      const inSentence = view.values.filter((v) => v.value.type === 'MONEY' && v.first >= first && v.first < end);
      if (inSentence.length === 1) money = { id: inSentence[0]!.value.id, at: inSentence[0]!.first };
    }
    if (!money) continue;
    const purpose = purposeAfter(view, k + 1, s);
    const objs = objectsAfter(view, k + 3, s, { maxSkip: 3 });
    const obj = ix.lower[k + 3] === 'in' ? objectsAfter(view, k + 4, s, { maxSkip: 2 })[0] ?? null : objs[0] && ix.lower[objs[0].first - 1] === 'in' ? objs[0] : null;
    col.add('pledges', owner, obj, s, [k, k + 1], 0.7, { amount: money.id, purpose, date: dateInSentence(view, s, k) });
  }
}

interface Venture {
  sentence: number;
  members: Slot[];
  token: number;
}

/** Event nouns: "a partnership between A and B", "X's acquisition of Y", "a joint venture with A, B and C". */
/** First words of the two-word event nouns ("joint venture"): only after these is a pair looked up. */
const EVENT_FIRST_WORDS: ReadonlySet<string> = new Set([...EVENT_NOUNS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

function eventNouns(view: DocView, s: number, col: Collector, ventures: Venture[]): void {
  const { ix } = view;
  const first = ix.sentenceFirst[s]!;
  const end = ix.sentenceEnd[s]!;
  for (let k = first; k < end; k++) {
    if (view.slotAt[k] !== -1) continue;
    const w = ix.lower[k]!;
    const two = EVENT_FIRST_WORDS.has(w) ? `${w} ${ix.lower[k + 1] ?? ''}` : '';
    const isTwo = two !== '' && EVENT_NOUNS.has(two);
    const key = isTwo ? two : w;
    const ev = EVENT_NOUNS.get(key);
    if (!ev) continue;
    if (!/^NN/.test(view.pos[k] ?? '') && !isTwo) continue;
    const nEnd = k + key.split(' ').length;
    const npStart = nounPhraseStart(view, k, s);
    let agent: Slot | null = null;
    for (let m = npStart; m < k; m++) {
      const si = view.slotAt[m]!;
      if (si < 0) continue;
      const sl = view.slots[si]!;
      if (sl.possessive || ev.type === 'sues') agent = sl;
      m = sl.end - 1;
    }
    const trigger: [number, number] = [k, nEnd];
    const prep = ix.lower[nEnd] ?? '';
    if (ev.between && prep === 'between') {
      const parties = objectsAfter(view, nEnd + 1, s, { maxSkip: 3 });
      if (key === 'joint venture' || key === 'venture') {
        ventures.push({ sentence: s, members: parties, token: k });
        continue;
      }
      for (let a = 0; a < parties.length; a++) for (let b = a + 1; b < parties.length; b++) col.add(ev.type, parties[a]!, parties[b]!, s, trigger, 0.75, { medium: ev.medium ?? null });
      continue;
    }
    // the patient: "against X", "of Y", "with Z" — possibly after an adverbial ("on Tuesday")
    let patients: Slot[] = [];
    let agentAfter: Slot | null = null;
    for (let q = nEnd, n = 0; q < end && n < 6; q++, n++) {
      const w = ix.lower[q]!;
      if (ev.patientPreps.includes(w) && !patients.length) {
        patients = objectsAfter(view, q + 1, s, { maxSkip: 3, modifier: ev.type === 'opposes' ? true : undefined });
        if (patients.length) q = patients[patients.length - 1]!.end - 1;
        continue;
      }
      if (ev.agentPreps?.includes(w) && !agentAfter) {
        agentAfter = objectsAfter(view, q + 1, s, { maxSkip: 3 })[0] ?? null;
        continue;
      }
      if (isFiniteVerb(view, q) || ix.words[q] === ';' || ix.words[q] === '.') break;
    }
    if ((key === 'joint venture' || key === 'venture') && patients.length) {
      ventures.push({ sentence: s, members: patients, token: k });
      continue;
    }
    agent = agentAfter ?? agent;
    if (!agent && ev.type === 'sues' && key !== 'fine' && key !== 'penalty') {
      // "Orrin is in a long legal fight with Corvid": the subject of the clause.
      agent = clauseSubject(view, npStart, s)[0] ?? null;
    }
    if (!agent || !patients.length) continue;
    for (const p of patients) col.add(ev.type, agent, p, s, trigger, 0.7, { medium: ev.medium ?? null, date: dateInSentence(view, s, k) });
  }
}

/** "the joint venture, dubbed Lighthouse": the venture gets its name; its members are part of it. */
function namings(view: DocView, s: number, col: Collector, ventures: Venture[]): void {
  const { ix } = view;
  const first = ix.sentenceFirst[s]!;
  const end = ix.sentenceEnd[s]!;
  for (let k = first + 1; k < end; k++) {
    if (!NAMING_WORDS.has(ix.lower[k]!) || ix.words[k - 1] !== ',') continue;
    const named = view.slotAt[k + 1] ?? -1;
    if (named < 0) continue;
    const name = view.slots[named]!;
    // The named phrase ends before the comma; its head must be a venture noun.
    const headIdx = k - 2;
    const head = ix.lower[headIdx]!;
    if (!VENTURE_NOUNS.has(head) && !VENTURE_NOUNS.has(`${ix.lower[headIdx - 1]} ${head}`)) continue;
    const recent = ventures.filter((v) => s - v.sentence <= 3).pop();
    if (!recent) continue;
    for (const m of recent.members) col.add('part_of', m, name, s, [k, k + 1], 0.7);
  }
}

/** Places: "-based" compounds, "based in", "Peru's Lumen Airways", "Penrose Law School in Los Angeles", "Akron, Ohio". */
function places(view: DocView, s: number, col: Collector): void {
  const { ix, slots, slotAt } = view;
  const first = ix.sentenceFirst[s]!;
  const end = ix.sentenceEnd[s]!;
  for (let k = first; k < end; k++) {
    const si = slotAt[k]!;
    const w = ix.lower[k]!;
    if (si >= 0) {
      const sl = slots[si]!;
      if (k !== sl.first) continue;
      const last = ix.lower[sl.end - 1]!;
      const compound = /-([a-z]+)$/.exec(last);
      const cue = compound ? COMPOUND_CUES.get(compound[1]!) : undefined;
      if (cue) {
        // "Portland-based Harborlight", "a Texas-based drone company" (after a name: the appositive)
        let target: Slot | null = objectsAfter(view, sl.end, s, { maxSkip: 3 })[0] ?? null;
        if (!target) {
          const npStart = nounPhraseStart(view, sl.first, s);
          if (ix.words[npStart - 1] === ',') target = slotEndingAt(view, npStart - 2);
        }
        if (target && !target.possessive) {
          if (cue.reverse) col.add(cue.type, sl, target, s, [k, k + 1], 0.8);
          else col.add(cue.type, target, sl, s, [k, k + 1], 0.8);
        }
        continue;
      }
      // "Peru's Lumen Airways"
      if (sl.possessive && (sl.type === 'GPE')) {
        const next = objectsAfter(view, sl.end + 1, s, { maxSkip: 2 })[0];
        // not "Alabama's Senate" or "Florida's 27th District": seats and districts are not located organisations
        const head = ix.lower[(next?.end ?? 1) - 1] ?? '';
        if (next && next.type === 'ORG' && next.first <= sl.end + 3 && !/^(?:senate|house|legislature|assembly|district|government|parliament|congress|court|police|army|delegation|party)$/.test(head)) col.add('located_in', next, sl, s, null, 0.7);
        continue;
      }
      // "Penrose Law School in Los Angeles", "the Rose Garden at the White House", "the Harborlight Co. of Bar Harbor"
      const headWord = ix.lower[sl.end - 1]!;
      const nextWord = ix.lower[sl.end] ?? '';
      if (sl.type === 'ORG' && !sl.possessive && (nextWord === 'of' || (nextWord === 'in' && CORPORATE_SUFFIXES.has(headWord)))) {
        const place = slotStartingAt(view, sl.end + 1);
        if (place && (place.type === 'GPE') && !place.possessive && !/^NN/.test(view.pos[place.end] ?? '')) col.add('located_in', sl, place, s, null, 0.65);
      }
      if ((sl.type === 'ORG' || sl.type === 'LOC') && FACILITY_HEADS.has(headWord) && (nextWord === 'in' || nextWord === 'at')) {
        const place = objectsAfter(view, sl.end + 1, s, { maxSkip: 1 })[0];
        if (place && (place.type === 'GPE' || place.type === 'LOC' || (nextWord === 'at' && FACILITY_HEADS.has(ix.lower[place.end - 1]!)))) {
          col.add('located_in', sl, place.type === 'ORG' ? { ...place, type: 'LOC' } : place, s, null, 0.7);
        }
        continue;
      }
      // "Akron, Ohio, U.S.": a place and the larger place that contains it (not a list "A, B and C").
      if ((sl.type === 'GPE' || sl.type === 'LOC') && !sl.possessive) {
        const chain = placeChain(view, sl);
        if (chain) col.add('located_in', sl, chain, s, null, 0.75);
        // "the Brooklyn borough of New York City"
        if (REGION_NOUNS.has(ix.lower[sl.end] ?? '') && ix.lower[sl.end + 1] === 'of') {
          const outer = slotStartingAt(view, sl.end + 2) ?? (ix.lower[sl.end + 2] === 'the' ? slotStartingAt(view, sl.end + 3) : null);
          if (outer && outer.type === 'GPE') col.add('located_in', sl, outer, s, null, 0.75);
        }
      }
      // "Orrin's Lena Corwick and Owen Marchetti", "The Kestrel Times' Idris Halloway": the organisation's people.
      if (sl.possessive && sl.type === 'ORG') {
        let q = sl.end + 1;
        while (q < end && (/^[A-Z]{1,5}$/.test(ix.words[q]!) || /^[+\-−]?[\d.,]+%?$/.test(ix.words[q]!) || ix.words[q] === ',' || ix.words[q] === '%' || ix.words[q] === '+' || (ix.lower[q] === 's' && q === sl.end))) q++;
        const people = slotStartingAt(view, q)?.type === 'PERSON' ? objectsAfter(view, q, s, { maxSkip: 0, modifier: true }).filter((p) => !p.possessive || p.first === q) : [];
        for (const p of people) if (p.type === 'PERSON') col.add('position', p, sl, s, null, 0.7);
      }
      // "Gideon Rask of the law firm Ashby & Crane", "Idris Halloway at the Kestrel Ledger": a person of or at an organisation
      if (sl.type === 'PERSON' && !sl.possessive && ix.lower[sl.end] === 'of') {
        const org = objectsAfter(view, sl.end + 1, s, { maxSkip: 4 })[0];
        if (org && org.type === 'ORG' && org.kind === 'name') col.add('position', sl, org, s, null, 0.6);
      }
      if (sl.type === 'PERSON' && ix.lower[sl.end] === 'at') {
        const org = objectsAfter(view, sl.end + 1, s, { maxSkip: 1 })[0];
        if (org && org.type === 'ORG' && org.kind === 'name' && !FACILITY_HEADS.has(ix.lower[org.end - 1]!)) col.add('position', sl, org, s, null, 0.65);
      }
      // "Boston law firm Ashby & Crane"
      if (sl.type === 'GPE' && !sl.possessive && slotAt[sl.end] === -1) {
        let q = sl.end;
        let n = 0;
        while (q < end && n < 3 && slotAt[q] === -1 && /^NN$|^NNS$/.test(view.pos[q] ?? '') && !isCapitalized(ix.words[q]!)) {
          q++;
          n++;
        }
        const org = slotAt[q] ?? -1;
        // "Boston law firm Ashby & Crane", "Lisbon Harbor Radio Network" (a place right before an organisation's name)
        if (org >= 0 && slots[org]!.type === 'ORG' && slots[org]!.first === q && slots[org]!.entity !== sl.entity && (n > 0 || !isCapitalized(ix.words[sl.first - 1] ?? 'x') || sl.first === first)) col.add('located_in', slots[org]!, sl, s, null, 0.6);
      }
      continue;
    }
    // "X, based in Y", "X is headquartered in Y"
    if (LOCATION_VERBS.has(w) && /^(?:in|near|outside)$/.test(ix.lower[k + 1] ?? '')) {
      const place = objectsAfter(view, k + 2, s, { maxSkip: 1 })[0];
      if (!place) continue;
      let subj: Slot | null = null;
      if (ix.words[k - 1] === ',') subj = slotEndingAt(view, k - 2);
      else subj = subjectBefore(view, k, s)[0] ?? null;
      if (subj && !subj.possessive) col.add('located_in', subj, place, s, [k, k + 1], 0.8);
    }
  }
}

const REGION_NOUNS: ReadonlySet<string> = new Set(['state', 'province', 'county', 'region', 'prefecture', 'borough', 'district', 'neighborhood', 'suburb', 'city', 'town', 'village', 'area', 'territory']);

/** In "A, B, C" of places, the place right after `sl` when the sequence is a chain, not a list ending in "and". */
function placeChain(view: DocView, sl: Slot): Slot | null {
  const { ix } = view;
  const next = (cur: Slot): Slot | null => {
    let q = cur.end;
    if (REGION_NOUNS.has(ix.lower[q] ?? '') && ix.lower[q + 1] !== 'of') q++;
    if (ix.words[q] !== ',') return null;
    const o = slotStartingAt(view, q + 1);
    return o && (o.type === 'GPE' || o.type === 'LOC') && !o.possessive ? o : null;
  };
  const outer = next(sl);
  if (!outer || outer.type !== 'GPE') return null;
  // The whole sequence: a list when it ends with "and"/"or" and a place.
  let last = outer;
  for (let n = 0; n < 6; n++) {
    const nx = next(last);
    if (!nx) break;
    last = nx;
  }
  let q = last.end;
  if (REGION_NOUNS.has(ix.lower[q] ?? '')) q++;
  if (ix.words[q] === ',') q++;
  if (/^(?:and|or)$/.test(ix.lower[q] ?? '')) return null;
  // A list also when the sequence started before `sl`: "Russia, China, Iran" gets no ties.
  if (!containsPlace(view, outer, sl)) return null;
  return outer;
}

/** Whether `outer` can contain `inner` by the place lexicon (a state or country holds a city). */
function containsPlace(view: DocView, outer: Slot, inner: Slot): boolean {
  const name = (sl: Slot) => view.ix.words.slice(sl.first, sl.end).join(' ').replace(/ \./g, '.');
  const o = placeKind(name(outer));
  const i = placeKind(name(inner));
  if (o === null) return true; // unknown to the lexicon: trust the "City, Region" layout
  if (o === 'city') return false;
  if (o === 'state') return i !== 'state' && i !== 'country';
  return i !== 'country';
}

/** "Senate Judiciary Committee" is part of the "Senate" when both are named in the article. */
function namedUnits(doc: Doc, view: DocView, col: Collector): void {
  const orgs = [...view.entities.values()].filter((e) => e.type === 'ORG');
  const words = (e: (typeof orgs)[number]) => doc.text.slice(e.name.start, e.name.end).split(/\s+/);
  for (const unit of orgs) {
    const uw = words(unit);
    const last = uw[uw.length - 1]!.toLowerCase();
    if (!/^(?:committee|subcommittee|division|caucus|panel|unit|bureau)$/.test(last)) continue;
    for (const body of orgs) {
      if (body === unit) continue;
      const bw = words(body);
      // the body is an institution ("Senate", "House of Representatives"), not a fragment ("House Fisheries")
      if (!/^(?:senate|house|congress|assembly|parliament|legislature|department|ministry|agency|commission|council|court|party|university|board|administration)$/i.test(bw[0]!) && !/^(?:senate|house|congress|assembly|parliament|legislature|department|ministry|agency|commission|council|court|party|university|board)$/i.test(bw[bw.length - 1]!)) continue;
      if (bw.length >= uw.length - 1 || !bw.every((w, i) => w === uw[i])) continue;
      const m = doc.mentions?.[unit.mentions[0]!];
      if (!m) continue;
      const slot: Slot = { entity: unit.id, type: 'ORG', first: 0, end: 0, kind: 'name', possessive: false, sentence: m.sentence };
      const bodySlot: Slot = { ...slot, entity: body.id };
      col.add('part_of', slot, bodySlot, m.sentence, null, 0.6);
    }
  }
}

/** One relation per type and pair (and amount, for pledges): the most confident reading, first evidence. */
function dedupe(cands: readonly Cand[]): Cand[] {
  const best = new Map<string, Cand>();
  for (const c of cands) {
    const ends = SYMMETRIC_RELATIONS.has(c.type) && c.object && c.object < c.subject ? [c.object, c.subject] : [c.subject, c.object];
    const key = `${c.type}|${ends[0]}|${ends[1]}|${c.type === 'pledges' ? c.amount : ''}`;
    const cur = best.get(key);
    if (!cur || c.confidence > cur.confidence + 1e-9) best.set(key, cur ? { ...c, sentence: Math.min(c.sentence, cur.sentence) === c.sentence ? c.sentence : c.sentence, role: c.role ?? cur.role, date: c.date ?? cur.date } : c);
    else if (cur) best.set(key, { ...cur, role: cur.role ?? c.role, date: cur.date ?? c.date, medium: cur.medium ?? c.medium, purpose: cur.purpose ?? c.purpose });
  }
  // A pledge with a known recipient makes the same pledge without one redundant.
  const out = [...best.values()];
  return out.filter((c) => !(c.type === 'pledges' && c.object === null && out.some((o) => o !== c && o.type === 'pledges' && o.subject === c.subject && o.amount === c.amount && o.object !== null)));
}

export function extractRelations(doc: Doc): Relation[] {
  const view = buildView(doc);
  const col = new Collector(view);
  const ventures: Venture[] = [];
  const nSent = view.ix.sentenceFirst.length;
  for (let s = 0; s < nSent; s++) {
    const state: FrameState = { last: null };
    nounFrames(view, s, col, state);
    verbFrames(view, s, col, ventures);
    eventNouns(view, s, col, ventures);
    pledgeNouns(view, s, col);
    namings(view, s, col, ventures);
    places(view, s, col);
  }
  namedUnits(doc, view, col);
  return dedupe(col.out).map((c) => ({
    type: c.type,
    subject: c.subject,
    object: c.object,
    role: c.role,
    amount: c.amount,
    date: c.date,
    purpose: c.purpose,
    medium: c.medium,
    confidence: c.confidence,
    sentence: c.sentence,
    trigger: c.trigger,
  }));
}

export const relationsStage: Stage = {
  name: 'relations',
  requires: ['sentences', 'tokens', 'pos', 'entities', 'references', 'roles', 'values'],
  adds: ['relations'],
  run(doc: Doc): Doc {
    need(doc, 'entities', 'relations');
    return { ...doc, relations: extractRelations(doc) };
  },
};
