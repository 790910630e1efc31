// Coreference: personal pronouns ("he", "his", "its") and definite descriptions ("the company",
// "the president", "the OpenAI CEO") resolved to entities where the text allows it. Conservative:
//   - a pronoun needs an antecedent of the right kind (and gender, when the article shows it) in its
//     sentence or the three before; a nominative pronoun prefers the subject, a possessive the
//     nearest name;
//   - a description goes to an entity whose kind fits its head noun ("the agency" names an
//     "... Administration", "the union" a "... Workers"), and only when one candidate clearly
//     stands out by recency and prominence; otherwise it stays unresolved;
//   - a title description ("the president", "the OpenAI CEO") goes to the person who holds that
//     title in the article, when one does.
// See docs/decisions for the policy.

import type { Doc, Entity, Reference } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { need } from '../pipeline.js';
import { DESCRIPTION_HEADS, DESCRIPTION_MAX_MODIFIERS, GENDERED_WORDS, givenNameGender, PERSON_PRONOUNS, THING_PRONOUNS, type Gender } from '../data/coref.js';
import { buildView, isPossessiveMark, type DocView } from '../extract/view.js';
import { isSubjectSlot } from '../extract/grammar.js';
import { isCapitalized, tokenAtOrAfter, tokenRange } from '../token-index.js';
import { findQuotations } from '../extract/quotations.js';
import { matchTitleAt } from './roles.js';

/** A mention the resolver has seen: a name or an already resolved reference. */
interface Seen {
  entity: string;
  type: Entity['type'];
  token: number;
  sentence: number;
  subject: boolean;
  /** Inside quotation marks: someone else's words, a weak antecedent for the narrative. */
  quoted: boolean;
}

const MEDIUM_PREPS: ReadonlySet<string> = new Set(['on', 'via']);
const DUMMY_IT_NEXT: ReadonlySet<string> = new Set(['is', 'was', "'s", '’s', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'will', 'would', 'may', 'might', 'could', 'can', 'takes', 'took']);

/** Genders of the article's people: honorifics and gendered titles in the text, else the given name. */
function genders(view: DocView): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const { ix, slots } = view;
  for (const s of slots) {
    if (s.type !== 'PERSON' || s.kind !== 'name') continue;
    for (let k = Math.max(0, s.first - 2); k < s.first; k++) {
      const g = GENDERED_WORDS.get(ix.lower[k]!);
      if (g && !out.has(s.entity)) out.set(s.entity, g);
    }
  }
  const ents = view.entities;
  for (const e of ents.values()) {
    if (out.has(e.id) || e.type !== 'PERSON') continue;
    const name = view.doc.text.slice(e.name.start, e.name.end).split(/\s+/);
    const byName = name.length > 1 ? givenNameGender(name[0]!) : undefined;
    if (byName) {
      out.set(e.id, byName);
      continue;
    }
    for (const r of e.roles) {
      const w = view.doc.text.slice(r.start, r.end).toLowerCase().split(/\s+/).pop() ?? '';
      const g = GENDERED_WORDS.get(w);
      if (g) {
        out.set(e.id, g);
        break;
      }
    }
  }
  return out;
}

