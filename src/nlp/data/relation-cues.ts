// Cue words for relations (stages/relations.ts): verbs with their arguments, relational nouns
// ("backer", "subsidiary"), event nouns ("lawsuit", "partnership") and place compounds
// ("-based"). Verbs are given by lemma; inflected forms come from data/verb-forms.ts.

import type { RelationType } from '../doc.js';

/**
 * A verb cue: SUBJECT VERB [NOUN] [PREP] OBJECT. `nouns` are the objects a light verb needs to
 * mean the relation ("filed a lawsuit against", "struck a partnership with"); `preps` the words
 * that must come before the object ("" allows none). `passive`: "founded by X" reads X as subject.
 * `modifierObject`: the object may be a name inside the object phrase ("slammed the Ashcombe
 * inquiry" attacks Ashcombe).
 */
export interface VerbCue {
  type: RelationType;
  lemmas: readonly string[];
  nouns?: readonly string[];
  preps: readonly string[];
  passive?: boolean;
  modifierObject?: boolean;
  /** A money amount must be in the clause (pledges). */
  needsAmount?: boolean;
  /** Attribute for met_with. */
  medium?: string;
  /** The object is the relation's subject ("raised money from X": X funds the subject). */
  reverse?: boolean;
  /** The relation when the subject is a person ("joined NATO" is part_of, "joined Google" a position). */
  personType?: RelationType;
  /** Role label for a position read from the verb ("heads" -> head). */
  role?: string;
}

