// Builds the entity tagger's gazetteers from ../shared/data/gazetteers (general-knowledge lists:
// given names, countries, capitals, demonyms, states and provinces, cities, listed companies,
// world regions). Entries are tokenized exactly as the runtime tokenizes text.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { Gazetteer } from '../../src/nlp/features/gazetteer.js';
import { tokenizeText } from '../../src/nlp/stages/tokenize.js';
import { SHARED } from './unlabeled.js';

const G = join(SHARED, 'gazetteers');

function csv(path: string): Array<Record<string, string>> {
  const rows = parse(readFileSync(join(G, path), 'utf8'), { columns: (h: string[]) => h.map((c) => c.trim()), skip_empty_lines: true, bom: true, relax_quotes: true, relax_column_count: true, trim: true }) as Array<Record<string, string>>;
  return rows;
}

const SHARE_CLASS =
  /\s*(-\s*)?(Class [A-Z]\b.*|Common Stock.*|Ordinary Shares.*|American Depositary.*|Depositary Shares.*|Units?\b.*|Warrants?\b.*|Rights?\b.*|Subordinate Voting.*|Preferred.*|Series [A-Z]\b.*|\d+(\.\d+)?%.*|Capital Stock.*|Shares of Beneficial.*|Limited Partnership.*|Common Units.*)$/i;
const LEGAL = /,?\s+(Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LLC|L\.P|LP|N\.V|S\.A|AG|SE|Holdings?|Group|Trust)\.?$/;

/** Company names without share classes, and also without a legal suffix ("Agilent Technologies"). */
export function companyForms(raw: string): string[] {
  let name = raw.replace(SHARE_CLASS, '').replace(/\.com\b/i, '').replace(/\s+/g, ' ').trim();
  if (!name || /\b(ETF|Fund|Trust|Index|Portfolio|Acquisition Corp)\b/i.test(name)) return [];
  const out = new Set([name]);
  for (let k = 0; k < 2; k++) {
    const shorter = name.replace(LEGAL, '').trim();
    if (shorter === name || !shorter) break;
    name = shorter;
    out.add(name);
  }
  return [...out].filter((n) => n.length > 1);
}

const tokens = (s: string): string[] => tokenizeText(s).map((t) => s.slice(t.start, t.end));

/** Which names of .cache/silver.tsv (scripts/build-silver.ts) become lists, one per type. */
export interface SilverOptions {
  file: string;
  /** Seen in at least this many documents. */
  minDocs: number;
  /** The majority type's share of the occurrences. */
  agree: number;
  /** Mean confidence of the tagger over the occurrences. */
  minConf: number;
}

/** Silver names by type ("silver-PER"...): frequent, one clear type, confidently tagged, capitalised. */
export function silverLists(o: SilverOptions): Map<string, Set<string>> {
  const lists = new Map<string, Set<string>>();
  for (const line of readFileSync(o.file, 'utf8').split('\n')) {
    const [name, docs, n, byType, conf] = line.split('\t');
    if (!name || Number(docs) < o.minDocs || Number(conf) < o.minConf || !/^\p{Lu}/u.test(name)) continue;
    let best = '';
    let top = 0;
    for (const tc of byType!.split(',')) {
      const [t, c] = tc.split(':');
      if (Number(c) > top) [best, top] = [t!, Number(c)];
    }
    if (top < o.agree * Number(n)) continue;
    const list = `silver-${best}`;
    if (!lists.has(list)) lists.set(list, new Set());
    lists.get(list)!.add(name);
  }
  return lists;
}

export interface ExtraLists {
  silver?: SilverOptions;
  /** Family names: the last token of the people named in the relation data's training splits and of Fortune 500 CEOs. */
  surnames?: boolean;
}

