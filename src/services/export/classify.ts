// Sorting actors and ties into the vocabularies of the export formats (FtM, schema.org), from
// the tables in mapping.ts. An ORG is a public body or a company by the words in its name, a
// listed company, or because some article says it is owned or bought.

import { companyIndex, placeIndex, type Place } from '../../nlp/data/lexicons.js';
import type { EntityType, RelationType } from '../../nlp/doc.js';
import {
  COMPANY_WORDS, DIRECTOR_ROLES, FTM_EDGES, FTM_PARENTS, MEMBER_ROLES, PUBLIC_BODY_WORDS, TIE_MAPPINGS,
  type FtmActorSchema, type FtmEdgeSchema,
} from './mapping.js';

const words = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean);

function hasPhrase(nameWords: string[], phrases: readonly string[]): boolean {
  const joined = ` ${nameWords.join(' ')} `;
  return phrases.some((p) => joined.includes(` ${p} `));
}

export type OrgKind = 'public' | 'company' | 'other';

export function orgKind(name: string, owned: boolean): OrgKind {
  const w = words(name);
  if (hasPhrase(w, PUBLIC_BODY_WORDS)) return 'public';
  if (owned || companyIndex().has(name) || hasPhrase(w, COMPANY_WORDS)) return 'company';
  return 'other';
}

export function ftmActorSchema(actor: { type: EntityType; name: string; owned?: boolean }): FtmActorSchema {
  switch (actor.type) {
    case 'PERSON':
      return 'Person';
    case 'ORG': {
      const k = orgKind(actor.name, actor.owned ?? false);
      return k === 'public' ? 'PublicBody' : k === 'company' ? 'Company' : 'Organization';
    }
    case 'GPE':
    case 'LOC':
      return 'Address';
    case 'PRODUCT':
      return 'Asset';
  }
}

/** A known country, US state or city of this name. */
export function placeOf(name: string): Place | undefined {
  return placeIndex().get(name);
}

export function isA(schema: string, range: string): boolean {
  if (schema === range) return true;
  return (FTM_PARENTS[schema] ?? []).some((p) => isA(p, range));
}

function roleIn(role: string | null, list: readonly string[]): boolean {
  if (!role) return false;
  const r = role.toLowerCase().trim();
  return list.some((x) => r === x || r.endsWith(` ${x}`) || r.startsWith(`${x} `));
}

/**
 * The FtM edge schema for one tie between actors of these schemata: the mapped schema when both
 * ends fit its property ranges, else UnknownLink (which takes any two things).
 */
export function ftmEdgeSchema(type: string, role: string | null, subject: string, object: string): FtmEdgeSchema {
  let schema: FtmEdgeSchema = TIE_MAPPINGS[type as RelationType]?.ftm ?? 'UnknownLink';
  if (type === 'position') {
    if (roleIn(role, MEMBER_ROLES)) schema = 'Membership';
    else if (roleIn(role, DIRECTOR_ROLES)) schema = 'Directorship';
  }
  const e = FTM_EDGES[schema];
  return isA(subject, e.sourceRange) && isA(object, e.targetRange) ? schema : 'UnknownLink';
}

/** schema.org type of an actor. */
export function schemaOrgType(actor: { type: EntityType; name: string; owned?: boolean }): string {
  switch (actor.type) {
    case 'PERSON':
      return 'Person';
    case 'ORG': {
      const k = orgKind(actor.name, actor.owned ?? false);
      return k === 'public' ? 'GovernmentOrganization' : k === 'company' ? 'Corporation' : 'Organization';
    }
    case 'GPE':
    case 'LOC': {
      const kind = placeOf(actor.name)?.kind;
      return kind === 'country' ? 'Country' : kind === 'state' ? 'State' : kind === 'city' ? 'City' : 'Place';
    }
    case 'PRODUCT':
      return 'Product';
  }
}
