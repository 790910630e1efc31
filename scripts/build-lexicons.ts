// Builds the compact lexicons the runtime reads (src/nlp/data/lexicons/*.json) from the gazetteers in
// ../shared/data (see ../shared/data/gazetteers/SOURCE.md) and a word-frequency pass over the
// AllSides and Wikinews texts. The runtime never reads ../shared; these files are committed.
// Output is deterministic: sorted, no timestamps. `npm run build:lexicons`
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { segment } from '../src/nlp/stages/tokenize.js';
import type {
  CompanyEntry, CountryEntry, UsStateEntry,
} from '../src/nlp/data/lexicons.js';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, '../shared/data');
const GAZ = join(DATA, 'gazetteers');
const OUT = join(ROOT, 'src/nlp/data/lexicons');

interface Extras {
  countryAliases: Record<string, string[]>;
  worldCityCountryNames: Record<string, string>;
  apStateAbbreviations: Record<string, string[]>;
  companyLegalSuffixes: string[];
  listedSecurityDescriptors: string[];
  listedSkipWords: string[];
}
const extras = JSON.parse(readFileSync(join(ROOT, 'scripts/lexicon-extras.json'), 'utf8')) as Extras;

type Row = Record<string, string>;
const csv = (path: string): Row[] => parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true, relax_quotes: true }) as Row[];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const uniqSorted = (xs: Iterable<string>) => [...new Set(xs)].sort(byText);

/** Latin script only: names in other scripts never match English news text. */
const LATIN = /^[A-Za-z\u00C0-\u024F0-9 .,'’&()/-]+$/u;

/** "Zürich" -> "Zurich": news often drops diacritics. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function write(name: string, value: unknown): void {
  const text = JSON.stringify(value);
  writeFileSync(join(OUT, name), `${text}\n`);
  console.log(`${name.padEnd(22)} ${(text.length / 1024).toFixed(0).padStart(5)} KB`);
}

// ---- countries ----------------------------------------------------------------------------------

interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  independent?: boolean;
}

/** English plurals of demonyms: "Americans", but "Chinese", "British", "Swiss" stay. */
function demonymPlural(d: string): string {
  return /(?:ese|sh|ch|ss|x)$/.test(d) ? d : `${d}s`;
}

function buildCountries(): { entries: CountryEntry[]; codeByName: Map<string, string> } {
  const raw = JSON.parse(readFileSync(join(GAZ, 'countries-mledoze/countries.json'), 'utf8')) as RawCountry[];
  const codeByName = new Map<string, string>();
  const entries: CountryEntry[] = raw.map((c) => {
    const aliases = new Set<string>();
    for (const a of [c.name.official, ...c.altSpellings, ...(extras.countryAliases[c.cca2] ?? [])]) {
      // Two-letter codes ("FR") collide with words and initials; only the hand-kept ones ("US", "UK") stay.
      if (a.length <= 2 && !(extras.countryAliases[c.cca2] ?? []).includes(a)) continue;
      if (a.includes(',') || !LATIN.test(a) || a === c.name.common) continue;
      aliases.add(a);
      const f = fold(a);
      if (f !== a) aliases.add(f);
    }
    if (fold(c.name.common) !== c.name.common) aliases.add(fold(c.name.common));
    const dem = c.demonyms?.eng;
    const demonyms = dem ? uniqSorted([dem.m, dem.f].filter(Boolean)) : [];
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) codeByName.set(n.toLowerCase(), c.cca2);
    return {
      code: c.cca2,
      code3: c.cca3,
      name: c.name.common,
      aliases: uniqSorted(aliases),
      demonyms,
      demonymPlurals: uniqSorted(demonyms.map(demonymPlural)),
      capital: (c.capital ?? []).filter((x) => LATIN.test(x))[0] ?? null,
      independent: c.independent ?? false,
    };
  });
  for (const [name, code] of Object.entries(extras.worldCityCountryNames)) codeByName.set(name.toLowerCase(), code);
  entries.sort((a, b) => byText(a.code, b.code));
  return { entries, codeByName };
}

// ---- US states and cities -----------------------------------------------------------------------

