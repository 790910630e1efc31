// Words and symbols the values stage (stages/values.ts) reads: currencies, multipliers, bound
// phrases, number words, calendar words and the tense cues that place a yearless date in the past
// or the future. Data only; the rules that use it live in the stage.

import type { MoneyBound } from '../doc.js';

/** Currency symbols standing before an amount. "$" alone is USD; prefixes below refine it. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₱', 'PHP'], ['₦', 'NGN'], ['₫', 'VND'], ['฿', 'THB'], ['₴', 'UAH'],
]);

/** Letters written straight before "$" that name a dollar other than the US one ("C$5", "HK$3bn"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['U.S.', 'USD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['A', 'AUD'], ['AU', 'AUD'],
  ['NZ', 'NZD'], ['HK', 'HKD'], ['S', 'SGD'], ['SG', 'SGD'], ['NT', 'TWD'], ['R', 'BRL'], ['MX', 'MXN'],
]);

/** ISO codes written as words before or after an amount ("USD 5 million", "300m EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'KRW', 'RUB',
  'BRL', 'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'ZAR', 'ILS', 'SAR', 'AED',
]);

/** Currency names after an amount ("80 billion dollars", "5 million euros"), lower case. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'], ['won', 'KRW'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['roubles', 'RUB'], ['pesos', 'MXN'], ['francs', 'CHF'],
  ['pounds', 'GBP'], ['sterling', 'GBP'],
]);

/**
 * Currency words that are also common nouns or units ("won" the verb, "pounds" of weight): only
 * taken after a multiplier word ("5 million pounds") or a currency-word sequence.
 */
export const AMBIGUOUS_CURRENCY_WORDS: ReadonlySet<string> = new Set(['won', 'pounds']);

/** Cents are hundredths of a dollar ("50 cents"). */
export const CENT_WORDS: ReadonlySet<string> = new Set(['cent', 'cents']);

/** Multiplier words after a number, lower case. */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['bln', 1e9], ['mn', 1e6], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Multiplier suffixes glued to a number after a currency symbol ("$10B", "€1.8bn", "£300m", "$5k"), lower case. */
export const MULTIPLIER_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9],
  ['t', 1e12], ['tn', 1e12], ['trn', 1e12],
]);

/** Plural multipliers of vague amounts ("billions of dollars" is 1e9). */
export const VAGUE_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12],
]);

/** Words scaling a vague amount ("hundreds of thousands", "tens of millions"). */
export const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([['tens', 10], ['hundreds', 100]]);

/** Number words, lower case ("five million dollars", "four years ago"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['half', 0.5], ['dozen', 12],
]);

/**
 * Phrases right before an amount that bound it, lower case, as token sequences. The longest match
 * wins ("well under" before "under"). "nearly" and "almost" count as approximate, as the task brief
 * says, since news uses them for round figures near the true one.
 */
export const BOUND_PHRASES: ReadonlyArray<readonly [readonly string[], MoneyBound]> = [
  [['well', 'under'], 'upper'], [['just', 'under'], 'upper'], [['under'], 'upper'], [['less', 'than'], 'upper'],
  [['fewer', 'than'], 'upper'], [['below'], 'upper'], [['up', 'to'], 'upper'], [['as', 'much', 'as'], 'upper'],
  [['as', 'many', 'as'], 'upper'], [['as', 'high', 'as'], 'upper'], [['at', 'most'], 'upper'],
  [['no', 'more', 'than'], 'upper'], [['not', 'more', 'than'], 'upper'], [['a', 'maximum', 'of'], 'upper'],
  [['more', 'than'], 'lower'], [['over'], 'lower'], [['above'], 'lower'], [['at', 'least'], 'lower'],
  [['upwards', 'of'], 'lower'], [['in', 'excess', 'of'], 'lower'], [['no', 'less', 'than'], 'lower'],
  [['north', 'of'], 'lower'], [['well', 'over'], 'lower'], [['just', 'over'], 'lower'], [['a', 'minimum', 'of'], 'lower'],
  [['as', 'little', 'as'], 'lower'], [['as', 'low', 'as'], 'lower'], [['starting', 'at'], 'lower'],
  [['about'], 'approx'], [['around'], 'approx'], [['roughly'], 'approx'], [['approximately'], 'approx'],
  [['some'], 'approx'], [['nearly'], 'approx'], [['almost'], 'approx'], [['close', 'to'], 'approx'],
  [['an', 'estimated'], 'approx'], [['estimated'], 'approx'], [['approx.'], 'approx'], [['~'], 'approx'],
  [['circa'], 'approx'], [['or', 'so'], 'approx'],
];

