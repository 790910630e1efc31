// Titles that precede a person's name in news ("Sen. Mildred Tarrant", "Harborlight CEO Dana Whitcombe").
// GUIDELINES: a name's span never includes its title. Used to split tagger spans that swallowed one.

/** Words that are titles by themselves (lowercase, without a final period). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'vice-president', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'director', 'secretary', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'pope', 'gen', 'general', 'adm', 'admiral', 'col', 'colonel', 'lt', 'lieutenant', 'sgt', 'sergeant', 'capt', 'captain',
  'maj', 'major', 'cmdr', 'commander', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor', 'spokesman', 'spokeswoman',
  'spokesperson', 'founder', 'co-founder', 'cofounder', 'attorney', 'ambassador', 'commissioner', 'leader', 'speaker',
  'sheriff', 'officer', 'officers', 'analyst', 'economist', 'coach', 'manager', 'candidate', 'sir', 'lord', 'lady', 'rev',
  'reverend', 'chief', 'executive', 'administrator', 'superintendent', 'treasurer', 'comptroller', 'counsel', 'deputy',
  'host', 'anchor', 'correspondent', 'editor', 'columnist', 'reporter', 'inspector', 'detective', 'agent', 'trustee',
  'whip', 'delegate', 'envoy', 'adviser', 'advisor', 'emir', 'sheikh', 'ayatollah', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam',
]);

/** Words that only modify a title ("Vice", "Majority", "Prime", "Acting"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'deputy', 'acting', 'former', 'interim', 'majority', 'minority', 'prime', 'assistant', 'associate', 'senior',
  'junior', 'press', 'general', 'chief', 'executive', 'operating', 'financial', 'technology', 'technical', 'first',
  'lady', 'ranking', 'presiding', 'national', 'security', 'then', 'co', 'managing',
]);

/** Heads that end organisation names, not person names ("Justice Department", "Fisheries Committee"). */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  'department', 'committee', 'subcommittee', 'court', 'party', 'office', 'agency', 'bureau', 'council', 'commission',
  'administration', 'association', 'service', 'services', 'board', 'company', 'bank', 'group', 'corp', 'inc', 'university',
  'college', 'institute', 'foundation', 'network', 'center', 'centre', 'ministry', 'house', 'senate', 'congress',
  'caucus', 'union', 'authority', 'force', 'forces', 'army', 'navy', 'police', 'club', 'team', 'fund',
]);

/** Party-and-state tags after a legislator's name: "(R-N.C.)", "(D-Calif.)". Not entities. */
export const PARTY_STATE_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** Generational suffixes that follow a name but are never one alone. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'phd', 'md']);
