// Within-article resolution: one entity per referent. Cleans the tagger's mentions (titles,
// honorifics, possessives and a leading "the" are stripped off the span; group words such as
// "Democrats" are dropped), then joins mentions that name the same referent:
//   - the same name in any case ("SoftBank" / "Softbank", "HARBORLIGHT" / "Harborlight");
//   - a person's full name and its variants: middle names and initials, short given names
//     ("Mike" / "Michael"), the surname alone ("Trump") when one person in the article has it;
//   - an organisation and its acronym ("FTC"), its short form ("Harborlight" / "Harborlight Bio",
//     "Tesla" / "Tesla Inc."), and "Federal Trade Commission (FTC)" introductions;
//   - country aliases from the country lexicon ("U.S." / "United States").
// Different people who share a surname are never joined; an ambiguous surname goes to the person
// named most recently before it, or stays on its own. Entity types are settled by a vote of the
// mentions. The canonical name is the fullest proper form.

import type { Doc, Entity, EntityType, Mention, RoleSpan, Span } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { need } from '../pipeline.js';
import { ACRONYM_SKIP, CORPORATE_SUFFIXES, GROUP_WORDS, NAME_SUFFIXES, NICKNAMES } from '../data/names.js';
import { HONORIFICS } from '../data/titles.js';
import { buildTokenIndex, isCapitalized, tokenRange, type TokenIndex } from '../token-index.js';
import { matchTitleAt } from './roles.js';
import { countryKey, isDemonym, placeKind } from '../data/places.js';
import { commonWords, givenNames } from '../data/lexicons.js';
import { repairFromArticle } from '../extract/article-repairs.js';

/** Heads that make an organisation a body of its own, not a longer name of a shorter one ("Senate Judiciary Committee"). */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'committee', 'subcommittee', 'department', 'school', 'university', 'college', 'court', 'commission', 'agency',
  'bureau', 'council', 'board', 'foundation', 'institute', 'party', 'news', 'office', 'division', 'studios', 'studio',
  'caucus', 'panel', 'administration', 'campaign', 'ministry', 'service', 'authority', 'centre', 'center', 'museum',
  'hospital', 'foundation', 'union', 'association',
]);

/** Names of institutions that prefix the names of their parts ("House GOP", "Senate Democrats"). */
const GENERIC_BODIES: ReadonlySet<string> = new Set([
  'house', 'senate', 'congress', 'parliament', 'court', 'police', 'army', 'navy', 'government', 'administration',
  'cabinet', 'assembly', 'council', 'treasury', 'pentagon', 'kremlin', 'commons', 'lords', 'state', 'federal', 'national',
]);

/** Heads that, written alone and capitalised, stand for the one organisation of that kind in the article. */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['committee', 'commission', 'company', 'agency', 'department', 'bureau', 'campaign', 'union', 'court', 'board', 'council', 'foundation', 'institute', 'university']);

const NICKNAME_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const group of NICKNAMES) for (const a of group) for (const b of group) (m.get(a) ?? m.set(a, new Set()).get(a)!).add(b);
  return m;
})();

interface Cand {
  /** Index in the cleaned mention list. */
  index: number;
  mention: Mention;
  /** Word tokens of the cleaned span (punctuation dropped), as written. */
  words: string[];
  key: string;
  /** Titles stripped from the front of the span. */
  roles: RoleSpan[];
}