/** Units a price is quoted per ("$35 a share", "$15 an hour", "$7 per month"). */
export const PER_UNIT_WORDS: ReadonlySet<string> = new Set([
  'share', 'hour', 'day', 'week', 'month', 'year', 'person', 'head', 'barrel', 'ounce', 'gallon', 'ton', 'tonne',
  'unit', 'piece', 'ticket', 'vote', 'user', 'subscriber', 'customer', 'student', 'employee', 'worker', 'household',
  'night', 'pound', 'kilogram', 'kg', 'liter', 'litre', 'mile', 'minute', 'seat', 'dose', 'pill', 'copy', 'visit',
]);

/** Words that turn a number into a percentage. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'percentage']);

// ---- dates --------------------------------------------------------------------------------------

/** Month names and their abbreviations (as the tokenizer keeps them, with the period), to 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6], ['July', 7],
  ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
  ['Jan.', 1], ['Feb.', 2], ['Mar.', 3], ['Apr.', 4], ['Jun.', 6], ['Jul.', 7], ['Aug.', 8], ['Sep.', 9],
  ['Sept.', 9], ['Oct.', 10], ['Nov.', 11], ['Dec.', 12], ['Jan', 1], ['Feb', 2], ['Aug', 8], ['Sept', 9],
  ['Oct', 10], ['Nov', 11], ['Dec', 12],
]);

/**
 * Month names that are also common words or given names ("May" the verb, "March" the noun,
 * "April Castellan"): taken alone (no day, no year) only after a date word such as "in" or "last".
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['March', 'April', 'May', 'June', 'July', 'August', 'Jan', 'Aug']);

/** Words that put a bare month name in a date reading ("in June", "since March", "late January"). */
export const MONTH_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'through', 'during', 'from', 'early', 'mid', 'late', 'last', 'next', 'this',
  'before', 'after', 'between', 'of', 'throughout', 'around', 'ahead', 'starting', 'beginning', 'end', 'into',
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['Sunday', 0], ['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6],
]);

/** Capitalised words that make a weekday the name of a holiday or event, not a date ("Black Friday"). */
export const WEEKDAY_NAME_MODIFIERS: ReadonlySet<string> = new Set([
  'Black', 'Cyber', 'Super', 'Good', 'Holy', 'Ash', 'Palm', 'Easter', 'Fat', 'Giving', 'Bloody', 'Maundy', 'Shrove',
  'Whit', 'Mega', 'Business',
]);

/** Parts of a day that may follow a weekday or "yesterday" without changing the date ("Wednesday morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

/** Seasons that lie inside one calendar year (winter straddles two, so it is not resolved). */
export const SEASONS: ReadonlyMap<string, { first: number; last: number }> = new Map([
  ['spring', { first: 3, last: 5 }], ['summer', { first: 6, last: 8 }], ['fall', { first: 9, last: 11 }],
  ['autumn', { first: 9, last: 11 }],
]);

/** Ordinals of quarters and halves ("the second quarter of 2020"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['final', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);

/** Modifiers before a year or month that keep its value ("early 2018", "late January", "mid-March"). */
export const PERIOD_MODIFIERS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

/** Words before a four-digit number that make it a label, not a year ("Section 1996", "Room 2001"). */
export const YEAR_BLOCKERS: ReadonlySet<string> = new Set([
  'No.', 'no.', '#', 'Section', 'Sec.', 'Article', 'Art.', 'Room', 'Suite', 'Ste.', 'Flight', 'Route', 'Highway',
  'Interstate', 'Form', 'Rule', 'Chapter', 'Title', 'Windows', 'Model', 'Level', 'Floor', 'Box', 'Unit', 'Apt.',
  'Bill', 'Resolution', 'Amendment', 'Exhibit', 'page', 'pages', 'Page', 'Pages', 'Building', 'Gate', 'Pier',
  'Dow', 'S&P', 'Nasdaq', 'index', 'Index',
]);