export function resolveReferences(doc: Doc): Reference[] {
  const view = buildView(doc, false);
  const { ix, slots, slotAt, pos } = view;
  const gender = genders(view);
  const out: Reference[] = [];
  const history: Seen[] = [];
  const media = new Set<string>();
  // Entities named only as a platform ("on X", "via Twitter") are not antecedents.
  const nonMedia = new Set<string>();
  for (const s of slots) {
    if (MEDIUM_PREPS.has(ix.lower[s.first - 1] ?? '')) media.add(s.entity);
    else nonMedia.add(s.entity);
  }
  const eligible = (e: string) => !media.has(e) || nonMedia.has(e);

  // Titles each person holds, with the organisation named before the title ("OpenAI CEO").
  const titled = new Map<string, Array<{ label: string; org: string | null }>>();
  for (const e of view.entities.values()) {
    if (e.type !== 'PERSON') continue;
    const list: Array<{ label: string; org: string | null }> = [];
    for (const r of e.roles) {
      const [rf] = tokenRange(ix.tokens, r);
      const before = slotAt[rf - 1] ?? -1;
      const org = before >= 0 && slots[before]!.type !== 'PERSON' ? slots[before]!.entity : null;
      const label = r.label.replace(/^(?:former|then|acting|interim) /, '');
      list.push({ label, org });
    }
    titled.set(e.id, list);
  }

  // Token -> inside a quotation.
  const quoted = new Uint8Array(ix.tokens.length);
  for (const q of findQuotations(doc.text)) {
    for (let t = tokenAtOrAfter(ix.tokens, q.inner.start); t < ix.tokens.length && ix.tokens[t]!.start < q.inner.end; t++) quoted[t] = 1;
  }
  const add = (first: number, end: number, entity: string, kind: Reference['kind'], sentence: number, possessive: boolean) => {
    out.push({ start: ix.tokens[first]!.start, end: ix.tokens[end - 1]!.end, entity, kind, sentence });
    history.push({ entity, type: view.entities.get(entity)!.type, token: first, sentence, subject: !possessive && isSubjectSlot(view, first, end, sentence), quoted: quoted[first] === 1 });
  };

  const nSent = ix.sentenceFirst.length;
  for (let s = 0; s < nSent; s++) {
    const first = ix.sentenceFirst[s]!;
    const end = ix.sentenceEnd[s]!;
    for (let k = first; k < end; k++) {
      const si = slotAt[k]!;
      if (si >= 0) {
        const slot = slots[si]!;
        if (k === slot.first) history.push({ entity: slot.entity, type: slot.type, token: k, sentence: s, subject: isSubjectSlot(view, slot.first, slot.end, s), quoted: quoted[k] === 1 });
        continue;
      }
      const w = ix.lower[k]!;
      const pp = PERSON_PRONOUNS.get(w);
      if (pp) {
        const target = pickPerson(history, s, pp.possessive, pp.gender, gender, (e) => eligible(e), quoted[k] === 1);
        if (!target) continue;
        // "his company": the organisation the person holds a title in, when there is one.
        const head = pp.possessive ? DESCRIPTION_HEADS.get(ix.lower[k + 1] ?? '') : undefined;
        const orgs = head && head.types.includes('ORG') ? [...new Set((titled.get(target) ?? []).map((t) => t.org).filter((o): o is string => !!o && fitsHead(view, o, head)))] : [];
        if (orgs.length === 1 && slotAt[k + 1] === -1) {
          add(k, k + 2, orgs[0]!, 'description', s, false);
          k++;
          continue;
        }
        add(k, k + 1, target, 'pronoun', s, pp.possessive);
        continue;
      }
      const tp = THING_PRONOUNS.get(w);
      if (tp) {
        // "it" as a dummy subject ("it is unclear whether", "it's time") names nothing.
        // "it is investing", "it was founded": referential despite the copula.
        const next = ix.lower[k + 1] ?? '';
        const progressive =
          (/^(?:VBG|VBN)$/.test(pos[k + 2] ?? '') && /^(?:is|was|has|had)$/.test(next)) ||
          // "it would hire" names something; "it would be hard to" does not
          (/^(?:will|would|may|might|could|can)$/.test(next) && ix.lower[k + 2] !== 'be' && /^VB$/.test(pos[k + 2] ?? ''));
        if (!tp.possessive && ((DUMMY_IT_NEXT.has(ix.lower[k + 1] ?? '') && !progressive) || !/^(?:VB|MD)/.test(pos[k + 1] ?? '') || !(k === first || /^(?:,|that|and|but|because|while|as)$/.test(ix.lower[k - 1]!) || /^VB[DZP]$/.test(pos[k - 1] ?? '')))) continue;
        const target = pickThing(history, s, eligible);
        if (target) add(k, k + 1, target, 'pronoun', s, tp.possessive);
        continue;
      }
      if (w === 'their') {
        // "their pledge": an organisation named earlier in the sentence, when no plural noun stands between
        // them (a plural could be what "their" means: "companies ... their platforms").
        for (let h = history.length - 1; h >= 0 && history[h]!.sentence === s; h--) {
          const c = history[h]!;
          if (c.quoted || !eligible(c.entity)) continue;
          if (c.type !== 'ORG') break;
          let plural = false;
          for (let m = c.token + 1; m < k; m++) if (/^NNP?S$/.test(pos[m] ?? '') && slotAt[m] === -1) plural = true;
          if (!plural) add(k, k + 1, c.entity, 'pronoun', s, true);
          break;
        }
        continue;
      }
      if (w === 'the' || w === 'this' || w === 'that') {
        const d = description(view, k, end, titled, history, s, eligible);
        if (d) {
          add(k, d.end, d.entity, 'description', s, false);
          k = d.end - 1;
        }
      }
    }
  }
  return out;
}

