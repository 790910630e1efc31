import type { Doc, Entity, EntityType, Mention } from '../doc.js';
import { need, type Stage } from '../pipeline.js';
import { companyIndex, placeIndex } from '../data/lexicons.js';
import { NAME_CONNECTORS, ORG_FIRST_WORDS, ORG_LAST_WORDS } from '../data/baseline-entity-words.js';

// Baseline within-article resolution: one entity per referent. Mentions join when their
// normalised names are equal (case, punctuation and a leading "the" aside: "Softbank" and
// "SoftBank"), when they name the same country, state or listed company ("U.S." and "United
// States"), when a single word is the surname of exactly one person named in full, or when an
// all-capitals word is the acronym of a longer name ("FTC" for "Federal Trade Commission"). The
// canonical name is the fullest form seen. The coreference stage replaces it.

export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[.,'’"“”]/g, '')
    .replace(/[-–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The key that makes two surface forms one referent, before the surname and acronym rules. */
function keyOf(surface: string, type: EntityType): string {
  const place = placeIndex().get(surface);
  if (place && place.kind !== 'city') return `place:${place.kind}:${place.code}`;
  if (type === 'ORG') {
    const company = companyIndex().get(surface);
    if (company) return `org:${normalizeName(company.short)}`;
  }
  return normalizeName(surface);
}

/** "Federal Trade Commission" -> "FTC"; connectors and "the" are skipped. */
export function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

interface Cluster {
  key: string;
  mentions: number[];
  /** Normalised last word of each PERSON mention with two or more words. */
  surname: string | null;
  acronym: string | null;
  /** Normalised first word of a multi-word organisation name. */
  firstWord: string | null;
  type: EntityType;
}

export function resolveMentions(text: string, mentions: readonly Mention[]): Entity[] {
  const surface = mentions.map((m) => text.slice(m.start, m.end));
  const words = surface.map((s) => s.split(/\s+/).length);
  // Fullest forms first, so that short forms find the long one they abbreviate.
  const order = mentions.map((_, i) => i).sort((a, b) => words[b]! - words[a]! || surface[b]!.length - surface[a]!.length || a - b);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  for (const i of order) {
    const m = mentions[i]!;
    const key = keyOf(surface[i]!, m.type);
    let cluster = byKey.get(key);
    if (!cluster && words[i] === 1) {
      const norm = normalizeName(surface[i]!);
      const bySurname = clusters.filter((c) => c.surname === norm);
      if (bySurname.length === 1) cluster = bySurname[0];
      if (!cluster && /^\p{Lu}{2,}$/u.test(surface[i]!)) {
        const byAcronym = clusters.filter((c) => c.acronym === surface[i]);
        if (byAcronym.length === 1) cluster = byAcronym[0];
      }
      // "Harborlight" for "Harborlight Robotics", unless the word is a generic head ("House").
      if (!cluster && m.type === 'ORG' && !ORG_FIRST_WORDS.has(surface[i]!) && !ORG_LAST_WORDS.has(surface[i]!)) {
        const byFirstWord = clusters.filter((c) => c.firstWord === norm && c.type === 'ORG');
        if (byFirstWord.length === 1) cluster = byFirstWord[0];
      }
    }
    if (!cluster) {
      cluster = {
        key,
        mentions: [],
        surname: m.type === 'PERSON' && words[i]! > 1 ? normalizeName(surface[i]!.slice(surface[i]!.lastIndexOf(' ') + 1)) : null,
        acronym: m.type !== 'PERSON' && words[i]! > 1 ? acronymOf(surface[i]!) : null,
        firstWord: m.type === 'ORG' && words[i]! > 1 ? normalizeName(surface[i]!.split(/\s+/)[0]!) : null,
        type: m.type,
      };
      clusters.push(cluster);
      byKey.set(key, cluster);
    }
    cluster.mentions.push(i);
  }
  const entities = clusters.map((c) => {
    const ms = [...c.mentions].sort((a, b) => a - b);
    return { ms, first: mentions[ms[0]!]!.start };
  });
  entities.sort((a, b) => a.first - b.first);
  return entities.map(({ ms }, k): Entity => {
    const counts = new Map<EntityType, number>();
    for (const i of ms) counts.set(mentions[i]!.type, (counts.get(mentions[i]!.type) ?? 0) + 1);
    const fullest = ms.reduce((best, i) => (words[i]! > words[best]! || (words[i] === words[best] && surface[i]!.length > surface[best]!.length) ? i : best));
    let type = mentions[fullest]!.type;
    for (const [t, n] of counts) if (n > (counts.get(type) ?? 0)) type = t;
    return {
      id: `e${k + 1}`,
      type,
      name: { start: mentions[fullest]!.start, end: mentions[fullest]!.end },
      mentions: ms,
      aliases: [],
      roles: [],
    };
  });
}

export const resolveBaselineStage: Stage = {
  name: 'resolve-baseline',
  requires: ['mentions'],
  adds: ['entities'],
  run(doc: Doc): Doc {
    return { ...doc, entities: resolveMentions(doc.text, need(doc, 'mentions', 'resolve-baseline')) };
  },
};