export const VERB_CUES: readonly VerbCue[] = [
  // lawsuits, charges, fines
  { type: 'sues', lemmas: ['sue', 'countersue', 'indict', 'prosecute', 'fine', 'penalize'], preps: [''], passive: true },
  { type: 'sues', lemmas: ['charge'], preps: [''], passive: false },
  { type: 'sues', lemmas: ['file', 'bring', 'launch', 'lodge', 'win'], nouns: ['lawsuit', 'suit', 'complaint', 'case', 'charges', 'action', 'antitrust case'], preps: ['against'] },
  // acquisitions
  { type: 'acquires', lemmas: ['buy', 'acquire', 'purchase', 'take over', 'snap up', 'absorb'], preps: [''], passive: true },
  { type: 'acquires', lemmas: ['merge'], preps: ['with'] },
  // ownership
  { type: 'owns', lemmas: ['own', 'control'], preps: [''], passive: true },
  { type: 'owns', lemmas: ['hold', 'have', 'own', 'take', 'acquire', 'buy'], nouns: ['stake', 'stakes', 'controlling stake', 'controlling stakes', 'majority stake', 'minority stake'], preps: ['in'] },
  // funding
  { type: 'funds', lemmas: ['fund', 'finance', 'bankroll', 'underwrite'], preps: [''], passive: true },
  { type: 'funds', lemmas: ['back'], preps: [''], passive: true },
  { type: 'funds', lemmas: ['invest', 'pour', 'plow', 'pump'], preps: ['in', 'into'] },
  { type: 'funds', lemmas: ['donate', 'give', 'contribute', 'lend', 'loan'], preps: ['to'] },
  // "raised $2.5 billion from Quillmark Capital": the object funds the subject
  { type: 'funds', lemmas: ['raise', 'receive', 'secure', 'obtain', 'win'], preps: ['from'], reverse: true },
  // pledges: need an amount
  { type: 'pledges', lemmas: ['pledge', 'promise', 'commit', 'vow', 'offer', 'plan', 'earmark', 'set aside'], preps: ['', 'to', 'in', 'for'], needsAmount: true },
  // founding
  { type: 'founded', lemmas: ['found', 'co-found', 'cofound', 'establish', 'start', 'create', 'launch', 'set up'], preps: [''], passive: true },
  // partnerships
  { type: 'partners_with', lemmas: ['partner', 'team up', 'join forces', 'ally', 'collaborate', 'merge'], preps: ['with'] },
  {
    type: 'partners_with',
    lemmas: ['strike', 'form', 'sign', 'reach', 'forge', 'seal', 'ink', 'announce', 'enter', 'cut', 'make'],
    nouns: ['partnership', 'deal', 'agreement', 'alliance', 'pact', 'joint venture', 'venture', 'collaboration', 'contract', 'accord'],
    preps: ['with', ''],
  },
  // membership and units
  { type: 'part_of', lemmas: ['join', 'rejoin'], preps: [''], personType: 'position', role: 'member' },
  // positions from verbs: "heads the agency", "a team led by X", "works for Acme"
  { type: 'position', lemmas: ['head', 'lead', 'run', 'chair', 'direct', 'manage', 'oversee', 'helm', 'operate'], preps: [''], passive: true, role: 'head' },
  { type: 'position', lemmas: ['work', 'serve'], preps: ['for', 'at'], role: 'employee' },
  { type: 'position', lemmas: ['serve', 'sit'], preps: ['in', 'on'], role: 'member' },
  { type: 'part_of', lemmas: ['fold', 'merge', 'absorb', 'integrate'], preps: ['into'], passive: false },
  // meetings and calls
  { type: 'met_with', lemmas: ['meet', 'dine', 'confer', 'huddle'], preps: ['with', ''], medium: 'meeting' },
  { type: 'met_with', lemmas: ['speak', 'talk', 'chat'], preps: ['with', 'to'], medium: 'conversation' },
  { type: 'met_with', lemmas: ['call', 'phone', 'telephone'], preps: [''], medium: 'phone' },
  {
    type: 'met_with',
    lemmas: ['hold', 'have', 'place', 'make', 'host'],
    nouns: ['conversation', 'call', 'phone call', 'meeting', 'talks', 'talk', 'dinner', 'summit', 'discussion', 'discussions', 'chat', 'conversations', 'meetings'],
    preps: ['with', 'to'],
  },
  { type: 'met_with', lemmas: ['visit', 'host', 'receive'], preps: [''], medium: 'meeting' },
  // advice
  { type: 'advises', lemmas: ['advise', 'counsel'], preps: [''], passive: true },
  // support
  { type: 'supports', lemmas: ['endorse', 'support', 'champion', 'praise', 'defend'], preps: [''], passive: true, modifierObject: true },
  { type: 'supports', lemmas: ['rally', 'stand'], preps: ['behind', 'by'] },
  { type: 'supports', lemmas: ['side'], preps: ['with'] },
  // opposition
  {
    type: 'opposes',
    lemmas: ['attack', 'criticize', 'criticise', 'slam', 'blast', 'accuse', 'condemn', 'denounce', 'undercut', 'oppose', 'rebuke', 'lambaste', 'mock', 'deride', 'disparage', 'insult', 'assail', 'berate', 'excoriate', 'fight', 'undermine', 'smear', 'ridicule', 'chastise', 'castigate', 'scold', 'threaten', 'sanction', 'target', 'ban', 'blacklist', 'hammer', 'decry'],
    preps: [''],
    modifierObject: true,
  },
  { type: 'opposes', lemmas: ['lash out', 'take aim', 'rail', 'hit out', 'lash', 'fire'], preps: ['at', 'against'], modifierObject: true },
  { type: 'opposes', lemmas: ['push back', 'crack down', 'turn'], preps: ['on', 'against'], modifierObject: true },
  { type: 'opposes', lemmas: ['clash', 'feud', 'spar', 'battle', 'quarrel', 'split'], preps: ['with'] },
  { type: 'opposes', lemmas: ['testify', 'campaign', 'vote', 'rule', 'speak out', 'compete'], preps: ['against'] },
  { type: 'opposes', lemmas: ['threaten', 'take'], nouns: ['legal action', 'action'], preps: ['against'] },
  // ties
  { type: 'associate_of', lemmas: ['have', 'maintain', 'build', 'enjoy', 'forge', 'cultivate', 'develop'], nouns: ['relationship', 'ties', 'friendship', 'bond', 'rapport', 'connections', 'links', 'close relationship', 'personal relationship', 'working relationship'], preps: ['with', 'to'] },
  // family
  { type: 'family', lemmas: ['marry', 'wed'], preps: [''], passive: false },
];