function pickPerson(
  history: readonly Seen[],
  s: number,
  possessive: boolean,
  g: Gender,
  gender: ReadonlyMap<string, Gender>,
  eligible: (e: string) => boolean,
  inQuote: boolean,
): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const counts = new Map<string, number>();
  for (const c of history) counts.set(c.entity, (counts.get(c.entity) ?? 0) + 1);
  for (let h = history.length - 1; h >= 0; h--) {
    const c = history[h]!;
    if (s - c.sentence > 3) break;
    if (c.type !== 'PERSON' || !eligible(c.entity) || (c.quoted && !inQuote)) continue;
    const known = gender.get(c.entity);
    if (known && known !== g) continue;
    const dist = s - c.sentence;
    let score: number;
    if (dist === 0) score = c.subject ? 4 + (possessive ? c.token / 1000 : 0) : 2 + c.token / 1000;
    else score = (c.subject ? 2 : 1) / (1 + dist) + 0.15 * Math.log1p(counts.get(c.entity) ?? 0);
    if (score > bestScore) {
      bestScore = score;
      best = c.entity;
    }
  }
  return best;
}

function pickThing(history: readonly Seen[], s: number, eligible: (e: string) => boolean): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (let h = history.length - 1; h >= 0; h--) {
    const c = history[h]!;
    if (s - c.sentence > 2) break;
    if ((c.type !== 'ORG' && c.type !== 'PRODUCT') || !eligible(c.entity)) continue;
    const dist = s - c.sentence;
    const score = dist === 0 ? (c.subject ? 4 : 2 + c.token / 1000) : (c.subject ? 2 : 1) / (1 + dist);
    if (score > bestScore) {
      bestScore = score;
      best = c.entity;
    }
  }
  return best;
}

/**
 * "the company", "the struggling drone-delivery company", "the OpenAI CEO", "the president":
 * returns the entity and the end of the description, or null.
 */
