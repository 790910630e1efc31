import { describe, expect, it } from 'vitest';
import {
  commonWords, companies, companyIndex, countries, demonymIndex, givenNames, placeIndex, usCities, usStates, worldCities,
} from '../../src/nlp/data/lexicons.js';

// The committed lexicons (built by scripts/build-lexicons.ts): their shape and the lookups other
// stages rely on. Facts checked here are general knowledge.

describe('lexicons', () => {
  it.each([
    ['U.S.', 'country', 'US'],
    ['United States', 'country', 'US'],
    ['America', 'country', 'US'],
    ['Britain', 'country', 'GB'],
    ['Turkey', 'country', 'TR'],
    ['Texas', 'state', 'TX'],
    ['Calif.', 'state', 'CA'],
    ['Houston', 'city', 'US'],
    ['Osaka', 'city', 'JP'],
  ])('place %s is a %s (%s)', (form, kind, code) => {
    expect(placeIndex().get(form)).toMatchObject({ kind, code });
  });

  it.each([
    ['Apple', 'AAPL'],
    ['Oracle', 'ORCL'],
    ['Goldman Sachs', 'GS'],
    ['Alphabet Inc.', 'GOOGL'],
  ])('company %s', (form, ticker) => {
    expect(companyIndex().get(form)?.ticker).toBe(ticker);
  });

  it('strips legal forms into short names', () => {
    for (const c of companies()) expect(c.short).not.toMatch(/(?:,? Inc\.?|Corporation|, LLC)$/);
  });

  it('knows demonyms and their plurals', () => {
    expect(demonymIndex().get('American')).toBe('US');
    expect(demonymIndex().get('Americans')).toBe('US');
    expect(demonymIndex().get('Chinese')).toBe('CN');
  });

  it('has given names with counts by sex', () => {
    const [m, f] = givenNames().get('James')!;
    expect(m).toBeGreaterThan(f);
    const [m2, f2] = givenNames().get('Mary')!;
    expect(f2).toBeGreaterThan(m2);
  });

  it('tells common words from names', () => {
    expect(commonWords().has('the')).toBe(true);
    expect(commonWords().has('officials')).toBe(true);
    expect(commonWords().has('microsoft')).toBe(false);
  });

  it('lists 250 countries, 50 states with DC and Puerto Rico, and cities by name', () => {
    expect(countries()).toHaveLength(250);
    expect(usStates().map((s) => s.code)).toEqual(expect.arrayContaining(['DC', 'PR', 'TX', 'WY']));
    expect(usStates()).toHaveLength(52);
    expect(worldCities().get('Paris')).toContain('FR');
    expect(usCities().get('Austin')).toContain('TX');
  });
});

