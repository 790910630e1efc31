// Words for coreference (stages/coref.ts): personal pronouns, and the head nouns of definite
// descriptions ("the company", "the agency") with the kind of organisation each one can name.

import { givenNames } from './lexicons.js';

export type Gender = 'm' | 'f';

/** The sex at least 95% of the people with this given name have (SSA counts, 3,000 births or more), or undefined. */
export function givenNameGender(name: string): Gender | undefined {
  const key = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
  const counts = givenNames().get(key) ?? givenNames().get(name);
  if (!counts) return undefined;
  const [m, f] = counts;
  const total = m + f;
  if (total < 3000) return undefined;
  if (m / total >= 0.95) return 'm';
  if (f / total >= 0.95) return 'f';
  return undefined;
}

/** Pronouns that can stand for a person, with their gender and whether they are possessive. */
export const PERSON_PRONOUNS: ReadonlyMap<string, { gender: Gender; possessive: boolean }> = new Map([
  ['he', { gender: 'm', possessive: false }],
  ['him', { gender: 'm', possessive: false }],
  ['his', { gender: 'm', possessive: true }],
  ['himself', { gender: 'm', possessive: false }],
  ['she', { gender: 'f', possessive: false }],
  ['her', { gender: 'f', possessive: true }],
  ['hers', { gender: 'f', possessive: false }],
  ['herself', { gender: 'f', possessive: false }],
]);

/** Pronouns that can stand for an organisation or a product. */
export const THING_PRONOUNS: ReadonlyMap<string, { possessive: boolean }> = new Map([
  ['it', { possessive: false }],
  ['its', { possessive: true }],
]);

/** Honorifics and gendered titles that tell a person's gender. */
export const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ['mr.', 'm'], ['mr', 'm'], ['mrs.', 'f'], ['mrs', 'f'], ['ms.', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'],
  ['dame', 'f'], ['lady', 'f'], ['lord', 'm'], ['chairwoman', 'f'], ['spokeswoman', 'f'], ['congresswoman', 'f'],
  ['businesswoman', 'f'], ['spokesman', 'm'], ['chairman', 'm'], ['congressman', 'm'], ['businessman', 'm'],
  ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['actress', 'f'], ['widow', 'f'],
]);

/**
 * What a description's head noun can refer to: `any` organisation, or only those whose name holds
 * one of `names` (an agency is named "... Administration", "... Commission"; a union "... Workers").
 */
export interface DescriptionHead {
  types: ReadonlyArray<'ORG' | 'PRODUCT' | 'GPE'>;
  /** Lower-case words, one of which the entity's name must contain; empty: any name. */
  names: readonly string[];
  /** Entities whose name holds one of these words are not meant ("the company" is not a committee). */
  notNames?: readonly string[];
}

const GOVERNMENT_WORDS = ['committee', 'subcommittee', 'department', 'agency', 'administration', 'commission', 'senate', 'house', 'congress', 'court', 'bureau', 'ministry', 'parliament', 'council', 'party', 'government', 'office', 'police', 'army', 'fbi', 'cia', 'nasa', 'white', 'campaign'];

const company: DescriptionHead = { types: ['ORG'], names: [], notNames: GOVERNMENT_WORDS };

export const DESCRIPTION_HEADS: ReadonlyMap<string, DescriptionHead> = new Map<string, DescriptionHead>([
  ['company', company],
  ['firm', company],
  ['giant', company],
  ['startup', company],
  ['start-up', company],
  ['conglomerate', company],
  ['corporation', company],
  ['automaker', company],
  ['carmaker', company],
  ['chipmaker', company],
  ['retailer', company],
  ['manufacturer', company],
  ['maker', company],
  ['brand', company],
  ['bank', company],
  ['lender', company],
  ['insurer', company],
  ['airline', company],
  ['carrier', company],
  ['outlet', { types: ['ORG'], names: [], notNames: GOVERNMENT_WORDS }],
  ['newspaper', { types: ['ORG'], names: [], notNames: GOVERNMENT_WORDS }],
  ['paper', { types: ['ORG'], names: ['times', 'post', 'journal', 'herald', 'tribune', 'news', 'gazette'] }],
  ['publisher', { types: ['ORG'], names: [], notNames: GOVERNMENT_WORDS }],
  ['network', { types: ['ORG'], names: [], notNames: GOVERNMENT_WORDS }],
  ['broadcaster', { types: ['ORG'], names: [], notNames: GOVERNMENT_WORDS }],
  ['studio', { types: ['ORG'], names: [], notNames: GOVERNMENT_WORDS }],
  ['agency', { types: ['ORG'], names: ['agency', 'administration', 'commission', 'bureau', 'service', 'department', 'authority', 'office'] }],
  ['regulator', { types: ['ORG'], names: ['agency', 'administration', 'commission', 'bureau', 'authority', 'board', 'reserve', 'office'] }],
  ['department', { types: ['ORG'], names: ['department'] }],
  ['committee', { types: ['ORG'], names: ['committee', 'subcommittee'] }],
  ['panel', { types: ['ORG'], names: ['committee', 'subcommittee', 'panel', 'commission'] }],
  ['union', { types: ['ORG'], names: ['union', 'workers', 'federation', 'teamsters', 'brotherhood', 'guild'] }],
  ['party', { types: ['ORG'], names: ['party'] }],
  ['court', { types: ['ORG'], names: ['court'] }],
  ['chamber', { types: ['ORG'], names: ['senate', 'house', 'assembly', 'chamber', 'commons', 'lords'] }],
  ['campaign', { types: ['ORG'], names: ['campaign'] }],
  ['group', { types: ['ORG'], names: ['group', 'association', 'coalition', 'alliance', 'foundation', 'institute', 'council', 'center', 'centre'] }],
  ['university', { types: ['ORG'], names: ['university', 'college'] }],
  ['school', { types: ['ORG'], names: ['school', 'university', 'college', 'academy'] }],
  ['service', { types: ['PRODUCT', 'ORG'], names: [] , notNames: GOVERNMENT_WORDS }],
  ['platform', { types: ['PRODUCT', 'ORG'], names: [], notNames: GOVERNMENT_WORDS }],
  ['app', { types: ['PRODUCT'], names: [] }],
  ['country', { types: ['GPE'], names: [] }],
  ['nation', { types: ['GPE'], names: [] }],
]);

/** Adjectives and nouns that may stand between "the" and a description's head ("the struggling drone-delivery company"). */
export const DESCRIPTION_MAX_MODIFIERS = 4;