function description(
  view: DocView,
  k: number,
  end: number,
  titled: ReadonlyMap<string, ReadonlyArray<{ label: string; org: string | null }>>,
  history: readonly Seen[],
  s: number,
  eligible: (e: string) => boolean,
): { entity: string; end: number } | null {
  const { ix, slotAt, slots, pos } = view;
  let j = k + 1;
  let org: string | null = null;
  let mods = 0;
  const det = ix.lower[k]!;
  while (j < end && mods <= DESCRIPTION_MAX_MODIFIERS) {
    const si = slotAt[j]!;
    if (si >= 0) {
      // An organisation naming whose title it is: "the OpenAI CEO"; a place only qualifies ("the Portland-based startup").
      const sl = slots[si]!;
      if (sl.type === 'PERSON') return null;
      if (sl.type === 'ORG' || sl.type === 'PRODUCT') {
        if (org) return null;
        org = sl.entity;
      }
      j = sl.end;
      mods++;
      continue;
    }
    const title = matchTitleAt(ix, j, end);
    if (title && det === 'the') {
      const after = ix.words[title.end] ?? '';
      // "the CEO of Tesla" and "the president Donald Trump" are not anaphors.
      if (/^(?:of|at|for)$/i.test(after) || (isCapitalized(after) && slotAt[title.end] !== -1)) return null;
      const label = title.title.label;
      let holders = [...titled.entries()].filter(([, ts]) => ts.some((t) => t.label === label && (!org || t.org === org))).map(([e]) => e);
      if (!holders.length && org) holders = [...titled.entries()].filter(([, ts]) => ts.some((t) => t.label === label && t.org === null)).map(([e]) => e);
      if (holders.length === 1) return { entity: holders[0]!, end: title.end };
      if (holders.length > 1) {
        // Several hold it: the one named most recently.
        for (let h = history.length - 1; h >= 0; h--) if (holders.includes(history[h]!.entity)) return { entity: history[h]!.entity, end: title.end };
        return null;
      }
      // Nobody is given the title by name: "The senator" right after one person is named is that person.
      if (title.title.kind === 'public' || title.title.kind === 'office') {
        const recent = new Set<string>();
        for (let h = history.length - 1; h >= 0 && s - history[h]!.sentence <= 1; h--) if (history[h]!.type === 'PERSON' && !history[h]!.quoted) recent.add(history[h]!.entity);
        if (recent.size === 1 && !org) return { entity: [...recent][0]!, end: title.end };
      }
      return null;
    }
    const w = ix.lower[j]!;
    const head = DESCRIPTION_HEADS.get(w);
    if (head && !/^NNS/.test(pos[j] ?? '')) {
      const after = ix.lower[j + 1] ?? '';
      if (after === 'of' || (isCapitalized(ix.words[j + 1] ?? '') && slotAt[j + 1] !== -1)) return null;
      if (det !== 'the' && det !== 'this') return null;
      const target = org ?? pickDescribed(view, head, history, s, eligible);
      if (!target) return null;
      // "the newspaper's editor-in-chief": the title holder at the described organisation
      if (isPossessiveMark(ix.words[j + 1] ?? '')) {
        const t2 = matchTitleAt(ix, j + 2, end);
        if (t2) {
          const label = t2.title.label;
          const at = [...titled.entries()].filter(([, ts]) => ts.some((t) => t.label === label && (t.org === target || t.org === null))).map(([e]) => e);
          if (at.length === 1) return { entity: at[0]!, end: t2.end };
        }
      }
      return { entity: target, end: j + 1 };
    }
    if (/^(?:JJ|NN|VBN|VBG|CD|HYPH)/.test(pos[j] ?? '') || /-/.test(w) || w === 'former' || w === 'new') {
      j++;
      mods++;
      continue;
    }
    return null;
  }
  return null;
}

/** Whether an entity can be what a description's head noun names ("the agency" an "... Administration"). */
function fitsHead(view: DocView, id: string, head: { types: readonly string[]; names: readonly string[]; notNames?: readonly string[] }): boolean {
  const e = view.entities.get(id);
  if (!e || !head.types.includes(e.type)) return false;
  const words = view.doc.text.slice(e.name.start, e.name.end).toLowerCase().split(/[\s-]+/);
  if (head.names.length && !head.names.some((n) => words.includes(n))) return false;
  return !head.notNames?.some((n) => words.includes(n));
}

function pickDescribed(
  view: DocView,
  head: { types: readonly string[]; names: readonly string[]; notNames?: readonly string[] },
  history: readonly Seen[],
  s: number,
  eligible: (e: string) => boolean,
): string | null {
  const scores = new Map<string, number>();
  const fits = (id: string) => {
    const e = view.entities.get(id)!;
    if (!head.types.includes(e.type)) return false;
    const name = view.doc.text.slice(e.name.start, e.name.end).toLowerCase();
    const words = name.split(/[\s-]+/);
    if (head.names.length && !head.names.some((n) => words.includes(n))) return false;
    if (head.notNames?.some((n) => words.includes(n))) return false;
    return true;
  };
  const counts = new Map<string, number>();
  for (const c of history) counts.set(c.entity, (counts.get(c.entity) ?? 0) + 1);
  for (let h = history.length - 1; h >= 0; h--) {
    const c = history[h]!;
    const dist = s - c.sentence;
    if (dist > 4) break;
    if (!eligible(c.entity) || !fits(c.entity)) continue;
    const score = (c.subject ? 2 : 1) / (1 + dist) + 0.15 * Math.log1p(counts.get(c.entity) ?? 0);
    scores.set(c.entity, Math.max(scores.get(c.entity) ?? 0, score));
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  if (ranked.length > 1 && ranked[1]![1] > 0.7 * ranked[0]![1]) return null;
  return ranked[0]![0];
}

export const corefStage: Stage = {
  name: 'coref',
  requires: ['tokens', 'pos', 'entities', 'roles'],
  adds: ['references'],
  run(doc: Doc): Doc {
    need(doc, 'entities', 'coref');
    return { ...doc, references: resolveReferences(doc) };
  },
};
