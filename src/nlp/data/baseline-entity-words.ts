// Words that type a capitalised name by its shape: organisation and place heads ("... Bank",
// "... Committee", "... River"), the small words a name may hold ("Bank of America"), and
// capitalised words that are never names on their own. Data for stages/entities-baseline.ts.

/** Last words that make a name an organisation ("Federal Reserve Bank", "Justice Department"). */
export const ORG_LAST_WORDS: ReadonlySet<string> = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Company', 'Corporation', 'Ltd', 'Ltd.', 'LLC', 'LLP', 'PLC', 'plc', 'AG',
  'Group', 'Holdings', 'Partners', 'Capital', 'Ventures', 'Bank', 'Bancorp', 'Securities', 'Investments', 'Fund',
  'Committee', 'Commission', 'Council', 'Department', 'Ministry', 'Agency', 'Administration', 'Authority', 'Bureau',
  'Office', 'Service', 'Services', 'Board', 'Court', 'Senate', 'Congress', 'Parliament', 'Assembly', 'Party',
  'Association', 'Institute', 'Institution', 'Foundation', 'University', 'College', 'School', 'Academy', 'Society',
  'Center', 'Centre', 'Union', 'Federation', 'Coalition', 'Alliance', 'Organization', 'Organisation', 'Network',
  'Times', 'Post', 'News', 'Journal', 'Tribune', 'Herald', 'Gazette', 'Magazine', 'Press', 'Media', 'Studios',
  'Airlines', 'Airways', 'Motors', 'Motor', 'Technologies', 'Technology', 'Systems', 'Labs', 'Laboratories',
  'Pharmaceuticals', 'Therapeutics', 'Energy', 'Industries', 'Reserve', 'Police', 'Army', 'Navy', 'Corps', 'Force',
  'Guard', 'Project', 'Initiative', 'Campaign', 'Caucus', 'Cabinet', 'Club', 'League', 'Church', 'Hospital',
  'Exchange', 'Trust', 'Airport', 'House',
]);

/** First words that make "X of Y" an organisation ("Bank of America", "University of Texas"). */
export const ORG_FIRST_WORDS: ReadonlySet<string> = new Set([
  'Bank', 'University', 'Department', 'Ministry', 'Office', 'Bureau', 'Board', 'Council', 'Court', 'House',
  'Institute', 'College', 'School', 'Church', 'Federal', 'National', 'Central', 'International', 'Democratic',
  'Republican', 'Supreme', 'United', 'Royal', 'European', 'American', 'World', 'Association', 'Federation',
]);

/** Last words that make a name a non-political place ("Silicon Valley", "Capitol Hill", "Pacific Ocean"). */
export const LOC_LAST_WORDS: ReadonlySet<string> = new Set([
  'River', 'Valley', 'Mountains', 'Mountain', 'Ocean', 'Sea', 'Lake', 'Island', 'Islands', 'Bay', 'Gulf', 'Hill',
  'Peninsula', 'Coast', 'Desert', 'Strait', 'Canal', 'Park', 'Square', 'Street', 'Avenue', 'Bridge', 'Beach',
  'Forest', 'Canyon', 'Basin', 'Plains', 'Border',
]);

/** Whole names of regions that are places but not polities. */
export const LOC_NAMES: ReadonlySet<string> = new Set([
  'Middle East', 'West Bank', 'Gaza Strip', 'Europe', 'Asia', 'Africa', 'Latin America', 'South America',
  'North America', 'Central America', 'Southeast Asia', 'East Asia', 'the Pacific', 'Pacific', 'Atlantic',
  'Arctic', 'Antarctica', 'Midwest', 'Wall Street', 'Silicon Valley', 'Capitol Hill', 'Scandinavia', 'Balkans',
  'Caribbean', 'Mediterranean', 'Persian Gulf', 'Sahara', 'Himalayas', 'Earth', 'Moon',
]);

/** Lower-case words allowed inside a name when a capitalised word follows ("Bank of America"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'du', 'on', '&', 'the']);

/** Capitalised words that never name an entity on their own. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'I', 'A', 'An', 'The', 'Mr', 'Mrs', 'Ms', 'Dr', 'OK', 'TV', 'AM', 'PM', 'CEO', 'CFO', 'COO', 'CTO',
  'Editor', 'Photo', 'FILE', 'PHOTO', 'READ', 'MORE', 'Sign', 'Click', 'Copyright', 'ADVERTISEMENT', 'No.',
]);

/** Capitalised names of groups of people, which are not entities ("Democrats", "House Republicans"). */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'Democrat', 'Democrats', 'Republican', 'Republicans', 'Conservative', 'Conservatives', 'Liberal', 'Liberals',
  'Progressives', 'Independents', 'Muslims', 'Christians', 'Jews', 'Catholics', 'Evangelicals', 'Dreamers',
  'Millennials', 'Latinos', 'Hispanics', 'Blacks', 'Whites', 'Asians', 'Arabs', 'Europeans', 'Africans',
  'Democratic', 'Muslim', 'Christian', 'Jewish', 'Catholic', 'Evangelical', 'Hispanic', 'Latino', 'Latina',
]);

/** Legal forms that end a company name; a capitalised word after one starts something else ("Corvid Resources Inc. CVRD"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc.', 'Inc', 'Corp.', 'Corp', 'Co.', 'Ltd.', 'Ltd', 'LLC', 'PLC', 'plc', 'AG', 'S.A.', 'N.V.', 'LLP']);

/** Heads of institutions whose names may hold an "and" ("Securities and Exchange Commission"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'Commission', 'Administration', 'Committee', 'Department', 'Agency', 'Bureau', 'Council', 'Board', 'Institute',
  'Association', 'Foundation', 'Center', 'Centre', 'Service', 'Services', 'Authority', 'Office', 'Ministry',
  'Museum', 'Society', 'Academy', 'School', 'College', 'University', 'Laboratory', 'Corporation', 'Company',
]);
