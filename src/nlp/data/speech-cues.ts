// Words for quotes and claims (stages/quotes.ts): verbs that attribute speech, phrases that name
// where it was said, nouns for unnamed sources, and the words of disputes. Verbs are lemmas; forms
// come from data/verb-forms.ts.

/** Verbs that report what someone said, wrote or claimed; they may take a reported clause. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'write', 'tweet', 'post', 'argue', 'claim', 'deny', 'announce', 'report', 'acknowledge',
  'admit', 'explain', 'estimate', 'predict', 'warn', 'insist', 'confirm', 'state', 'continue', 'recount', 'reply',
  'respond', 'counter', 'contend', 'assert', 'declare', 'allege', 'suggest', 'point out', 'observe', 'remark',
  'stress', 'emphasize', 'caution', 'concede', 'complain', 'charge', 'maintain', 'conclude', 'recall', 'testify',
  'vow', 'promise', 'urge', 'demand', 'repeat', 'reiterate', 'comment', 'quip', 'joke', 'boast', 'lament', 'disclose',
  'reveal', 'indicate', 'forecast', 'project', 'signal', 'believe', 'think', 'agree', 'pledge',
  'acknowledge', 'tout', 'brag', 'assure', 'inform', 'advise', 'predict', 'speculate', 'wonder', 'mention', 'message',
  'email', 'text', 'relate', 'announce', 'proclaim', 'concur', 'retort', 'rebut', 'exclaim', 'whisper', 'shout',
];

/** Verbs that characterise with a quoted phrase: "called it a “Christmas present”", "described the call as". */
export const CHARACTERIZING_VERBS: readonly string[] = [
  'call', 'describe', 'characterize', 'characterise', 'label', 'dub', 'brand', 'blast', 'slam', 'accuse', 'hammer',
  'decry', 'deride', 'dismiss', 'praise', 'term', 'criticize', 'criticise', 'condemn', 'denounce', 'hail', 'mock',
];

/** Verbs whose attributed content is a reported clause only when introduced by "that" (they also take plain objects). */
export const THAT_ONLY_VERBS: ReadonlySet<string> = new Set([
  'add', 'note', 'report', 'announce', 'confirm', 'reveal', 'disclose', 'indicate', 'signal', 'mention', 'charge',
  'demand', 'continue', 'post', 'tweet', 'write', 'state', 'deny', 'promise', 'vow', 'urge', 'agree', 'fear', 'hope',
  'expect', 'believe', 'think', 'estimate', 'project', 'forecast', 'predict', 'maintain', 'advise', 'inform', 'assure',
  'recall', 'testify', 'repeat', 'reiterate', 'comment', 'relate', 'respond', 'reply', 'counter', 'tout', 'message',
  'email', 'text', 'explain', 'admit', 'acknowledge',
]);

/** Verbs that reply to an earlier statement: their quote answers it. */
export const REPLY_VERBS: ReadonlySet<string> = new Set(['respond', 'reply', 'counter', 'retort', 'rebut', 'fire back', 'shoot back', 'hit back', 'push back']);

/** Verbs of denial: the quote disputes what it denies. */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['deny', 'dispute', 'reject', 'refute', 'rebut']);

/** Phrases that attribute the rest of a sentence to a source: "according to X". */
export const SOURCE_PHRASES: readonly string[] = ['according to', 'as reported by', 'as told to'];