/**
 * Relational nouns: HOLDER is (POSSESSOR's | the ... of POSSESSOR) NOUN. `org` and `person`
 * give the relation by the possessor's type; `null` means no relation for that type.
 * `itself`: a name written in front of the noun is the holder, not the possessor ("Harborlight's Clinics
 * and Labs division").
 */
export interface RelNoun {
  /** When the possessor is a person. */
  person: RelationType | null;
  /** When the possessor is an organisation or place. */
  org: RelationType | null;
  /** Holder and possessor swapped: "Harborlight's parent company Tidewell" owns Harborlight. */
  reverse?: boolean;
  itself?: boolean;
  role?: string;
}

export const REL_NOUNS: ReadonlyMap<string, RelNoun> = new Map<string, RelNoun>([
  ['backer', { person: 'funds', org: 'funds' }],
  ['financial backer', { person: 'funds', org: 'funds' }],
  ['investor', { person: 'funds', org: 'funds' }],
  ['donor', { person: 'funds', org: 'funds' }],
  ['funder', { person: 'funds', org: 'funds' }],
  ['financier', { person: 'funds', org: 'funds' }],
  ['lender', { person: 'funds', org: 'funds' }],
  ['supporter', { person: 'supports', org: 'supports' }],
  ['ally', { person: 'supports', org: 'supports' }],
  ['defender', { person: 'supports', org: 'supports' }],
  ['champion', { person: 'supports', org: 'supports' }],
  ['loyalist', { person: 'supports', org: 'supports' }],
  ['endorser', { person: 'supports', org: 'supports' }],
  ['critic', { person: 'opposes', org: 'opposes' }],
  ['detractor', { person: 'opposes', org: 'opposes' }],
  ['opponent', { person: 'opposes', org: 'opposes' }],
  ['rival', { person: 'opposes', org: 'opposes' }],
  ['foe', { person: 'opposes', org: 'opposes' }],
  ['nemesis', { person: 'opposes', org: 'opposes' }],
  ['adviser', { person: 'advises', org: 'position', role: 'adviser' }],
  ['advisor', { person: 'advises', org: 'position', role: 'adviser' }],
  ['counselor', { person: 'advises', org: 'position', role: 'counselor' }],
  ['lawyer', { person: 'advises', org: 'position', role: 'lawyer' }],
  ['attorney', { person: 'advises', org: 'position', role: 'attorney' }],
  ['personal attorney', { person: 'advises', org: 'position', role: 'attorney' }],
  ['personal lawyer', { person: 'advises', org: 'position', role: 'lawyer' }],
  ['associate', { person: 'associate_of', org: 'associate_of' }],
  ['friend', { person: 'associate_of', org: null }],
  ['confidant', { person: 'associate_of', org: null }],
  ['protege', { person: 'associate_of', org: null }],
  ['protégé', { person: 'associate_of', org: null }],
  ['mentor', { person: 'associate_of', org: null }],
  ['owner', { person: 'owns', org: 'owns' }],
  ['co-owner', { person: 'owns', org: 'owns' }],
  ['shareholder', { person: 'owns', org: 'owns' }],
  ['majority shareholder', { person: 'owns', org: 'owns' }],
  ['largest shareholder', { person: 'owns', org: 'owns' }],
  ['parent', { person: null, org: 'owns' }],
  ['parent company', { person: null, org: 'owns' }],
  ['publisher', { person: 'position', org: 'owns', role: 'publisher' }],
  ['subsidiary', { person: null, org: 'part_of', itself: true }],
  ['unit', { person: null, org: 'part_of', itself: true }],
  ['division', { person: null, org: 'part_of', itself: true }],
  ['arm', { person: null, org: 'part_of', itself: true }],
  ['affiliate', { person: null, org: 'part_of', itself: true }],
  ['label', { person: null, org: 'part_of', itself: true }],
  ['imprint', { person: null, org: 'part_of', itself: true }],
  ['brand', { person: null, org: 'part_of', itself: true }],
  ['partner', { person: 'partners_with', org: 'partners_with' }],
  ['business partner', { person: 'associate_of', org: 'partners_with' }],
  ['wife', { person: 'family', org: null, role: 'spouse' }],
  ['husband', { person: 'family', org: null, role: 'spouse' }],
  ['spouse', { person: 'family', org: null, role: 'spouse' }],
  ['son', { person: 'family', org: null, role: 'son' }],
  ['daughter', { person: 'family', org: null, role: 'daughter' }],
  ['brother', { person: 'family', org: null, role: 'brother' }],
  ['sister', { person: 'family', org: null, role: 'sister' }],
  ['father', { person: 'family', org: null, role: 'father' }],
  ['mother', { person: 'family', org: null, role: 'mother' }],
  ['son-in-law', { person: 'family', org: null, role: 'son-in-law' }],
  ['daughter-in-law', { person: 'family', org: null, role: 'daughter-in-law' }],
  ['father-in-law', { person: 'family', org: null, role: 'father-in-law' }],
  ['cousin', { person: 'family', org: null, role: 'cousin' }],
  ['nephew', { person: 'family', org: null, role: 'nephew' }],
  ['niece', { person: 'family', org: null, role: 'niece' }],
  ['uncle', { person: 'family', org: null, role: 'uncle' }],
  ['aunt', { person: 'family', org: null, role: 'aunt' }],
  ['grandson', { person: 'family', org: null, role: 'grandson' }],
  ['granddaughter', { person: 'family', org: null, role: 'granddaughter' }],
]);

