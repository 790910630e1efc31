import { readFileSync } from 'node:fs';
import { ModelError } from '../../errors.js';

// The lexicons built by scripts/build-lexicons.ts from ../shared/data (countries, US states, cities,
// companies, given names, common words), read from the JSON files beside this module. Each file is
// read on first use and kept; lookups are by exact surface form unless a helper says otherwise.

export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  code3: string;
  /** Common English name: "United States". */
  name: string;
  /** Other names news uses: "U.S.", "America", "United States of America". */
  aliases: string[];
  /** "American"; plural forms in demonymPlurals ("Americans"). */
  demonyms: string[];
  demonymPlurals: string[];
  capital: string | null;
  independent: boolean;
}

export interface UsStateEntry {
  /** Postal code: "TX". */
  code: string;
  name: string;
  /** AP-style abbreviations: "Tex.", "Calif.". */
  abbreviations: string[];
}

export interface CompanyEntry {
  /** Name as listed: "Alphabet Inc.", "The Goldman Sachs Group, Inc.". */
  name: string;
  /** Without legal form, "Group"/"Holdings" or a leading "The": "Alphabet", "Goldman Sachs". */
  short: string;
  ticker: string | null;
  sources: Array<'sp500' | 'fortune500' | 'listed'>;
}

export type PlaceKind = 'country' | 'state' | 'city';

export interface Place {
  kind: PlaceKind;
  /** Country code for countries and cities; state code for US states. */
  code: string;
  /** The canonical name of the place. */
  name: string;
}

function load<T>(file: string): T {
  const url = new URL(`./lexicons/${file}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ModelError('MODEL_MISSING', `lexicon ${file} could not be read (${reason})`, 'run `npm run build:lexicons`, or reinstall the package');
  }
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export const countries = lazy(() => load<CountryEntry[]>('countries.json'));
export const usStates = lazy(() => load<UsStateEntry[]>('us-states.json'));
/** The files group names by code (code -> names); lookups want name -> codes. */
function byName(grouped: Record<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [code, names] of Object.entries(grouped)) {
    for (const name of names) {
      const codes = out.get(name);
      if (codes) codes.push(code);
      else out.set(name, [code]);
    }
  }
  return out;
}

/** City name -> ISO country codes of the countries that have a city so named (over 15,000 people). */
export const worldCities = lazy(() => byName(load<Record<string, string[]>>('world-cities.json')));
/** US city name -> state codes. */
export const usCities = lazy(() => byName(load<Record<string, string[]>>('us-cities.json')));
export const companies = lazy(() => load<CompanyEntry[]>('companies.json'));
/** Given name -> [male births, female births] (US SSA, 1880-2023). */
export const givenNames = lazy(() => new Map(Object.entries(load<Record<string, [number, number]>>('given-names.json'))));
/** Lower-case words written in lower case most of the time inside news sentences. */
export const commonWords = lazy(() => new Set(load<string[]>('common-words.json')));

/**
 * Every surface form of a country or US state, and every city, to its place. A country or state
 * wins over a city of the same name ("Georgia" the state in US news, "Washington" the state only when
 * no city sense is wanted is left to callers: both are GPEs).
 */
export const placeIndex = lazy(() => {
  const index = new Map<string, Place>();
  const put = (form: string, place: Place) => {
    if (!index.has(form)) index.set(form, place);
  };
  for (const c of [...countries()].sort((a, b) => Number(b.independent) - Number(a.independent))) {
    const place: Place = { kind: 'country', code: c.code, name: c.name };
    put(c.name, place);
    for (const a of c.aliases) put(a, place);
  }
  for (const s of usStates()) {
    const place: Place = { kind: 'state', code: s.code, name: s.name };
    put(s.name, place);
    for (const a of s.abbreviations) put(a, place);
  }
  for (const name of usCities().keys()) put(name, { kind: 'city', code: 'US', name });
  for (const [name, codes] of worldCities()) put(name, { kind: 'city', code: codes[0]!, name });
  return index;
});

/** Company short names and listed names (and their lower-case forms) to the company. */
export const companyIndex = lazy(() => {
  const index = new Map<string, CompanyEntry>();
  for (const c of companies()) {
    for (const form of [c.short, c.name]) if (!index.has(form)) index.set(form, c);
  }
  return index;
});

/** Demonyms and their plurals ("American", "Americans") to the country code; sovereign states first. */
export const demonymIndex = lazy(() => {
  const index = new Map<string, string>();
  const ordered = [...countries()].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) for (const d of [...c.demonyms, ...c.demonymPlurals]) if (!index.has(d)) index.set(d, c.code);
  return index;
});
