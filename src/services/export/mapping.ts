// Data for the exports: how our tie types (SPEC section 3) map onto FollowTheMoney schemata,
// LittleSis categories and schema.org properties, and the cue words that sort organizations and
// positions. Logic that applies them is in classify.ts; docs/exports.md shows the same tables.

import type { RelationType } from '../../nlp/doc.js';

/** FtM schemata an actor becomes. */
export type FtmActorSchema = 'Person' | 'Company' | 'Organization' | 'PublicBody' | 'Address' | 'Asset';

/** FtM edge schemata a tie becomes, with the properties that hold its two ends. */
export const FTM_EDGES = {
  Directorship: { source: 'director', target: 'organization', sourceRange: 'LegalEntity', targetRange: 'Organization', roleProp: 'role' },
  Employment: { source: 'employee', target: 'employer', sourceRange: 'Person', targetRange: 'Organization', roleProp: 'role' },
  Membership: { source: 'member', target: 'organization', sourceRange: 'LegalEntity', targetRange: 'Organization', roleProp: 'role' },
  Payment: { source: 'payer', target: 'beneficiary', sourceRange: 'LegalEntity', targetRange: 'LegalEntity', roleProp: null },
  Ownership: { source: 'owner', target: 'asset', sourceRange: 'LegalEntity', targetRange: 'Asset', roleProp: 'role' },
  Family: { source: 'person', target: 'relative', sourceRange: 'Person', targetRange: 'Person', roleProp: 'relationship' },
  Associate: { source: 'person', target: 'associate', sourceRange: 'Person', targetRange: 'Person', roleProp: 'relationship' },
  UnknownLink: { source: 'subject', target: 'object', sourceRange: 'Thing', targetRange: 'Thing', roleProp: 'role' },
} as const;

export type FtmEdgeSchema = keyof typeof FTM_EDGES;

/** Which FtM schema is a kind of which (only the ones exports write or check ranges against). */
export const FTM_PARENTS: Record<string, readonly string[]> = {
  Person: ['LegalEntity'],
  Company: ['Organization', 'Asset'],
  PublicBody: ['Organization'],
  Organization: ['LegalEntity'],
  LegalEntity: ['Thing'],
  Asset: ['Thing'],
  Address: ['Thing'],
  Thing: [],
};

export interface TieMapping {
  /** The FtM schema when both ends fit its ranges; "position" is refined by the role (positionSchema). */
  ftm: FtmEdgeSchema;
  /** LittleSis relationship category (littlesis.org/help/relationships). */
  littleSis: string;
  /** A schema.org property that says the same of subject -> object, when one exists. */
  schemaOrg: { property: string; reverse?: boolean } | null;
}

export const TIE_MAPPINGS: Record<RelationType, TieMapping> = {
  position: { ftm: 'Employment', littleSis: 'Position (Membership for members)', schemaOrg: { property: 'worksFor' } },
  founded: { ftm: 'UnknownLink', littleSis: 'Position (founder)', schemaOrg: { property: 'founder', reverse: true } },
  funds: { ftm: 'Payment', littleSis: 'Donation/Grant (Ownership for investors)', schemaOrg: { property: 'funder', reverse: true } },
  owns: { ftm: 'Ownership', littleSis: 'Ownership', schemaOrg: { property: 'owns' } },
  acquires: { ftm: 'Ownership', littleSis: 'Ownership (Transaction for the sale)', schemaOrg: { property: 'owns' } },
  pledges: { ftm: 'Payment', littleSis: 'Donation/Grant', schemaOrg: null },
  part_of: { ftm: 'Membership', littleSis: 'Hierarchy (Membership for alliances)', schemaOrg: { property: 'parentOrganization' } },
  partners_with: { ftm: 'UnknownLink', littleSis: 'Service/Transaction', schemaOrg: null },
  sues: { ftm: 'UnknownLink', littleSis: 'Generic', schemaOrg: null },
  met_with: { ftm: 'UnknownLink', littleSis: 'Social', schemaOrg: null },
  advises: { ftm: 'UnknownLink', littleSis: 'Professional', schemaOrg: null },
  supports: { ftm: 'UnknownLink', littleSis: 'Generic', schemaOrg: null },
  associate_of: { ftm: 'Associate', littleSis: 'Social (Professional for work ties)', schemaOrg: { property: 'knows' } },
  opposes: { ftm: 'UnknownLink', littleSis: 'Generic', schemaOrg: null },
  family: { ftm: 'Family', littleSis: 'Family', schemaOrg: { property: 'relatedTo' } },
  located_in: { ftm: 'UnknownLink', littleSis: '(none: an address on the entity)', schemaOrg: { property: 'location' } },
};

/** Plain words for UnknownLink's role and for descriptions. */
export const TIE_WORDS: Record<RelationType, string> = {
  position: 'holds a position in',
  founded: 'founded',
  funds: 'funds',
  owns: 'owns',
  acquires: 'acquires',
  pledges: 'pledges money to',
  part_of: 'is part of',
  partners_with: 'partners with',
  sues: 'sues',
  met_with: 'met with',
  advises: 'advises',
  supports: 'supports',
  associate_of: 'is an associate of',
  opposes: 'opposes',
  family: 'is family of',
  located_in: 'is located in',
};

/** Position roles that FtM calls a Directorship: boards and officers. */
export const DIRECTOR_ROLES: readonly string[] = [
  'ceo', 'chief executive', 'chief executive officer', 'chair', 'chairman', 'chairwoman', 'chairperson', 'co-chair',
  'director', 'board member', 'president', 'vice president', 'founder-ceo', 'cfo', 'coo', 'cto', 'chief', 'executive',
  'managing director', 'managing partner', 'general partner', 'treasurer', 'secretary', 'officer', 'head', 'owner',
];

/** Position roles that FtM calls a Membership. */
export const MEMBER_ROLES: readonly string[] = [
  'member', 'senator', 'representative', 'lawmaker', 'congressman', 'congresswoman', 'mp', 'delegate', 'partner', 'trustee',
];

/** Words in an organization's name that make it a public body (FtM PublicBody, schema.org GovernmentOrganization). */
export const PUBLIC_BODY_WORDS: readonly string[] = [
  'department', 'ministry', 'agency', 'commission', 'congress', 'senate', 'parliament', 'court', 'bureau', 'administration',
  'council', 'government', 'police', 'army', 'navy', 'military', 'pentagon', 'treasury', 'federal', 'authority', 'cabinet',
  'legislature', 'assembly', 'white house', 'kremlin', 'state department', 'fbi', 'cia', 'sec', 'ftc', 'fda', 'epa', 'irs',
  'nasa', 'doj', 'dhs', 'fcc', 'nhs', 'un', 'united nations', 'european commission', 'central bank', 'federal reserve',
];

/** Words in an organization's name that make it a company (FtM Company, schema.org Corporation). */
export const COMPANY_WORDS: readonly string[] = [
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'holdings',
  'group', 'ventures', 'capital', 'partners', 'technologies', 'technology', 'bank', 'energy', 'airlines', 'motors',
  'pharmaceuticals', 'robotics', 'analytics', 'resources', 'labs', 'systems', 'industries', 'enterprises', 'investments',
  'securities', 'insurance', 'media', 'entertainment', 'foods', 'brands', 'software', 'networks', 'semiconductor',
];
