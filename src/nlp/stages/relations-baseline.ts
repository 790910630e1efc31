import type { Doc, Entity, Mention, Relation, RoleSpan, Token } from '../doc.js';
import { need, type Stage } from '../pipeline.js';
import { TITLE_MODIFIERS } from '../data/baseline-titles.js';
import { titleAt } from './entities-baseline.js';

// Baseline relations: positions read from titles next to names, in the two shapes news uses most:
//   "OpenAI CEO Sam Altman", "Harborlight's chief executive Dana Whitcombe"  (ORG TITLE PERSON)
//   "Dana Whitcombe, chief executive of Harborlight", "Elon Musk, Tesla's CEO" (PERSON, TITLE of ORG)
// Every title seen right before a person becomes a role of that person ("Sen. Mildred Tarrant"), with
// or without an organisation. The relation stage of the extraction branch replaces it.

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const POSSESSIVE = new Set(["'s", '’s']);
const OF_WORDS = new Set(['of', 'at', 'for', 'with']);
/** Words a description may put between a title and its organisation ("CEO of AI startup Quillfeather"). */
const MAX_FILLER = 3;

interface Index {
  /** Token index at each token start offset. */
  tokenAt: Map<number, number>;
  /** Mention index starting at each token, and ending at each token. */
  startsAt: Map<number, number>;
  endsAt: Map<number, number>;
  entityOf: Map<number, Entity>;
}

function indexMentions(tokens: readonly Token[], mentions: readonly Mention[], entities: readonly Entity[]): Index {
  const tokenAt = new Map<number, number>();
  const tokenEnd = new Map<number, number>();
  tokens.forEach((t, k) => {
    tokenAt.set(t.start, k);
    tokenEnd.set(t.end, k);
  });
  const startsAt = new Map<number, number>();
  const endsAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    const a = tokenAt.get(m.start);
    // A mention may end inside a token ("Austin" of "Austin-based"); it then ends nowhere here.
    const b = tokenEnd.get(m.end);
    if (a !== undefined) startsAt.set(a, i);
    if (b !== undefined) endsAt.set(b, i);
  });
  const entityOf = new Map<number, Entity>();
  for (const e of entities) for (const i of e.mentions) entityOf.set(i, e);
  return { tokenAt, startsAt, endsAt, entityOf };
}

