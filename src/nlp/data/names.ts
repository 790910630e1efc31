// Name-matching data for within-article resolution (stages/resolve.ts): short forms of given names,
// company-name suffixes, generational suffixes, and words that name groups rather than entities.

/** Common short forms of English given names: either form may stand for the other. */
export const NICKNAMES: ReadonlyArray<readonly string[]> = [
  ['michael', 'mike', 'mick'],
  ['charles', 'chuck', 'charlie'],
  ['william', 'bill', 'billy', 'will', 'willie'],
  ['robert', 'bob', 'bobby', 'rob', 'bert'],
  ['richard', 'rick', 'dick', 'rich', 'ricky'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny'],
  ['joseph', 'joe', 'joey'],
  ['thomas', 'tom', 'tommy'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['theodore', 'ted', 'teddy'],
  ['elizabeth', 'liz', 'beth', 'betsy', 'libby', 'lisa', 'eliza'],
  ['katherine', 'kate', 'kathy', 'katie'],
  ['catherine', 'cathy', 'kate'],
  ['margaret', 'maggie', 'peggy', 'meg'],
  ['patricia', 'pat', 'patty', 'tricia'],
  ['patrick', 'pat'],
  ['christopher', 'chris'],
  ['christine', 'chris', 'christy'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave'],
  ['stephen', 'steve'],
  ['steven', 'steve'],
  ['anthony', 'tony'],
  ['andrew', 'andy', 'drew'],
  ['alexander', 'alex'],
  ['alexandra', 'alex', 'sandra'],
  ['benjamin', 'ben'],
  ['nicholas', 'nick'],
  ['matthew', 'matt'],
  ['jonathan', 'jon'],
  ['timothy', 'tim'],
  ['samuel', 'sam'],
  ['samantha', 'sam'],
  ['gregory', 'greg'],
  ['jeffrey', 'jeff'],
  ['geoffrey', 'jeff', 'geoff'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['lawrence', 'larry'],
  ['gerald', 'jerry'],
  ['jerome', 'jerry'],
  ['peter', 'pete'],
  ['frederick', 'fred'],
  ['raymond', 'ray'],
  ['douglas', 'doug'],
  ['phillip', 'phil'],
  ['philip', 'phil'],
  ['susan', 'sue'],
  ['deborah', 'deb', 'debbie'],
  ['rebecca', 'becky'],
  ['jennifer', 'jen', 'jenny'],
  ['janice', 'jan'],
  ['nancy', 'nan'],
  ['barbara', 'barb'],
  ['victoria', 'vicky'],
  ['kimberly', 'kim'],
  ['abraham', 'abe'],
  ['albert', 'al'],
  ['alan', 'al'],
  ['allen', 'al'],
  ['zachary', 'zach'],
  ['joshua', 'josh'],
  ['mitchell', 'mitch'],
  ['leonard', 'leo', 'len'],
  ['vincent', 'vince'],
  ['francis', 'frank'],
  ['franklin', 'frank'],
  ['harold', 'harry', 'hal'],
  ['henry', 'hank', 'harry'],
  ['beto', 'robert'],
];

/** Words that end company names and may be dropped in later mentions ("Tesla Inc." -> "Tesla"). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'cos', 'cos.', 'llc', 'l.l.c.',
  'ltd', 'ltd.', 'limited', 'plc', 'p.l.c.', 'holdings', 'holding', 'group', 'sa', 's.a.', 'ag', 'nv', 'n.v.', 'se',
  'gmbh', 'lp', 'l.p.', 'llp', 'pllc', 'bhd', 'oyj', 'ab', 'asa', 'spa', 's.p.a.', 'kk',
]);

/** Generational and professional suffixes after a surname ("Walter Grieve, Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'v', 'phd', 'ph.d.', 'md', 'm.d.', 'esq', 'esq.']);

/** Words that join the parts of an organisation's name and are skipped in its acronym. */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'to', '&', 'de', 'du', 'des', 'la', 'le', 'del', 'der', 'für']);

/**
 * Members of parties and movements, and other group names: not entities (GUIDELINES, Entities).
 * Nationalities and demonyms come from the country lexicon.
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'democrat', 'democrats', 'republican', 'republicans', 'democratic', 'conservative', 'conservatives', 'liberal',
  'liberals', 'progressive', 'progressives', 'independent', 'independents', 'libertarian', 'libertarians', 'socialist',
  'socialists', 'tory', 'tories', 'labourite', 'labourites', 'evangelicals', 'catholics', 'muslims', 'christians',
  'jews', 'millennials', 'americans', 'europeans', 'westerners', 'senators', 'lawmakers',
]);