function keyOf(words: readonly string[]): string {
  return words.map((w) => w.toLowerCase().replace(/[.’']/g, '').replace(/^#/, '')).join(' ');
}

const isPunct = (ix: TokenIndex, i: number) => ix.tokens[i]!.kind === 'punct';

/**
 * Cleans a tagged span: strips a leading "the", honorifics and titles (kept as roles) from people,
 * a trailing possessive and punctuation, a leading year ("2019 Harbor Books Festival"), a party
 * prefix ("D-N.J." -> "N.J."), and the lower-case tail of a hyphen compound ("California-based" ->
 * "California"). Returns null when nothing name-like is left.
 */
function clean(ix: TokenIndex, m: Mention): { mention: Mention; words: string[]; roles: RoleSpan[] } | null {
  let [a, b] = tokenRange(ix.tokens, m);
  const roles: RoleSpan[] = [];
  while (b > a && (isPunct(ix, b - 1) || /^['’]s?$/i.test(ix.words[b - 1]!))) b--;
  while (a < b && (isPunct(ix, a) || ix.lower[a] === 'the')) a++;
  if (m.type !== 'PERSON') while (a + 1 < b && (/^\d{4}$/.test(ix.words[a]!) || (a > 0 && /^[-–]$/.test(ix.words[a]!) && /^\d{4}$/.test(ix.words[a - 1]!)))) a++;
  if (m.type === 'PERSON') {
    for (;;) {
      if (a < b && HONORIFICS.has(ix.lower[a]!)) {
        a++;
        continue;
      }
      if (a < b && (ix.lower[a] === 'former' || ix.lower[a] === 'then')) {
        const t = matchTitleAt(ix, a + 1, b);
        if (t && t.end < b) {
          roles.push({ start: ix.tokens[a]!.start, end: ix.tokens[t.end - 1]!.end, label: `${ix.lower[a]} ${t.title.label}`, sentence: m.sentence });
          a = t.end;
          continue;
        }
      }
      const t = a < b ? matchTitleAt(ix, a, b) : null;
      if (t && t.end < b && isCapitalized(ix.words[t.end]!)) {
        roles.push({ start: ix.tokens[a]!.start, end: ix.tokens[t.end - 1]!.end, label: t.title.label, sentence: m.sentence });
        a = t.end;
        continue;
      }
      break;
    }
  }
  // "Seattle-based Amazon": the compound modifier is not part of the name.
  if (b - a > 1 && /^[^-]+-[\p{Ll}]+$/u.test(ix.words[a]!) && isCapitalized(ix.words[a + 1]!)) a++;
  if (a >= b) return null;
  let start = ix.tokens[a]!.start;
  let end = ix.tokens[b - 1]!.end;
  const words: string[] = [];
  for (let i = a; i < b; i++) if (!isPunct(ix, i)) words.push(ix.words[i]!);
  if (!words.length) return null;
  // Hyphen compounds: "California-based", "Amazon-owned" name the place or company before the hyphen.
  const lastWord = words[words.length - 1]!;
  const tail = /^([^-]*[\p{Lu}\p{N}][^-]*)-(\p{Ll}+)$/u.exec(lastWord);
  if (tail && b - a === 1) {
    end = start + tail[1]!.length;
    words[words.length - 1] = tail[1]!;
  }
  const party = /^[DRI]-(?=\p{Lu})/u.exec(words[0]!);
  if (party && b - a === 1) {
    start += 2;
    words[0] = words[0]!.slice(2);
  }
  // Something name-like: a capital letter, a digit, or a handle.
  if (!words.some((w) => /[\p{Lu}\p{N}@#]/u.test(w))) return null;
  if (words.length === 1) {
    const w = words[0]!.toLowerCase();
    if (GROUP_WORDS.has(w) || isDemonym(w)) return null;
  }
  return { mention: { ...m, start, end }, words, roles };
}

/** Name parts of a person: given name, surname, without suffixes, initials kept. */
function personParts(words: readonly string[]): { first: string; last: string; n: number } {
  const w = words.map((x) => x.toLowerCase().replace(/[’]/g, "'")).filter((x) => !NAME_SUFFIXES.has(x) && x !== '(' && x !== ')');
  return { first: w[0] ?? '', last: w[w.length - 1] ?? '', n: w.length };
}

function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const aa = a.replace(/\.$/, '');
  const bb = b.replace(/\.$/, '');
  if (aa.length === 1 || bb.length === 1) return aa[0] === bb[0];
  return NICKNAME_OF.get(a)?.has(b) ?? false;
}

function stripCorporate(words: readonly string[]): string[] {
  const w = [...words];
  while (w.length > 1 && CORPORATE_SUFFIXES.has(w[w.length - 1]!.toLowerCase())) w.pop();
  return w;
}

function acronymOf(words: readonly string[]): string {
  let s = '';
  for (const w of words) {
    if (ACRONYM_SKIP.has(w.toLowerCase())) continue;
    if (/^(?:\p{L}\.)+$/u.test(w)) s += w.replace(/\./g, '').toUpperCase();
    else for (const part of w.split('-')) if (part) s += /^(?:\p{L}\.)+$/u.test(part) ? part.replace(/\./g, '').toUpperCase() : part[0]!.toUpperCase();
  }
  return s;
}

const isAcronymLike = (w: string) => /^[\p{Lu}][\p{Lu}\p{N}&.-]+$/u.test(w) && w.replace(/[.&-]/g, '').length >= 2;

/** Union-find over candidate indexes. */
class Groups {
  private readonly parent: Int32Array;
  /** Members of each root (smaller lists are moved into larger ones), for per-group answers. */
  readonly members: number[][];
  /** Called with the two old roots whenever groups merge, so that derived answers can be dropped. */
  onUnion: (a: number, b: number) => void = () => {};
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.members = [];
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      this.members.push([i]);
    }
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) {
      const root = Math.min(ra, rb);
      const other = Math.max(ra, rb);
      this.parent[other] = root;
      const into = this.members[root]!;
      for (const m of this.members[other]!) into.push(m);
      this.members[other] = [];
      this.onUnion(ra, rb);
    }
  }
}

export interface Resolution {
  mentions: Mention[];
  entities: Entity[];
}

export function resolveEntities(doc: Doc): Resolution {
  const ix = buildTokenIndex(doc);
  const raw = repairFromArticle(doc, ix, doc.mentions ?? []);
  const cands: Cand[] = [];
  let lastEnd = -1;
  for (const m of raw) {
    if (m.start < lastEnd) continue; // overlapping spans: keep the first, longest
    const c = clean(ix, m);
    if (!c) continue;
    lastEnd = m.end;
    cands.push({ index: cands.length, mention: c.mention, words: c.words, key: keyOf(c.words), roles: c.roles });
  }
  const n = cands.length;
  const groups = new Groups(n);

  // 1. The same name, in any case; country aliases.
  const byKey = new Map<string, number>();
  for (const c of cands) {
    const k = (c.mention.type === 'GPE' || c.mention.type === 'LOC' ? countryKey(c.words.join(' ')) : null) ?? c.key;
    const seen = byKey.get(k);
    if (seen === undefined) byKey.set(k, c.index);
    else groups.union(seen, c.index);
  }

  // The type of a group, by the vote of its mentions; dropped for both groups when two merge.
  const typeCache = new Map<number, EntityType>();
  groups.onUnion = (a, b) => {
    typeCache.delete(a);
    typeCache.delete(b);
  };
  const typeOf = (i: number): EntityType => {
    if (i >= n) return cands[i]!.mention.type;
    const r = groups.find(i);
    let t = typeCache.get(r);
    if (!t) {
      t = vote(groups.members[r]!.map((m) => cands[m]!));
      typeCache.set(r, t);
    }
    return t;
  };

  // 2. Short names introduced right after a name: "Federal Trade Commission (FTC)", "..., or RSPM",
  // stock tickers "Marlow Drinks (MRLW)", "Corvid Resources Inc. CVRD, +4.12%".
  for (let i = 0; i + 1 < n; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (b.words.length !== 1 || !isAcronymLike(b.words[0]!)) continue;
    const between = doc.text.slice(a.mention.end, b.mention.start);
    const after = doc.text.slice(b.mention.end, b.mention.end + 12);
    const intro = (/^\s*\(\s*$/.test(between) && /^\s*\)/.test(after)) || (a.words.length >= 2 && /^\s*,\s*(?:or|known as)\s+$/.test(between));
    const ticker = /^(?:[‘’']s)?\s*$/.test(between) && /^\s*,?\s*[+-−]\s*\d/.test(after);
    if (intro || ticker) {
      groups.union(a.index, b.index);
      // a stock ticker belongs to a company
      if (ticker && /^[A-Z]{1,5}$/.test(b.words[0]!) && a.mention.type !== 'ORG') {
        a.mention = { ...a.mention, type: 'ORG' };
        typeCache.delete(groups.find(a.index));
      }
    }
  }

  // Longer forms of a name with a place or body in front ("U.S. Senate" / "Senate", "House Fisheries and
  // Ports Committee" / "Fisheries and Ports Committee"), and singular / plural forms ("Other Venture").
  {
    const longsByLast = new Map<string, Cand[]>();
    for (const c of cands) {
      if (c.words.length < 2) continue;
      const last = c.words[c.words.length - 1]!.toLowerCase();
      (longsByLast.get(last) ?? longsByLast.set(last, []).get(last)!).push(c);
    }
    for (const c of cands) {
      if (c.mention.type !== 'ORG' && c.mention.type !== 'PRODUCT') continue;
      const k = c.words.map((w) => w.toLowerCase());
      const hits = new Set<number>();
      for (const l of longsByLast.get(k[k.length - 1]!) ?? []) {
        if (l.words.length <= k.length || l.mention.type !== c.mention.type) continue;
        const lk = l.words.map((w) => w.toLowerCase());
        const off = lk.length - k.length;
        if (!k.every((w, j) => lk[off + j] === w)) continue;
        const prefix = l.words.slice(0, off);
        const placePrefix = countryKey(prefix.join(' ')) !== null;
        if (k.length >= 2 ? prefix.every((w) => isCapitalized(w) || /\d/.test(w)) && off <= 2 : placePrefix) hits.add(groups.find(l.index));
      }
      if (hits.size === 1) groups.union([...hits][0]!, c.index);
    }
    const byPlural = new Map<string, number>();
    for (const c of cands) {
      if (c.words.length < 2) continue;
      const k = c.key.replace(/s$/, '');
      const seen = byPlural.get(k);
      if (seen === undefined) byPlural.set(k, c.index);
      else if (cands[seen]!.mention.type === c.mention.type) groups.union(seen, c.index);
    }
  }

  // 3. Acronyms and short forms of organisations; full-name variants and surnames of people.
  const reps = () => {
    const seen = new Map<number, Cand>();
    for (const c of cands) {
      const r = groups.find(c.index);
      const cur = seen.get(r);
      if (!cur || c.words.length > cur.words.length) seen.set(r, c);
    }
    return seen;
  };
  let rep = reps();
  const longOrgs = [...rep.values()].filter((c) => c.words.length >= 2 && typeOf(c.index) !== 'PERSON');
  const personSurnames = new Set(cands.filter((o) => o.words.length > 1 && o.mention.type === 'PERSON').map((o) => o.words[o.words.length - 1]!));
  for (const c of rep.values()) {
    if (c.words.length !== 1) continue;
    const w = c.words[0]!;
    let t = typeOf(c.index);
    // "Harborlight" tagged as a person beside "Harborlight Robotics": no given name, no person of that surname
    if (t === 'PERSON' && !givenNames().has(w) && !personSurnames.has(w)) t = 'ORG';
    if (t === 'PERSON') continue;
    if (isAcronymLike(w)) {
      const acr = w.replace(/[.&-]/g, '').toUpperCase();
      const hits = longOrgs.filter((l) => {
        const words = stripCorporate(l.words);
        return acronymOf(words) === acr || (words.length > 2 && acronymOf(words.slice(1)) === acr);
      });
      if (hits.length === 1) {
        groups.union(hits[0]!.index, c.index);
        continue;
      }
    }
    // A word the tagger took for a place but no gazetteer knows, that opens an organisation's name ("Pinecrest" / "Pinecrest Bank").
    if (t !== 'ORG' && !((t === 'GPE' || t === 'LOC') && placeKind(w) !== 'country' && placeKind(w) !== 'state' && !usedAsPlace(doc.text, cands, groups.find(c.index), groups))) continue;
    const lw = w.toLowerCase();
    const hits = longOrgs.filter((l) => {
      if (typeOf(l.index) !== 'ORG') return false;
      const words = stripCorporate(l.words).map((x) => x.toLowerCase());
      const stripped = words.length < l.words.length;
      if (words.length === 1) return words[0] === lw;
      // "Disney+" is a product of Disney, not another name for it
      if (words.slice(1).some((x) => !/\p{L}/u.test(x))) return false;
      if (words[0] === lw && words[1] === 'of') return true;
      if (words[0] === lw) return !GENERIC_BODIES.has(lw) && !words.slice(1).some((x) => BODY_HEADS.has(x) || /^[A-Z]{2,}$/.test(x.toUpperCase()) && x === x.toUpperCase());
      // "the Committee" for the one "... Committee" of the article
      if (GENERIC_HEADS.has(lw) && words[words.length - 1] === lw) return true;
      return stripped && words[words.length - 1] === lw;
    });
    if (hits.length > 1 && GENERIC_HEADS.has(lw)) {
      // "the Committee" between two committees: the one named last before it
      let best: Cand | null = null;
      let at = -1;
      for (const h of hits) {
        const r = groups.find(h.index);
        for (const o of cands) if (o.index < n && groups.find(o.index) === r && o.mention.start < c.mention.start && o.mention.start > at) {
          at = o.mention.start;
          best = h;
        }
      }
      if (best) hits.splice(0, hits.length, best);
    }
    if (hits.length === 1) {
      // the short form names the organisation: its mentions take the organisation's type
      const root = groups.find(c.index);
      for (const o of groups.members[root]!) cands[o]!.mention = { ...cands[o]!.mention, type: 'ORG' };
      typeCache.delete(root);
      groups.union(hits[0]!.index, c.index);
    }
  }

  // People: full names with the same surname and a compatible given name are one person.
  rep = reps();
  const fullPeople = [...rep.values()].filter((c) => typeOf(c.index) === 'PERSON' && personParts(c.words).n >= 2);
  for (let i = 0; i < fullPeople.length; i++) {
    for (let j = i + 1; j < fullPeople.length; j++) {
      const a = personParts(fullPeople[i]!.words);
      const b = personParts(fullPeople[j]!.words);
      if (a.last === b.last && sameGivenName(a.first, b.first)) groups.union(fullPeople[i]!.index, fullPeople[j]!.index);
    }
  }
  // Handles ("@SenTarrant", "@realDonaldTrump") name the one person whose surname they hold.
  const people0 = cands.filter((c) => typeOf(c.index) === 'PERSON' && c.words.length >= 2);
  for (const c of cands) {
    if (c.words.length !== 1 || !/^@\w+$/.test(c.words[0]!)) continue;
    const h = c.words[0]!.slice(1).toLowerCase().replace(/_/g, '');
    const owners = new Set<number>();
    for (const p of people0) {
      const { last } = personParts(p.words);
      if (last.length >= 4 && h.includes(last.replace(/[^\p{L}]/gu, ''))) owners.add(groups.find(p.index));
    }
    if (owners.size === 1) {
      groups.union([...owners][0]!, c.index);
      c.mention = { ...c.mention, type: 'PERSON' };
      typeCache.delete(groups.find(c.index));
    }
  }

  // A single word naming a person (any tagged type but PERSON-full) attaches to the one person with that surname.
  rep = reps();
  const people = [...rep.values()].filter((c) => typeOf(c.index) === 'PERSON' && personParts(c.words).n >= 2);
  const bySurname = new Map<string, Cand[]>();
  for (const p of people) {
    const { last } = personParts(p.words);
    (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(p);
  }
  const reassigned = new Map<number, number>();
  const orgFirstWords = new Set(cands.filter((o) => o.words.length > 1 && typeOf(o.index) === 'ORG').map((o) => o.words[0]!.toLowerCase()));
  for (const c of cands) {
    if (c.words.length !== 1 && !(c.words.length === 2 && HONORIFICS.has(c.words[0]!.toLowerCase()))) continue;
    const root = groups.find(c.index);
    const rc = rep.get(root);
    if (rc && rc.words.length > 1) continue; // already part of a longer name
    const t = typeOf(c.index);
    if (t !== 'PERSON' && t !== 'ORG') continue;
    const last = c.words[c.words.length - 1]!.toLowerCase().replace(/[’]/g, "'");
    const owners = bySurname.get(last);
    if (!owners) continue;
    if (t === 'ORG' && orgFirstWords.has(last)) continue;
    let target: Cand | undefined;
    if (owners.length === 1) target = owners[0];
    else {
      // Several people share the surname: the one named most recently before this mention, if any.
      let best = -1;
      for (const o of owners) {
        for (const mi of groups.members[groups.find(o.index)]!) {
          const m = cands[mi]!;
          if (m.mention.start < c.mention.start && m.words.length > 1 && m.mention.start > best) {
            best = m.mention.start;
            target = o;
          }
        }
      }
    }
    if (target) {
      // the surname names the person, whatever type the tagger gave it alone
      reassigned.set(c.index, groups.find(target.index));
      c.mention = { ...c.mention, type: 'PERSON' };
    }
  }

  // Names the tagger missed where it found them elsewhere: "Okonjo later said" after "Marta Okonjo".
  for (const c of propagate(doc, ix, cands, groups, reassigned, typeOf)) cands.push(c);

  // Build entities in order of first mention.
  const members = new Map<number, Cand[]>();
  for (const c of cands) {
    const r = reassigned.get(c.index) ?? groups.find(c.index);
    (members.get(r) ?? members.set(r, []).get(r)!).push(c);
  }
  const ordered = [...members.values()].sort((x, y) => x[0]!.mention.start - y[0]!.mention.start);
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const mentionIndex = new Map<Cand, number>();
  for (const c of cands) {
    mentionIndex.set(c, mentions.length);
    mentions.push(c.mention);
  }
  for (const group of ordered) {
    let type = vote(group);
    if (type === 'GPE' && !usedAsAPlace(doc, group)) type = 'ORG';
    // "OpenAI CEO Sam Altman": an employer, whatever the tagger said elsewhere
    if ((type === 'PRODUCT' || type === 'GPE' || type === 'LOC') && !group.some((c) => countryKey(c.words.join(' ')) !== null || placeKind(c.words.join(' ')) !== null) && group.some((c) => employs(doc, ix, c))) type = 'ORG';
    const name = canonical(group);
    const id = `e${entities.length + 1}`;
    const roles = group.flatMap((c) => [...c.roles, ...(type === 'PERSON' ? nearbyRoles(ix, doc.roles ?? [], c.mention) : [])]);
    for (const c of group) mentions[mentionIndex.get(c)!] = { ...c.mention, type };
    entities.push({ id, type, name: { start: name.mention.start, end: name.mention.end }, mentions: group.map((c) => mentionIndex.get(c)!), aliases: aliasSpans(group), roles });
  }
  return { mentions, entities };
}

/**
 * Titles written with a person's name: right before it ("OpenAI CEO Sam Altman") or in an
 * appositive right after it ("Rufus Calloway, an analyst").
 */
function nearbyRoles(ix: TokenIndex, roles: readonly RoleSpan[], m: Mention): RoleSpan[] {
  const out: RoleSpan[] = [];
  const [first, end] = tokenRange(ix.tokens, m);
  for (const r of roles) {
    if (r.sentence !== m.sentence) continue;
    const [rf, re] = tokenRange(ix.tokens, r);
    // A title right before another capitalised name is that name's ("..., U.S. President Donald Trump's adviser").
    const nextWord = ix.words[re] ?? '';
    if (re === first) out.push(r);
    else if (rf > end && ix.words[end] === ',' && rf - end <= 5 && !(isCapitalized(nextWord) && ix.tokens[re]!.kind === 'word')) {
      let ok = true;
      for (let k = end + 1; k < rf; k++) if (ix.tokens[k]!.kind === 'punct' && ix.words[k] !== '’s' && ix.words[k] !== "'s") ok = false;
      if (ok) out.push(r);
    }
  }
  return out;
}

/**
 * Document-level consistency: every other occurrence of a found name (or of a person's surname) is
 * a mention too, when it stands alone (not inside a longer capitalised name). A sentence-initial
 * common word is taken only when a verb follows it.
 */
/** A name written before an office title and a person's name ("OpenAI CEO Sam Altman"). */
function employs(doc: Doc, ix: TokenIndex, c: Cand): boolean {
  const [, b] = tokenRange(ix.tokens, c.mention);
  const s = ix.tokens[b - 1]!.sentence;
  const t = matchTitleAt(ix, b, ix.sentenceEnd[s]!);
  if (!t || (t.title.kind !== 'office' && t.title.kind !== 'founder' && !(c.mention.type === 'LOC' && t.title.kind === 'public'))) return false;
  const next = ix.tokens[t.end];
  return !!next && (doc.mentions ?? []).some((m) => m.type === 'PERSON' && m.start === next.start);
}

const PLACE_PREPOSITIONS = /\b(?:in|near|across|throughout|outside|inside|around)\s+(?:the\s+)?$/i;
const PLACE_WORDS = /\b(?:northern|southern|eastern|western|central|county|city|state|province|island|islands|valley|beach|coast|region|district|republic|kingdom|peninsula|bay|river|mountains?|lake|north|south|east|west)\b/i;

/**
 * Whether the article uses a name the place lists do not know as a place: after "in", "near", ...,
 * in a chain with a known place ("Akron, Ohio"), before "-based", or with a place word in it.
 * A "place" never used as one is an organisation the tagger mistyped ("Tidewell", "Marlow Coffee").
 */
function usedAsAPlace(doc: Doc, group: readonly Cand[]): boolean {
  for (const c of group) {
    const name = c.words.join(' ');
    if (placeKind(name) !== null || countryKey(name) !== null || PLACE_WORDS.test(name)) return true;
    const before = doc.text.slice(Math.max(0, c.mention.start - 12), c.mention.start);
    const after = doc.text.slice(c.mention.end, c.mention.end + 40);
    if (PLACE_PREPOSITIONS.test(before) || /^-based/.test(after)) return true;
    const prevPlace = /([\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}.]+)*),\s*$/u.exec(doc.text.slice(Math.max(0, c.mention.start - 40), c.mention.start));
    const nextPlace = /^,\s*((?:[\p{Lu}][\p{L}.]*)(?: [\p{Lu}][\p{L}.]*)*)/u.exec(after);
    if ((prevPlace && placeKind(prevPlace[1]!)) || (nextPlace && placeKind(nextPlace[1]!))) return true;
  }
  return false;
}

/** Whether any mention of a group stands after a locative preposition ("in Pinecrest", "from Dayton"). */
function usedAsPlace(text: string, cands: readonly Cand[], root: number, groups: Groups): boolean {
  return groups.members[root]!.some((i) => /\b(?:in|at|from|near|to|outside)\s+$/i.test(text.slice(Math.max(0, cands[i]!.mention.start - 8), cands[i]!.mention.start)));
}

function propagate(doc: Doc, ix: TokenIndex, cands: Cand[], groups: Groups, reassigned: Map<number, number>, typeOf: (i: number) => EntityType): Cand[] {
  const pos = doc.pos ?? [];
  const covered = new Uint8Array(ix.tokens.length);
  for (const c of cands) {
    const [a, b] = tokenRange(ix.tokens, c.mention);
    for (let k = a; k < b; k++) covered[k] = 1;
  }
  const forms = new Map<string, Array<{ words: string[]; owner: number }>>();
  const ambiguous = new Set<string>();
  const addForm = (words: string[], owner: number) => {
    const key = words.join(' ');
    const list = forms.get(words[0]!) ?? [];
    const same = list.find((f) => f.words.join(' ') === key);
    if (same && same.owner !== owner) ambiguous.add(key);
    if (!same) list.push({ words, owner });
    forms.set(words[0]!, list);
  };
  for (const c of cands) {
    const root = reassigned.get(c.index) ?? groups.find(c.index);
    if (c.words.some((w) => !/^[\p{Lu}\p{N}]/u.test(w) && !/^(?:of|and|the|&)$/.test(w))) continue;
    addForm(c.words, root);
    if (typeOf(c.index) === 'PERSON' && c.words.length >= 2) {
      const last = c.words[c.words.length - 1]!;
      if (last.length >= 3 && !NAME_SUFFIXES.has(last.toLowerCase())) addForm([last], root);
    }
  }
  const out: Cand[] = [];
  const isCapWord = (k: number) => k >= 0 && k < ix.tokens.length && ix.tokens[k]!.kind === 'word' && isCapitalized(ix.words[k]!);
  for (let k = 0; k < ix.tokens.length; k++) {
    if (covered[k]) continue;
    const list = forms.get(ix.words[k]!);
    if (!list) continue;
    let best: { words: string[]; owner: number } | null = null;
    for (const f of list) if (f.words.every((w, i) => ix.words[k + i] === w && !covered[k + i]) && (!best || f.words.length > best.words.length)) best = f;
    if (!best || ambiguous.has(best.words.join(' '))) continue;
    const end = k + best.words.length;
    const sentence = ix.tokens[k]!.sentence;
    const sentenceStart = ix.sentenceFirst[sentence] === k;
    if ((!sentenceStart && isCapWord(k - 1) && ix.tokens[k - 1]!.sentence === sentence) || (isCapWord(end) && ix.tokens[end]!.sentence === sentence)) continue;
    if (sentenceStart && commonWords().has(ix.lower[k]!)) {
      let v = end;
      while (/^RB/.test(pos[v] ?? '')) v++;
      if (!/^(?:VB|MD)/.test(pos[v] ?? '')) continue;
    }
    const owner = cands[best.owner]!;
    const mention: Mention = { start: ix.tokens[k]!.start, end: ix.tokens[end - 1]!.end, type: typeOf(owner.index), sentence, score: 0.5 };
    const c: Cand = { index: cands.length + out.length, mention, words: best.words, key: keyOf(best.words), roles: [] };
    reassigned.set(c.index, best.owner);
    out.push(c);
    for (let m = k; m < end; m++) covered[m] = 1;
    k = end - 1;
  }
  return out;
}

function vote(group: readonly Cand[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const c of group) score.set(c.mention.type, (score.get(c.mention.type) ?? 0) + (c.mention.score ?? 1) * (c.words.length > 1 ? 1.5 : 1));
  let best: EntityType = group[0]!.mention.type;
  for (const [t, s] of score) if (s > (score.get(best) ?? 0)) best = t;
  return best;
}

/** The fullest proper form: most words, then mixed case over all caps, then the first seen. */
function canonical(group: readonly Cand[]): Cand {
  let best = group[0]!;
  const allCaps = (c: Cand) => c.words.every((w) => w === w.toUpperCase());
  const rank = (c: Cand) => stripCorporate(c.words).length * 2 + (allCaps(c) && c.words.some((w) => w.length > 4) ? -1 : 0) + (c.words.some((w) => w.startsWith('@')) ? -3 : 0);
  for (const c of group) if (rank(c) > rank(best)) best = c;
  return best;
}

/** Title forms of a person's name ("President Donald Trump"), kept as alias spans. */
function aliasSpans(group: readonly Cand[]): Span[] {
  const out: Span[] = [];
  for (const c of group) for (const r of c.roles) if (r.end <= c.mention.start) out.push({ start: r.start, end: c.mention.end });
  return out;
}

export const resolveStage: Stage = {
  name: 'resolve',
  requires: ['tokens', 'pos', 'mentions', 'roles'],
  adds: ['entities'],
  run(doc: Doc): Doc {
    need(doc, 'mentions', 'resolve');
    const { mentions, entities } = resolveEntities(doc);
    return { ...doc, mentions, entities };
  },
};