/** Count nouns after a number: "2500 people" counts people, it is not a year. Lower case. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'employees', 'workers', 'jobs', 'troops', 'soldiers', 'students', 'members', 'units',
  'vehicles', 'cars', 'homes', 'houses', 'cases', 'deaths', 'votes', 'shares', 'miles', 'kilometers',
  'kilometres', 'km', 'feet', 'foot', 'meters', 'metres', 'acres', 'tons', 'tonnes', 'barrels', 'points', 'pounds',
  'calories', 'years', 'days', 'hours', 'minutes', 'seconds', 'times', 'words', 'pages', 'signatures',
  'customers', 'users', 'subscribers', 'patients', 'children', 'women', 'men', 'residents', 'voters', 'delegates',
  'seats', 'stores', 'locations', 'planes', 'aircraft', 'jets', 'flights', 'passengers', 'copies', 'hits',
  'dollars', 'euros', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'et', 'pt', 'bst', 'cet', 'hrs', 'mph', 'ft', 'm',
  'kg', 'lbs', 'degrees', 'companies', 'firms', 'officers', 'agents', 'cameras', 'devices', 'phones', 'percent',
]);

// ---- tense cues ---------------------------------------------------------------------------------

/** Words that put the nearby date in the future ("will meet on Thursday", "until June 4"). */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'would', 'upcoming', 'scheduled', 'slated', 'until', 'till', 'through',
  'tomorrow', 'forthcoming', 'pending',
  // a target date lies ahead of the aiming ("targeting April 7", "aiming for June")
  'targeting', 'targets', 'aiming', 'eyeing',
]);

/**
 * Present-tense forms of "be" and modals of possibility: a dated event told in the present or as a
 * possibility has not happened yet ("He is up for re-election in November", "it may close in June").
 * A modal before "have" is a past reading ("may have met on Monday").
 */
export const NONPAST_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'am', "'re", '’re', "'m", '’m', 'may', 'might', 'should', 'must', 'can', 'let']);

/** Words that put a date in the future only before "to" or "for" ("set to meet", "plans to vote", "due for"). */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set([
  'set', 'expected', 'due', 'plan', 'plans', 'planned', 'planning', 'going', 'poised', 'aims', 'aim', 'intends',
  'intend', 'hopes', 'hope', 'preparing', 'prepares', 'ready', 'likely', 'unlikely', 'tentatively', 'about',
]);

/** Auxiliaries and reporting verbs that mark past narration. */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'earlier', 'yesterday',
  // irregular past tense forms common in news
  'made', 'took', 'gave', 'went', 'came', 'met', 'won', 'lost', 'sold', 'bought', 'began', 'led', 'held', 'left',
  'spoke', 'wrote', 'ran', 'saw', 'found', 'thought', 'brought', 'paid', 'sent', 'rose', 'fell', 'chose', 'knew',
  'grew', 'drew', 'flew', 'threw', 'broke', 'stole', 'spent', 'built', 'kept', 'felt', 'became', 'fought', 'caught',
  'taught', 'sought', 'stood', 'understood', 'forgot', 'got', 'hid', 'meant', 'heard', 'sat', 'shot', 'slept',
  'swore', 'tore', 'wore', 'woke', 'drove', 'rode', 'froze', 'shook', 'sang', 'rang', 'sprang', 'swam', 'dealt',
  'withdrew', 'oversaw', 'undertook', 'overtook', 'struck', 'stuck', 'swept', 'wept', 'lent', 'bent', 'fled',
  'bled', 'fed', 'sped', 'hung', 'sank', 'strove', 'arose', 'forbade', 'forgave', 'foresaw', 'misled',
  'overrode', 'upheld', 'withheld', 'mistook', 'rebuilt', 'retook', 'reran', 'wound', 'bound', 'ground', 'laid',
  'paid', 'said', 'slid', 'spun', 'split', 'quit', 'lit', 'dug', 'clung', 'flung', 'stung', 'swung', 'strode',
  'unveiled', 'sued', 'told', 'tweeted', 'posted',
]);

/** Words ending in -ed that are not past tense verbs. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'speed', 'seed', 'feed', 'indeed', 'proceed', 'exceed', 'succeed', 'hundred', 'bed', 'red', 'shed', 'wed',
  'breed', 'greed', 'weed', 'reed', 'deed', 'heed', 'bleed', 'creed', 'steed', 'tweed', 'embed', 'sled', 'naked',
  'wicked', 'sacred', 'kindred', 'rugged', 'ragged', 'crooked', 'beloved', 'biped', 'infrared', 'unprecedented',
  'scheduled', 'slated', 'expected', 'planned', 'related', 'based', 'alleged', 'so-called', 'unnamed', 'detailed',
  'limited', 'united', 'advanced', 'interested', 'concerned', 'involved', 'supposed', 'red-handed', 'armed',
]);

/** Forms of "be" and "have" before a participle: the auxiliary, not the participle, tells the tense. */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", '’s', "'re", '’re', 'get', 'gets']);

/** Determiners and adverbs before an -ed word that make it an adjective ("the newly announced project"). */
export const ADJECTIVE_MARKERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'newly', 'recently', 'long']);