/** Longest relational noun in tokens. */
export const MAX_REL_NOUN_TOKENS = Math.max(...[...REL_NOUNS.keys()].map((k) => k.split(' ').length));

/**
 * Event nouns with two parties: "a lawsuit against", "a partnership between A and B",
 * "X's acquisition of Y", "a meeting with". `agentPreps` introduce the first party when it is not
 * the possessor; `patientPreps` the second.
 */
export interface EventNoun {
  type: RelationType;
  patientPreps: readonly string[];
  agentPreps?: readonly string[];
  /** "between A and B": every pair of the parties. */
  between?: boolean;
  medium?: string;
}

export const EVENT_NOUNS: ReadonlyMap<string, EventNoun> = new Map<string, EventNoun>([
  ['lawsuit', { type: 'sues', patientPreps: ['against'], agentPreps: ['by', 'from'] }],
  ['suit', { type: 'sues', patientPreps: ['against'], agentPreps: ['by', 'from'] }],
  ['complaint', { type: 'sues', patientPreps: ['against'], agentPreps: ['by', 'from'] }],
  ['fine', { type: 'sues', patientPreps: ['against', 'for', 'on'], agentPreps: ['by', 'from'] }],
  ['penalty', { type: 'sues', patientPreps: ['against', 'for', 'on'], agentPreps: ['by', 'from'] }],
  ['indictment', { type: 'sues', patientPreps: ['of', 'against'], agentPreps: ['by'] }],
  ['prosecution', { type: 'sues', patientPreps: ['of', 'against'], agentPreps: ['by'] }],
  ['acquisition', { type: 'acquires', patientPreps: ['of'], agentPreps: ['by'] }],
  ['purchase', { type: 'acquires', patientPreps: ['of'], agentPreps: ['by'] }],
  ['takeover', { type: 'acquires', patientPreps: ['of'], agentPreps: ['by'] }],
  ['buyout', { type: 'acquires', patientPreps: ['of'], agentPreps: ['by'] }],
  ['investment', { type: 'funds', patientPreps: ['in', 'into'], agentPreps: ['by', 'from'] }],
  ['stake', { type: 'owns', patientPreps: ['in'] }],
  ['partnership', { type: 'partners_with', patientPreps: ['with'], between: true }],
  ['alliance', { type: 'partners_with', patientPreps: ['with'], between: true }],
  ['joint venture', { type: 'partners_with', patientPreps: ['with'], between: true }],
  ['collaboration', { type: 'partners_with', patientPreps: ['with'], between: true }],
  ['merger', { type: 'partners_with', patientPreps: ['with'], between: true }],
  ['meeting', { type: 'met_with', patientPreps: ['with'], between: true, medium: 'meeting' }],
  ['call', { type: 'met_with', patientPreps: ['with', 'to'], between: true, medium: 'phone' }],
  ['phone call', { type: 'met_with', patientPreps: ['with', 'to'], between: true, medium: 'phone' }],
  ['conversation', { type: 'met_with', patientPreps: ['with'], between: true, medium: 'conversation' }],
  ['talks', { type: 'met_with', patientPreps: ['with'], between: true, medium: 'talks' }],
  ['summit', { type: 'met_with', patientPreps: ['with'], between: true, medium: 'summit' }],
  ['feud', { type: 'opposes', patientPreps: ['with'], between: true }],
  ['rivalry', { type: 'opposes', patientPreps: ['with'], between: true }],
  ['battle', { type: 'opposes', patientPreps: ['with', 'against'], between: true }],
  ['fight', { type: 'opposes', patientPreps: ['with', 'against'], between: true }],
  ['attack', { type: 'opposes', patientPreps: ['on', 'against'] }],
  ['attacks', { type: 'opposes', patientPreps: ['on', 'against'] }],
  ['criticism', { type: 'opposes', patientPreps: ['of'] }],
  ['endorsement', { type: 'supports', patientPreps: ['of'] }],
  ['support', { type: 'supports', patientPreps: ['for'] }],
]);