function buildUsStates(): { entries: UsStateEntry[]; codeByName: Map<string, string> } {
  const rows = csv(join(GAZ, 'us-cities/us_cities.csv'));
  const names = new Map<string, string>();
  for (const r of rows) names.set(r.STATE_CODE!, r.STATE_NAME!);
  const entries = [...names].map(([code, name]) => ({ code, name, abbreviations: extras.apStateAbbreviations[code] ?? [] }));
  entries.sort((a, b) => byText(a.code, b.code));
  return { entries, codeByName: new Map(entries.map((e) => [e.name.toLowerCase(), e.code])) };
}

/**
 * World cities: GeoNames cities over 15,000 inhabitants (so already the larger ones), Latin-script
 * names, as name -> country codes. US cities: those among them in the United States, as name ->
 * state codes (the full US list has every hamlet).
 */
function buildCities(countryCode: Map<string, string>, stateCode: Map<string, string>) {
  const rows = csv(join(GAZ, 'world-cities/world-cities.csv'));
  const world = new Map<string, Set<string>>();
  const us = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, name: string, code: string) => {
    for (const n of new Set([name, fold(name)])) {
      if (!m.has(n)) m.set(n, new Set());
      m.get(n)!.add(code);
    }
  };
  let unknown = 0;
  for (const r of rows) {
    const name = r.name!.trim();
    // Lower-case district names ("les Escaldes") and "Zürich (Kreis 4) / ..." are not how news names a city.
    if (!LATIN.test(name) || !/^\p{Lu}/u.test(name) || /[()/]/.test(name) || /\d/.test(name)) continue;
    const cc = countryCode.get(r.country!.toLowerCase());
    if (!cc) {
      unknown++;
      continue;
    }
    add(world, name, cc);
    if (cc === 'US') {
      const st = stateCode.get(r.subcountry!.toLowerCase());
      if (st) add(us, name, st);
    }
  }
  if (unknown) console.log(`world cities with an unknown country: ${unknown}`);
  // Grouped by country (or state): code -> sorted names, which keeps the files about half as large.
  const grouped = (m: Map<string, Set<string>>) => {
    const out = new Map<string, string[]>();
    for (const [name, codes] of m) for (const code of codes) (out.get(code) ?? out.set(code, []).get(code)!).push(name);
    return Object.fromEntries([...out].sort(([a], [b]) => byText(a, b)).map(([k, v]) => [k, v.sort(byText)]));
  };
  return { world: grouped(world), us: grouped(us) };
}

// ---- companies ----------------------------------------------------------------------------------

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SUFFIX = new RegExp(`(?:,?\\s+(?:${[...extras.companyLegalSuffixes].sort((a, b) => b.length - a.length).map(escape).join('|')}))+\\s*$`);
const DESCRIPTOR = new RegExp(`\\s*[-–]?\\s*(?:${[...extras.listedSecurityDescriptors].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b.*$`, 'i');
const SKIP = new RegExp(`(?:^|\\s)(?:${extras.listedSkipWords.map(escape).join('|')})(?:\\s|$|,)`);

/** "The Goldman Sachs Group, Inc." -> "Goldman Sachs": legal form, "Group"/"Holdings" and a leading "The" go. */
export function shortCompanyName(name: string): string {
  let s = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  for (let k = 0; k < 3; k++) s = s.replace(SUFFIX, '').replace(/[,\s]+$/, '');
  s = s.replace(/^The\s+/, '');
  return s.length >= 2 ? s : name.trim();
}

