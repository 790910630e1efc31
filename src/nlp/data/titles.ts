// Titles and roles seen with names in news English, and the normalised label each one gets.
// Keys are lower-cased token sequences as the tokenizer writes them, joined by one space
// ("co-founder" is one token, "Sen." keeps its period). Data for the roles stage (stages/roles.ts).

export type TitleKind =
  /** Heads and officers of an organisation: CEO, chair, director. */
  | 'office'
  /** Elected and government posts: president, senator, secretary of state. */
  | 'public'
  /** Jobs and professions: analyst, lawyer, professor, reporter. */
  | 'job'
  /** Founding roles; they also give the relation `founded`. */
  | 'founder'
  /** Membership: member, board member. */
  | 'member';

export interface Title {
  label: string;
  kind: TitleKind;
}

const t = (label: string, kind: TitleKind): Title => ({ label, kind });

const OFFICE: Record<string, string> = {
  ceo: 'CEO',
  'chief executive': 'CEO',
  'chief executive officer': 'CEO',
  cfo: 'CFO',
  'chief financial officer': 'CFO',
  coo: 'COO',
  'chief operating officer': 'COO',
  cto: 'CTO',
  'chief technology officer': 'CTO',
  'chief legal officer': 'chief legal officer',
  'chief marketing officer': 'chief marketing officer',
  'chief information officer': 'chief information officer',
  'chief investment officer': 'chief investment officer',
  'chief economist': 'chief economist',
  'chief strategist': 'chief strategist',
  'chief scientist': 'chief scientist',
  'chief negotiator': 'chief negotiator',
  'chief of staff': 'chief of staff',
  'deputy chief of staff': 'deputy chief of staff',
  'general counsel': 'general counsel',
  'chief legal counsel': 'chief legal counsel',
  'legal counsel': 'legal counsel',
  chief: 'chief',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  chair: 'chair',
  'vice chairman': 'vice chair',
  'vice chair': 'vice chair',
  'co-chair': 'co-chair',
  'co-chairman': 'co-chair',
  president: 'president',
  'vice president': 'vice president',
  'executive vice president': 'executive vice president',
  'senior vice president': 'senior vice president',
  'managing director': 'managing director',
  'executive director': 'executive director',
  director: 'director',
  'legal director': 'legal director',
  'communications director': 'communications director',
  'director of communications': 'communications director',
  'policy director': 'policy director',
  'campaign manager': 'campaign manager',
  'campaign chairman': 'campaign chair',
  'campaign chief': 'campaign chief',
  head: 'head',
  'global head': 'head',
  leader: 'leader',
  boss: 'boss',
  'editor-in-chief': 'editor-in-chief',
  'editor in chief': 'editor-in-chief',
  'executive editor': 'executive editor',
  publisher: 'publisher',
  treasurer: 'treasurer',
  principal: 'principal',
  'general manager': 'general manager',
  manager: 'manager',
  superintendent: 'superintendent',
  commissioner: 'commissioner',
  administrator: 'administrator',
  governor: 'governor',
  'board chairman': 'chair',
};

const PUBLIC: Record<string, string> = {
  'prime minister': 'prime minister',
  'deputy prime minister': 'deputy prime minister',
  minister: 'minister',
  'foreign minister': 'foreign minister',
  'finance minister': 'finance minister',
  'defense minister': 'defense minister',
  'defence minister': 'defence minister',
  chancellor: 'chancellor',
  senator: 'senator',
  'sen.': 'senator',
  'sens.': 'senator',
  'state senator': 'state senator',
  representative: 'representative',
  'rep.': 'representative',
  'reps.': 'representative',
  congressman: 'representative',
  congresswoman: 'representative',
  lawmaker: 'lawmaker',
  'gov.': 'governor',
  'lt. gov.': 'lieutenant governor',
  'lieutenant governor': 'lieutenant governor',
  mayor: 'mayor',
  speaker: 'speaker',
  'house speaker': 'speaker',
  'majority leader': 'majority leader',
  'minority leader': 'minority leader',
  'majority whip': 'majority whip',
  'minority whip': 'minority whip',
  'democratic leader': 'democratic leader',
  'republican leader': 'republican leader',
  whip: 'whip',
  secretary: 'secretary',
  'secretary of state': 'secretary of state',
  'secretary of defense': 'secretary of defense',
  'defense secretary': 'defense secretary',
  'treasury secretary': 'treasury secretary',
  'secretary of the treasury': 'treasury secretary',
  'commerce secretary': 'commerce secretary',
  'energy secretary': 'energy secretary',
  'homeland security secretary': 'homeland security secretary',
  'press secretary': 'press secretary',
  'attorney general': 'attorney general',
  'deputy attorney general': 'deputy attorney general',
  'solicitor general': 'solicitor general',
  'special counsel': 'special counsel',
  counsel: 'counsel',
  ambassador: 'ambassador',
  'amb.': 'ambassador',
  envoy: 'envoy',
  justice: 'justice',
  'chief justice': 'chief justice',
  judge: 'judge',
  prosecutor: 'prosecutor',
  'district attorney': 'district attorney',
  'u.s. attorney': 'U.S. attorney',
  sheriff: 'sheriff',
  'national security adviser': 'national security adviser',
  'national security advisor': 'national security adviser',
  adviser: 'adviser',
  advisor: 'adviser',
  'senior adviser': 'adviser',
  'senior advisor': 'adviser',
  'economic adviser': 'adviser',
  aide: 'aide',
  'top aide': 'aide',
  king: 'king',
  queen: 'queen',
  prince: 'prince',
  'crown prince': 'crown prince',
  princess: 'princess',
  pope: 'pope',
  general: 'general',
  'gen.': 'general',
  admiral: 'admiral',
  'adm.': 'admiral',
  colonel: 'colonel',
  'col.': 'colonel',
  'lt.': 'lieutenant',
  captain: 'captain',
  'capt.': 'captain',
  'sgt.': 'sergeant',
};

