// Names that mean the same actor whatever the article: the keys are normalised names (see
// normalizeName), the values the name every one of them is filed under. Places first, then a few
// bodies usually written both ways. Acronyms in general are matched by rule (actor-keys.ts); these
// are the ones no rule can derive ("America", "Britain").
export const NAME_EQUIVALENTS: Readonly<Record<string, string>> = {
  us: 'united states',
  usa: 'united states',
  'u s': 'united states',
  'u s a': 'united states',
  america: 'united states',
  'united states of america': 'united states',
  'the states': 'united states',
  uk: 'united kingdom',
  'u k': 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  eu: 'european union',
  'e u': 'european union',
  un: 'united nations',
  'u n': 'united nations',
  uae: 'united arab emirates',
  prc: 'china',
  "people's republic of china": 'china',
  'peoples republic of china': 'china',
  ussr: 'soviet union',
  dc: 'washington dc',
  'washington d c': 'washington dc',
};

/** Words left out of an organisation's acronym ("Federal Bureau of Investigation" -> FBI). */
export const ACRONYM_SKIP_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', '&']);

/** Name endings that are not a surname ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);

/** Types whose actors are context for deciding who a bare surname is (places are too common to tell). */
export const CONTEXT_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'PRODUCT']);