/**
 * Nouns for unnamed sources: "a person familiar with the matter", "the party officials",
 * "analysts". A subject headed by one of these is an anonymous speaker, unless an organisation is
 * named in it ("Analysts at Fairmont", "a Harborlight Bio spokesperson").
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'person', 'people', 'official', 'officials', 'aide', 'aides', 'analyst', 'analysts', 'expert',
  'experts', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative', 'representatives',
  'prosecutor', 'prosecutors', 'lawmaker', 'lawmakers', 'investigator', 'investigators', 'critic', 'critics',
  'observer', 'observers', 'insider', 'insiders', 'executive', 'executives', 'employee', 'employees', 'staffer',
  'staffers', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'advocate', 'advocates', 'economist', 'economists',
  'researcher', 'researchers', 'scientist', 'scientists', 'diplomat', 'diplomats', 'member', 'members', 'leader',
  'leaders', 'negotiator', 'negotiators', 'regulator', 'regulators', 'witness', 'witnesses', 'resident', 'residents',
  'voter', 'voters', 'supporter', 'supporters', 'opponent', 'opponents', 'accounts', 'account', 'office',
  'campaign', 'team', 'camp', 'administration', 'government', 'agency', 'ministry', 'authorities', 'police', 'others',
  'some', 'many', 'democrats', 'republicans', 'senators', 'strategist', 'strategists', 'consultant', 'consultants',
  'report', 'reports', 'records', 'record', 'disclosures', 'disclosure', 'filing', 'filings', 'documents', 'document',
  'estimates', 'estimate', 'data', 'survey', 'poll', 'study', 'statement', 'statements', 'memo', 'letter', 'note',
  'analysis', 'service', 'media', 'outlet', 'outlets', 'newspaper', 'press', 'agencies', 'percent', 'respondents',
  'majority', 'average', 'polls', 'surveys', 'studies',
]);

/** Source nouns that speak for their organisation: "Senator Tarrant's office said", "a Corvid Resources spokesperson confirmed". */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'office', 'representative', 'representatives', 'campaign',
  'team', 'camp', 'statement', 'statements', 'analysts', 'analyst', 'economists', 'strategists', 'lawyers', 'lawyer',
  'attorney', 'attorneys', 'officials', 'official', 'executives', 'executive', 'researchers', 'note', 'memo', 'letter',
  'filing', 'filings', 'report', 'spokespeople', 'service', 'account', 'accounts', 'average', 'poll', 'polls', 'survey',
  'estimate', 'estimates', 'analysis', 'study', 'data',
]);

/** Where something was said: "in a post on X", "in an interview on CNBC", "in a statement". */
export const MEDIUM_NOUNS: readonly string[] = [
  'post', 'posts', 'tweet', 'tweets', 'interview', 'statement', 'joint statement', 'written statement', 'blog post',
  'memo', 'letter', 'note', 'video', 'filing', 'filings', 'court filing', 'court filings', 'press release', 'op-ed',
  'speech', 'hearing', 'email', 'emails', 'podcast', 'broadcast', 'press conference', 'news conference', 'briefing',
  'testimony', 'book', 'essay', 'column', 'message', 'report', 'radio interview', 'television interview', 'tv interview',
];

/** Platforms named with "on": "writing on X", "said on Twitter". */
export const PLATFORM_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'via']);

/** Words that call another statement wrong. */
export const DISPUTE_WORDS: readonly string[] = [
  'wrong', 'false', 'not true', 'untrue', 'lie', 'lies', 'lying', 'nonsense', 'incorrect', 'misleading', 'fake',
  'baseless', 'inaccurate', 'ridiculous', 'absurd', 'bogus', 'groundless', 'mistaken', 'not accurate', 'not correct',
  'fabricated', 'made up', 'no truth', 'not the case', 'disinformation', 'misinformation',
];

/** Phrases that say the money for a pledge is not there. */
export const NO_MONEY_PATTERNS: readonly RegExp[] = [
  /\b(?:do|does|did)(?:n['’]t| not)(?: actually| really)? have the (?:money|funds|cash|capital)\b/i,
  /\b(?:lack|lacks|lacked|lacking) the (?:money|funds|cash|capital)\b/i,
  /\b(?:well |far )?(?:under|less than|short of) \$[\d.,]+\s*(?:[bmk]|billion|million|trillion)?\b.*\b(?:secured|raised|committed|available|in hand)\b/i,
  /\bnot enough (?:money|funds|cash|capital)\b/i,
  /\b(?:can['’]t|cannot|can not) afford\b/i,
  /\b(?:money|funds|cash|financing) (?:is|was|are|were)(?:n['’]t| not) there\b/i,
];