export function buildGazetteerLists(extra: ExtraLists = {}): Array<{ name: string; entries: string[][] }> {
  const silver = extra.silver;
  const lists = new Map<string, Set<string>>();
  const add = (list: string, s: string | undefined) => {
    const v = (s ?? '').trim();
    if (v.length < 2) return;
    let set = lists.get(list);
    if (!set) lists.set(list, (set = new Set()));
    set.add(v);
  };

  for (const r of csv('us-ssa-baby-names/names_by_sex_1880-2023.csv')) if (Number(r.count_since_1950) >= 500) add('first-name', r.name);

  type Country = {
    name: { common: string; official: string };
    altSpellings: string[];
    capital?: string[];
    region: string;
    subregion: string;
    demonyms?: { eng?: { m: string; f: string } };
  };
  const countries = JSON.parse(readFileSync(join(G, 'countries-mledoze/countries.json'), 'utf8')) as Country[];
  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    // Two-letter codes ("FR") are mostly noise in running text; longer alternative spellings help.
    for (const a of c.altSpellings) if (a.length > 2) add('country', a);
    for (const cap of c.capital ?? []) add('capital', cap);
    add('region', c.region);
    add('region', c.subregion);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      add('demonym', d);
      if (d && /an$/.test(d)) add('demonym', `${d}s`);
    }
  }
  for (const r of csv('us-cities/us_cities.csv')) {
    add('state', r.STATE_NAME);
    add('us-city', r.CITY);
  }
  for (const r of csv('world-cities/world-cities.csv')) {
    add('city', r.name);
    add('province', r.subcountry);
  }
  for (const r of csv('sp500/constituents.csv')) for (const f of companyForms(r.Security!)) add('company', f);
  // Ticker symbols, so that "(KO)" beside a company is not taken for another name.
  for (const r of csv('us-listed-companies/nasdaq-listed-symbols.csv')) if (/^[A-Z]{2,5}$/.test(r.Symbol!)) add('ticker', r.Symbol);
  for (const r of csv('us-listed-companies/other-listed.csv')) if (/^[A-Z]{2,5}$/.test(r['ACT Symbol']!)) add('ticker', r['ACT Symbol']);
  for (const r of csv('fortune500-2019/fortune500.csv')) for (const f of companyForms(r.company_name!)) add('company', f);
  for (const r of csv('us-listed-companies/nasdaq-listed-symbols.csv')) if (r.ETF !== 'Y') for (const f of companyForms(r['Company Name']!)) add('company', f);
  for (const r of csv('us-listed-companies/nyse-listed.csv')) for (const f of companyForms(r['Company Name']!)) add('company', f);
  for (const r of csv('us-listed-companies/other-listed.csv')) if (r.ETF !== 'Y') for (const f of companyForms(r['Company Name']!)) add('company', f);

  // Names typed by their role in labeled relation data (training splits only): KnowledgeNet facts
  // (a CEO is a person, the company it heads an organisation...) and CoNLL04 entities.
  const kn = join(SHARED, 'knowledgenet/knowledgenet_train_human_readable.jsonl');
  const ORG_SUBJECT = new Set(['CEO', 'FOUNDED_BY', 'HEADQUARTERS', 'SUBSIDIARY_OF', 'DATE_FOUNDED']);
  const PERSON_OBJECT = new Set(['CEO', 'FOUNDED_BY', 'SPOUSE', 'CHILD_OF']);
  const ORG_OBJECT = new Set(['EMPLOYEE_OR_MEMBER_OF', 'EDUCATED_AT', 'POLITICAL_AFFILIATION', 'SUBSIDIARY_OF']);
  const PLACE_OBJECT = new Set(['PLACE_OF_RESIDENCE', 'PLACE_OF_BIRTH', 'HEADQUARTERS']);
  const named = (t: string | undefined) => (t && /^\p{Lu}/u.test(t) && !/^(It|Its|We|Our|Their|They|He|She|His|Her|The company)$/.test(t) ? t : undefined);
  for (const line of readFileSync(kn, 'utf8').split('\n')) {
    if (!line) continue;
    const f = JSON.parse(line) as { property: string; hasFact: boolean; subjectText?: string; objectText?: string };
    if (!f.hasFact) continue;
    add(ORG_SUBJECT.has(f.property) ? 'known-org' : 'known-person', named(f.subjectText));
    if (PERSON_OBJECT.has(f.property)) add('known-person', named(f.objectText));
    if (ORG_OBJECT.has(f.property)) add('known-org', named(f.objectText));
    if (PLACE_OBJECT.has(f.property)) add('known-place', named(f.objectText));
  }
  type Conll04 = { tokens: string[]; entities: Array<{ type: string; start: number; end: number }> };
  const conll04 = JSON.parse(readFileSync(join(SHARED, 'conll04/conll04_train.json'), 'utf8')) as Conll04[];
  const C04: Record<string, string> = { Peop: 'known-person', Org: 'known-org', Loc: 'known-place' };
  for (const s of conll04) for (const e of s.entities) if (C04[e.type]) add(C04[e.type]!, s.tokens.slice(e.start, e.end).join(' '));

  if (extra.surnames) {
    const people = [...(lists.get('known-person') ?? [])];
    for (const r of csv('fortune500-2019/fortune500.csv')) if (r.ceo) people.push(r.ceo);
    for (const p of people) {
      const parts = tokens(p).filter((t) => !/^(Jr|Sr|II|III|IV)\.?$/.test(t) && t !== ',');
      const last = parts[parts.length - 1];
      if (parts.length >= 2 && last && /^\p{Lu}\p{Ll}/u.test(last)) add('surname', last);
    }
  }
  // Silver names are already tokens joined by spaces.
  const silverSets = silver ? silverLists(silver) : new Map<string, Set<string>>();
  const split = (name: string, e: string) => (name.startsWith('silver-') ? e.split(' ') : tokens(e));
  return [...lists.entries(), ...silverSets.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, set]) => ({ name, entries: [...set].sort().map((e) => split(name, e)) }));
}

export function buildGazetteer(extra: ExtraLists = {}): Gazetteer {
  return Gazetteer.compile(buildGazetteerLists(extra));
}