export function findPositions(text: string, tokens: readonly Token[], mentions: readonly Mention[], entities: readonly Entity[]) {
  const w = tokens.map((t) => text.slice(t.start, t.end));
  const lw = w.map((s) => s.toLowerCase());
  const idx = indexMentions(tokens, mentions, entities);
  const roles: RoleSpan[] = [];
  const rolesOf = new Map<string, RoleSpan[]>();
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const same = (a: number, b: number) => b >= 0 && b < tokens.length && tokens[a]!.sentence === tokens[b]!.sentence;
  const entityAt = (mention: number | undefined) => (mention === undefined ? undefined : idx.entityOf.get(mention));
  const isOrg = (e: Entity | undefined) => e !== undefined && (e.type === 'ORG' || e.type === 'GPE');

  const addRole = (person: Entity, role: RoleSpan) => {
    if (!roles.some((r) => r.start === role.start && r.end === role.end)) roles.push(role);
    const list = rolesOf.get(person.id) ?? [];
    if (!list.some((r) => r.start === role.start)) list.push(role);
    rolesOf.set(person.id, list);
  };
  const addPosition = (person: Entity, org: Entity, role: RoleSpan, confidence: number) => {
    const key = `${person.id}|${org.id}|${role.label}`;
    if (seen.has(key) || person.id === org.id) return;
    seen.add(key);
    relations.push({
      type: 'position', subject: person.id, object: org.id, role: role.label, amount: null, date: null,
      purpose: null, medium: null, confidence, sentence: role.sentence, trigger: { start: role.start, end: role.end },
    });
  };

  for (let k = 0; k < tokens.length; k++) {
    let last = k;
    while (last + 1 < tokens.length && same(k, last + 1) && last - k < 6) last++;
    const title = titleAt(w, k, last);
    if (!title) continue;
    const end = k + title.length - 1;
    // "managing director" is one title, not also "director".
    const next = k;
    k = end;
    const role: RoleSpan = { start: tokens[next]!.start, end: tokens[end]!.end, label: title.label, sentence: tokens[next]!.sentence };

    // TITLE PERSON, with an optional ORG (and "'s") before the title: "OpenAI CEO Sam Altman".
    const person = entityAt(idx.startsAt.get(end + 1));
    if (person?.type === 'PERSON' && same(next, end + 1)) {
      addRole(person, role);
      let before = next - 1;
      while (before >= 0 && same(next, before) && TITLE_MODIFIERS.has(lw[before]!)) before--;
      if (POSSESSIVE.has(w[before] ?? '')) before--;
      const org = entityAt(idx.endsAt.get(before));
      if (isOrg(org) && same(next, before)) addPosition(person, org!, role, 0.7);
    }

    // PERSON, [the|a former ...] TITLE of ORG: "Dana Whitcombe, chief executive of Harborlight",
    // "Celia Brandt, a law professor at Glenmoor University", "Noor Castellan, CEO of AI startup Quillfeather".
    let j = next - 1;
    for (let extra = 0; j >= 0 && same(next, j); j--) {
      if (DETERMINERS.has(lw[j]!) || TITLE_MODIFIERS.has(lw[j]!)) continue;
      if (/^\p{Ll}+$/u.test(w[j]!) && extra++ < 2) continue;
      break;
    }
    if (w[j] === ',' && same(next, j)) {
      const subject = entityAt(idx.endsAt.get(j - 1));
      if (subject?.type === 'PERSON' && same(next, j - 1)) {
        let o = end + 1;
        if (OF_WORDS.has(lw[o] ?? '') && same(next, o)) {
          o++;
          for (let filler = 0; filler < MAX_FILLER && same(next, o) && !idx.startsAt.has(o) && !/[,.;]/.test(w[o]!); filler++) o++;
          const org = entityAt(idx.startsAt.get(o));
          if (isOrg(org) && same(next, o)) {
            addRole(subject, role);
            addPosition(subject, org!, role, 0.6);
          }
        }
      }
    }

    // PERSON, [the] ORG['s] TITLE: "Elon Musk, Tesla's CEO", "Musk, the Tesla CEO".
    let b = next - 1;
    if (POSSESSIVE.has(w[b] ?? '')) b--;
    const orgMention = idx.endsAt.get(b);
    const org = entityAt(orgMention);
    if (isOrg(org) && orgMention !== undefined) {
      let c = (idx.tokenAt.get(mentions[orgMention]!.start) ?? 0) - 1;
      while (c >= 0 && (DETERMINERS.has(lw[c]!) || TITLE_MODIFIERS.has(lw[c]!))) c--;
      if (w[c] === ',' && same(next, c)) {
        const subject = entityAt(idx.endsAt.get(c - 1));
        if (subject?.type === 'PERSON' && same(next, c - 1)) {
          addRole(subject, role);
          addPosition(subject, org!, role, 0.6);
        }
      }
    }
  }
  return { roles, rolesOf, relations };
}

export const relationsBaselineStage: Stage = {
  name: 'relations-baseline',
  requires: ['tokens', 'mentions', 'entities'],
  adds: ['relations', 'roles'],
  run(doc: Doc): Doc {
    const tokens = need(doc, 'tokens', 'relations-baseline');
    const mentions = need(doc, 'mentions', 'relations-baseline');
    const entities = need(doc, 'entities', 'relations-baseline');
    const { roles, rolesOf, relations } = findPositions(doc.text, tokens, mentions, entities);
    // Entities gain the roles seen with them (a new array of new objects; the input is not mutated).
    const withRoles = entities.map((e) => (rolesOf.has(e.id) ? { ...e, roles: [...e.roles, ...rolesOf.get(e.id)!] } : e));
    return { ...doc, roles, relations, entities: withRoles };
  },
};