/** Nouns that hold a pledge ("their pledge to invest $500 billion", "plans to invest"). */
export const PLEDGE_NOUNS: ReadonlySet<string> = new Set(['pledge', 'pledges', 'promise', 'promises', 'commitment', 'commitments', 'plan', 'plans', 'offer', 'vow', 'proposal']);

/** Verbs that follow a pledge and carry its purpose: "to invest $500 billion", "to spend". */
export const PLEDGE_PURPOSE_VERBS: ReadonlySet<string> = new Set(['invest', 'spend', 'build', 'put', 'pour', 'inject', 'provide', 'create', 'fund', 'give', 'donate', 'contribute']);

/** Compounds that place or own: "Seattle-based", "Amazon-owned", "state-run". */
export const COMPOUND_CUES: ReadonlyMap<string, { type: RelationType; reverse: boolean }> = new Map([
  ['based', { type: 'located_in', reverse: false }],
  ['headquartered', { type: 'located_in', reverse: false }],
  ['area', { type: 'located_in', reverse: false }],
  ['owned', { type: 'owns', reverse: true }],
  ['backed', { type: 'funds', reverse: true }],
  ['funded', { type: 'funds', reverse: true }],
  ['financed', { type: 'funds', reverse: true }],
  ['founded', { type: 'founded', reverse: true }],
  ['controlled', { type: 'owns', reverse: true }],
  ['run', { type: 'owns', reverse: true }],
]);

/** Verbs that place an organisation: "based in", "headquartered in". */
export const LOCATION_VERBS: ReadonlySet<string> = new Set(['based', 'headquartered', 'located', 'situated']);

/**
 * Heads of names of places and institutions that "X in Y" locates ("Penrose Law School in Los
 * Angeles", "the White House in Washington"), as opposed to events happening somewhere.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'school', 'university', 'college', 'academy', 'hospital', 'house', 'office', 'museum', 'center', 'centre',
  'courthouse', 'airport', 'hotel', 'plant', 'factory', 'stadium', 'arena', 'library', 'institute', 'laboratory',
  'lab', 'prison', 'jail', 'base', 'port', 'station', 'church', 'cathedral', 'mosque', 'temple', 'park', 'hall',
  'tower', 'building', 'square', 'palace', 'embassy', 'consulate', 'mall', 'exchange', 'clinic', 'seminary',
  'tech', 'polytechnic', 'theatre', 'theater', 'zoo', 'observatory', 'refinery', 'mine', 'mill', 'shipyard', 'ranch',
]);

/** Words that name a naming: "the venture, dubbed Lighthouse", "a new company called X". */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['dubbed', 'called', 'named', 'nicknamed', 'branded', 'titled']);

/** Nouns for ventures and projects that a later "dubbed X" can name. */
export const VENTURE_NOUNS: ReadonlySet<string> = new Set(['venture', 'joint venture', 'project', 'consortium', 'alliance', 'initiative', 'partnership', 'company', 'entity', 'firm', 'fund', 'coalition']);