const JOB: Record<string, string> = {
  analyst: 'analyst',
  'senior analyst': 'analyst',
  economist: 'economist',
  strategist: 'strategist',
  spokesperson: 'spokesperson',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  lawyer: 'lawyer',
  attorney: 'attorney',
  'personal attorney': 'attorney',
  'personal lawyer': 'lawyer',
  professor: 'professor',
  'law professor': 'law professor',
  'associate professor': 'professor',
  'assistant professor': 'professor',
  researcher: 'researcher',
  'senior fellow': 'fellow',
  fellow: 'fellow',
  scientist: 'scientist',
  engineer: 'engineer',
  astronaut: 'astronaut',
  editor: 'editor',
  reporter: 'reporter',
  correspondent: 'correspondent',
  columnist: 'columnist',
  journalist: 'journalist',
  executive: 'executive',
  'senior executive': 'executive',
  official: 'official',
  'senior official': 'official',
  operative: 'operative',
  employee: 'employee',
  staffer: 'staffer',
  consultant: 'consultant',
  negotiator: 'negotiator',
  coach: 'coach',
  'dr.': 'doctor',
  host: 'host',
  anchor: 'anchor',
  commentator: 'commentator',
  contributor: 'contributor',
  producer: 'producer',
  lobbyist: 'lobbyist',
  pilot: 'pilot',
  commander: 'commander',
  comptroller: 'comptroller',
  controller: 'controller',
  auditor: 'auditor',
  officer: 'officer',
  'police officer': 'police officer',
  detective: 'detective',
  agent: 'agent',
  'special agent': 'special agent',
  scholar: 'scholar',
  historian: 'historian',
  designer: 'designer',
  developer: 'developer',
  teacher: 'teacher',
  physician: 'physician',
  surgeon: 'surgeon',
  nurse: 'nurse',
  intern: 'intern',
  player: 'player',
  quarterback: 'quarterback',
  pitcher: 'pitcher',
  placekicker: 'placekicker',
  'staff member': 'staff member',
  'product manager': 'product manager',
  'press officer': 'press officer',
  'information officer': 'information officer',
};

const FOUNDER: Record<string, string> = {
  founder: 'founder',
  'co-founder': 'co-founder',
  cofounder: 'co-founder',
  'founding partner': 'founder',
  'founding member': 'founder',
};

const MEMBER: Record<string, string> = {
  member: 'member',
  'board member': 'board member',
  'member of congress': 'member of congress',
  'ranking member': 'ranking member',
};

function build(): Map<string, Title> {
  const m = new Map<string, Title>();
  const add = (table: Record<string, string>, kind: TitleKind) => {
    for (const [k, label] of Object.entries(table)) m.set(k, t(label, kind));
  };
  add(OFFICE, 'office');
  add(PUBLIC, 'public');
  add(JOB, 'job');
  add(FOUNDER, 'founder');
  add(MEMBER, 'member');
  return m;
}

/** Every title, by its lower-cased token sequence. */
export const TITLES: ReadonlyMap<string, Title> = build();

/** The longest title in tokens, which bounds the matcher's look-ahead. */
export const MAX_TITLE_TOKENS = Math.max(...[...TITLES.keys()].map((k) => k.split(' ').length));

/**
 * Words before a title that qualify it without being part of it ("former CEO", "acting director").
 * They are kept in the role label ("former chair").
 */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(['former', 'ex', 'acting', 'interim', 'deputy', 'then', 'incoming', 'outgoing', 'future', 'longtime', 'assistant', 'associate', 'senior', 'top']);

/** Honorifics: stripped from names, not kept as roles. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'mx.', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'hon.', 'rev.', 'reverend', 'prof.', 'dr.']);

/**
 * Single-word titles that are ordinary words when written in lower case ("the general election",
 * "the justice system"): a title only when capitalised.
 */
export const CAPITALIZED_ONLY_TITLES: ReadonlySet<string> = new Set([
  'general', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'whip', 'admiral', 'colonel', 'captain',
  'principal', 'fellow', 'coach', 'boss', 'chancellor', 'lt.', 'gen.', 'col.', 'capt.', 'sgt.', 'adm.',
]);
