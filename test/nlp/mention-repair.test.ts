import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/nlp/features/gazetteer.js';
import { MentionRepair } from '../../src/nlp/mention-repair.js';
import { EntityTyper } from '../../src/nlp/entity-types.js';

const gazetteer = Gazetteer.compile([
  { name: 'city', entries: [['Austin'], ['Paris']] },
  { name: 'country', entries: [['France'], ['United', 'States']] },
  { name: 'first-name', entries: [['Rosalind'], ['Sam']] },
  { name: 'region', entries: [['Europe']] },
  { name: 'state', entries: [['Texas'], ['California']] },
  { name: 'ticker', entries: [['CVRD'], ['ORRN']] },
]);
const repair = new MentionRepair(gazetteer);
const show = (words: string[], spans: Array<{ start: number; end: number; type: string }>) =>
  repair.repair(words, spans.map((s) => ({ ...s, score: 1 }))).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);

describe('MentionRepair', () => {
  it.each([
    { name: 'title inside a person span', text: 'President Donald Trump spoke', spans: [[0, 3, 'PER']], out: ['PER:Donald Trump'] },
    { name: 'employer and title inside an org span', text: 'Supreme Court Justice Rosalind Ashcombe said', spans: [[0, 5, 'ORG']], out: ['ORG:Supreme Court', 'PER:Rosalind Ashcombe'] },
    { name: 'an organisation named after a title is kept', text: 'the Justice Department said', spans: [[1, 3, 'ORG']], out: ['ORG:Justice Department'] },
    { name: 'a title at the end of an org span', text: 'House Minority Leader Lena Corwick', spans: [[0, 3, 'ORG'], [3, 5, 'PER']], out: ['ORG:House', 'PER:Lena Corwick'] },
    { name: 'titles alone', text: 'the Majority Leader and Jr. said', spans: [[1, 3, 'PER'], [4, 5, 'PER']], out: [] },
    { name: 'party-state tag', text: 'Mildred Tarrant ( R-N.C. ) said', spans: [[0, 2, 'PER'], [3, 4, 'ORG']], out: ['PER:Mildred Tarrant'] },
    { name: 'a quoted ticker', text: 'Corvid ( CVRD ) said', spans: [[0, 1, 'ORG'], [2, 3, 'ORG']], out: ['ORG:Corvid'] },
    { name: 'a priced ticker', text: 'Orrin Inc. ORRN , +4.12 %', spans: [[0, 2, 'ORG'], [2, 3, 'ORG']], out: ['ORG:Orrin Inc.'] },
    { name: 'a ticker after the name', text: 'Orrin Inc. ORRN , +4.12 % rose', spans: [[0, 3, 'ORG']], out: ['ORG:Orrin Inc.'] },
    { name: 'a legal form alone', text: 'the Inc. said', spans: [[1, 2, 'ORG']], out: [] },
    { name: 'a ticker-like word in prose is kept', text: 'CVRD said', spans: [[0, 1, 'ORG']], out: ['ORG:CVRD'] },
    { name: 'a leading lowercase word', text: 'the 47 year-old Whitcombe said', spans: [[2, 4, 'PER']], out: ['PER:Whitcombe'] },
    { name: 'a bracket inside a span', text: 'Orrin ( ORRN ) rose', spans: [[0, 3, 'ORG']], out: ['ORG:Orrin'] },
    { name: 'a handle', text: 'wrote @someone on Friday', spans: [[1, 2, 'ORG']], out: [] },
    { name: 'a repeated first name', text: 'Sen. Lena Corwick Lena Maria Corwick', spans: [[1, 6, 'PER']], out: ['PER:Lena Corwick', 'PER:Lena Maria Corwick'] },
  ])('$name', ({ text, spans, out }) => {
    const words = text.split(' ');
    expect(show(words, spans.map(([start, end, type]) => ({ start: start as number, end: end as number, type: type as string })))).toEqual(out);
  });
});

describe('EntityTyper', () => {
  const typer = new EntityTyper(gazetteer, new Map([['Amazon', 2 * 2 + 1]]));
  it.each([
    { type: 'PER', text: 'Sam Altman', out: 'PERSON' },
    { type: 'PER', text: 'Smallville', next: '-based', out: 'GPE' },
    { type: 'PER', text: 'Sam Altman', next: '-backed', out: 'PERSON' },
    { type: 'ORG', text: 'OpenAI', out: 'ORG' },
    { type: 'LOC', text: 'Texas', out: 'GPE' },
    { type: 'LOC', text: 'United States', out: 'GPE' },
    { type: 'LOC', text: 'Europe', out: 'LOC' },
    { type: 'LOC', text: 'Silicon Valley', out: 'LOC' },
    { type: 'LOC', text: 'White House', out: 'LOC' },
    { type: 'LOC', text: 'Northern California', out: 'GPE' },
    { type: 'LOC', text: 'Middle East', out: 'LOC' },
    { type: 'LOC', text: 'Amazon', out: 'ORG' },
    { type: 'LOC', text: 'Smallville', out: 'GPE' },
    { type: 'MISC', text: 'German', out: null },
    { type: 'MISC', text: 'iPhone', out: 'PRODUCT' },
    { type: 'ORG', text: 'Skylark 7', out: 'PRODUCT' },
    { type: 'MISC', text: 'Disney+', out: 'PRODUCT' },
    { type: 'ORG', text: 'Skylark', next: 'app', out: 'PRODUCT' },
    { type: 'MISC', text: 'World Cup 2026', out: null },
    { type: 'ORG', text: 'Rosalind Halloway', out: 'PERSON' },
    { type: 'ORG', text: 'Sam Austin', out: 'ORG' },
    { type: 'ORG', text: 'Rosalind Group', out: 'ORG' },
    { type: 'ORG', text: 'Halloway Rosalind', out: 'ORG' },
  ])('$type "$text" -> $out', ({ type, text, next, out }) => {
    expect(typer.typeOf(type, text.split(' '), next)).toBe(out);
  });
});