function buildCompanies(): CompanyEntry[] {
  const out = new Map<string, CompanyEntry>();
  const add = (rawName: string, source: CompanyEntry['sources'][number], ticker: string | null) => {
    const name = rawName.replace(/\s+/g, ' ').replace(/\s*\((?:The|Class [A-Z])\)\s*$/, '').trim();
    if (!name || !LATIN.test(name)) return;
    const short = shortCompanyName(name);
    const key = short.toLowerCase();
    const prev = out.get(key);
    if (prev) {
      if (!prev.sources.includes(source)) prev.sources.push(source);
      if (!prev.ticker && ticker) prev.ticker = ticker;
      // The fuller, index-listed form is the better display name.
      if (source !== 'listed' && prev.sources.length === 1 && prev.sources[0] === 'listed') prev.name = name;
      return;
    }
    out.set(key, { name, short, ticker, sources: [source] });
  };
  for (const r of csv(join(GAZ, 'sp500/constituents.csv'))) add(r.Security!, 'sp500', r.Symbol!);
  for (const r of csv(join(GAZ, 'fortune500-2019/fortune500.csv'))) add(r.company_name!.trim(), 'fortune500', null);
  const listed: Array<[string, string]> = [];
  for (const r of csv(join(GAZ, 'us-listed-companies/nasdaq-listed-symbols.csv'))) {
    if (r.ETF === 'Y' || r['Test Issue'] === 'Y') continue;
    listed.push([r['Security Name']!, r.Symbol!]);
  }
  for (const r of csv(join(GAZ, 'us-listed-companies/other-listed.csv'))) {
    if (r.ETF === 'Y' || r['Test Issue'] === 'Y') continue;
    listed.push([r['Security Name']!, r['ACT Symbol']!]);
  }
  for (const r of csv(join(GAZ, 'us-listed-companies/nyse-listed.csv'))) listed.push([r['Company Name']!, r['ACT Symbol']!]);
  for (const [security, symbol] of listed) {
    // One row per security: preferred shares, warrants, units and notes repeat a company; funds are no companies.
    if (SKIP.test(security) || /\$/.test(symbol)) continue;
    const name = security.replace(DESCRIPTOR, '').trim();
    if (name.length < 2) continue;
    add(name, 'listed', symbol.replace(/\s+/g, ''));
  }
  for (const c of out.values()) c.sources.sort(byText);
  return [...out.values()].sort((a, b) => byText(a.short, b.short));
}

// ---- given names --------------------------------------------------------------------------------

/** SSA given names with at least 1,000 births since 1880: name -> [male, female] births. */
function buildGivenNames(): Record<string, [number, number]> {
  const totals = new Map<string, [number, number]>();
  for (const r of csv(join(GAZ, 'us-ssa-baby-names/names_by_sex_1880-2023.csv'))) {
    const t = totals.get(r.name!) ?? [0, 0];
    t[r.sex === 'M' ? 0 : 1] += Number(r.total_count);
    totals.set(r.name!, t);
  }
  const kept = [...totals].filter(([, [m, f]]) => m + f >= 1000).sort(([a], [b]) => byText(a, b));
  return Object.fromEntries(kept);
}

// ---- common words -------------------------------------------------------------------------------

/**
 * Words written in lower case most of the time they occur inside a sentence, in news text (the
 * AllSides and Wikinews articles). A capitalised sentence-initial token that is one of these is most
 * likely an ordinary word ("The", "But", "Officials"); names are capitalised mid-sentence. The list
 * holds words, never a text.
 */
function buildCommonWords(): string[] {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const texts: string[] = [];
  for (const line of readFileSync(join(DATA, 'allsides-news/articles_2015-2020.jsonl'), 'utf8').split('\n')) {
    if (line) texts.push((JSON.parse(line) as { text: string }).text);
  }
  for (const line of readFileSync(join(DATA, 'wikinews-meantime-timeline/wikinews_business_120.jsonl'), 'utf8').split('\n')) {
    if (line) texts.push((JSON.parse(line) as { text: string }).text);
  }
  for (const text of texts) {
    const { tokens } = segment(text);
    let prevSentence = -1;
    for (const t of tokens) {
      const first = t.sentence !== prevSentence;
      prevSentence = t.sentence;
      if (first || t.kind !== 'word') continue;
      const w = text.slice(t.start, t.end);
      if (!/^\p{L}[\p{Ll}'’-]*$/u.test(w)) continue;
      const key = w.toLowerCase();
      const m = w === key ? lower : upper;
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  const words: string[] = [];
  for (const [w, n] of lower) {
    const u = upper.get(w) ?? 0;
    // Sentence adverbs ("Unfortunately") are rare in lower case but rarer still capitalised mid-sentence.
    if (n >= 2 && n >= u) words.push(w);
  }
  return words.sort(byText);
}

// ---- main ---------------------------------------------------------------------------------------

mkdirSync(OUT, { recursive: true });
const countries = buildCountries();
const states = buildUsStates();
write('countries.json', countries.entries);
write('us-states.json', states.entries);
const cities = buildCities(countries.codeByName, states.codeByName);
write('world-cities.json', cities.world);
write('us-cities.json', cities.us);
write('companies.json', buildCompanies());
write('given-names.json', buildGivenNames());
write('common-words.json', buildCommonWords());
