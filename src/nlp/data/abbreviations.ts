// Abbreviations that take a period. Data for the tokenizer and sentence splitter (stages/tokenize.ts).

/** Titles and honorifics: always followed by a name, so their period never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Lt', 'Gen', 'Col',
  'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Rev', 'Fr', 'Hon', 'Pres', 'Supt', 'Atty',
  'Insp', 'Det', 'Messrs', 'Mmes', 'Sec', 'Amb', 'Rt', 'Gens', 'Brig', 'Mgr', 'Msgr', 'Sr', 'St', 'Ste', 'Mt', 'Ft',
]);

/** Months and other abbreviations normally followed by a number ("Jan. 5", "No. 3"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'No', 'Nos', 'Vol', 'Vols', 'p', 'pp', 'Art', 'Fig', 'Ch', 'Sec', 'Para', 'Ex',
]);

/**
 * Abbreviations that may end a sentence ("... based in the U.S. The company ..."): the splitter
 * ends the sentence only when the next word is a typical sentence opener.
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Jr', 'Bros', 'Assn', 'Dept', 'Univ', 'Ave', 'Blvd', 'Rd', 'Hwy', 'Ln',
  'etc', 'al', 'vs', 'v', 'approx', 'est', 'ca', 'cf', 'Est', 'Intl', 'Natl', 'Govt', 'Cong', 'Admin', 'Dist',
  // U.S. states in AP style
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn',
  'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
]);

/** Words that typically open a sentence; after an abbreviation they signal a boundary. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'This',
  'That', 'These', 'Those', 'There', 'But', 'And', 'Yet', 'So', 'Still', 'However', 'Meanwhile', 'In', 'On',
  'At', 'For', 'After', 'Before', 'When', 'While', 'If', 'As', 'Last', 'Next', 'Now', 'Then', 'Some', 'Many',
  'Most', 'Other', 'Others', 'Officials', 'According', 'Also', 'Although', 'Under', 'By', 'With', 'What', 'Why',
  'How', 'Who', 'No', 'Not', 'Both', 'Each', 'Since', 'During', 'Despite', 'Earlier', 'Later', 'Shares',
]);
