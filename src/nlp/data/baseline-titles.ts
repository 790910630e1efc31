// Titles that stand before or after names in news English ("OpenAI CEO Sam Altman", "Sen. Mildred
// Tarrant", "Dana Whitcombe, chief executive of Harborlight"), with the role label each one gives. Data
// for the baseline entity and relation stages (stages/entities-baseline.ts, relations-baseline.ts).
// Keys are lower-case token sequences as the tokenizer writes them, joined by one space.

export const TITLES: ReadonlyMap<string, string> = new Map([
  // officers of organisations
  ['ceo', 'CEO'], ['chief executive', 'CEO'], ['chief executive officer', 'CEO'], ['cfo', 'CFO'],
  ['chief financial officer', 'CFO'], ['coo', 'COO'], ['chief operating officer', 'COO'], ['cto', 'CTO'],
  ['chief technology officer', 'CTO'], ['president', 'president'], ['vice president', 'vice president'],
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chair', 'chair'], ['chairperson', 'chair'],
  ['co-founder', 'co-founder'], ['cofounder', 'co-founder'], ['founder', 'founder'], ['director', 'director'],
  ['executive director', 'director'], ['managing director', 'managing director'], ['partner', 'partner'],
  ['general counsel', 'general counsel'], ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'], ['analyst', 'analyst'], ['economist', 'economist'], ['editor', 'editor'],
  ['editor-in-chief', 'editor-in-chief'], ['head', 'head'], ['owner', 'owner'], ['adviser', 'adviser'],
  ['advisor', 'adviser'], ['senior adviser', 'adviser'], ['board member', 'board member'], ['member', 'member'],
  ['chief legal officer', 'chief legal officer'], ['legal officer', 'chief legal officer'], ['chief marketing officer', 'CMO'],
  ['chief product officer', 'chief product officer'], ['chief scientist', 'chief scientist'], ['chief strategist', 'chief strategist'],
  ['chief economist', 'chief economist'], ['chief investment officer', 'CIO'], ['chief information officer', 'CIO'],
  ['professor', 'professor'], ['law professor', 'professor'], ['attorney', 'attorney'], ['lawyer', 'lawyer'],
  ['reporter', 'reporter'], ['correspondent', 'correspondent'], ['researcher', 'researcher'], ['scientist', 'scientist'],
  ['engineer', 'engineer'], ['official', 'official'], ['employee', 'employee'], ['staffer', 'staffer'], ['aide', 'aide'],
  ['strategist', 'strategist'], ['consultant', 'consultant'], ['manager', 'manager'], ['campaign manager', 'campaign manager'],
  ['communications director', 'communications director'], ['legal director', 'legal director'],
  ['policy director', 'policy director'], ['astronaut', 'astronaut'], ['dean', 'dean'], ['trustee', 'trustee'],
  ['executive', 'executive'], ['chief', 'chief'], ['commissioner', 'commissioner'], ['administrator', 'administrator'],
  // public offices
  ['sen.', 'senator'], ['senator', 'senator'], ['rep.', 'representative'], ['representative', 'representative'],
  ['congressman', 'representative'], ['congresswoman', 'representative'], ['gov.', 'governor'], ['governor', 'governor'],
  ['mayor', 'mayor'], ['secretary', 'secretary'], ['secretary of state', 'secretary of state'],
  ['attorney general', 'attorney general'], ['prime minister', 'prime minister'], ['minister', 'minister'],
  ['foreign minister', 'foreign minister'], ['finance minister', 'finance minister'], ['speaker', 'speaker'],
  ['majority leader', 'majority leader'], ['minority leader', 'minority leader'], ['leader', 'leader'],
  ['whip', 'whip'], ['majority whip', 'majority whip'], ['minority whip', 'minority whip'],
  ['press secretary', 'press secretary'], ['chief of staff', 'chief of staff'],
  ['national security adviser', 'national security adviser'], ['ambassador', 'ambassador'], ['judge', 'judge'],
  ['justice', 'justice'], ['chief justice', 'chief justice'], ['special counsel', 'special counsel'],
  ['inspector general', 'inspector general'], ['deputy', 'deputy'], ['lawmaker', 'lawmaker'],
  ['king', 'king'], ['queen', 'queen'], ['prince', 'prince'], ['pope', 'pope'], ['gen.', 'general'], ['general', 'general'],
  ['lt.', 'lieutenant'], ['col.', 'colonel'], ['adm.', 'admiral'],
]);

/** Honorifics that precede a name and give no role ("Mr. Tarrant"); stripped from names. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'mx.', 'dr.', 'prof.', 'sir', 'dame', 'rev.', 'hon.', 'mr', 'mrs', 'ms', 'dr']);

/** Words before a title that widen it without changing the role ("former", "acting", "deputy"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'acting', 'interim', 'then', 'then-', 'incoming', 'outgoing', 'longtime', 'new', 'top', 'senior', 'co']);

/** The longest title in the table, in tokens. */
export const MAX_TITLE_TOKENS = Math.max(...[...TITLES.keys()].map((k) => k.split(' ').length));

/** First words of the titles, for a quick test before the table is searched. */
export const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([...TITLES.keys()].map((k) => k.split(' ')[0]!));
