import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/nlp/doc.js';
import { findQuotations } from '../../src/nlp/extract/quotations.js';
import { extract, quoteStrings } from '../helpers/extract-doc.js';

describe('quotation marks', () => {
  it.each([
    ['straight', 'He said "we will win this" and left.', ['we will win this']],
    ['curly', 'He said “we will win this” and left.', ['we will win this']],
    ['mixed curly and straight', '“We will win this," he said.', ['We will win this']],
    ['single quotes as primary marks', "He said 'we will win this' and left.", ['we will win this']],
    ['guillemets', 'Il a dit «nous allons gagner» hier.', ['nous allons gagner']],
    ['nested single quotes stay inside', '“It is called ‘advice of counsel,’ he wrote,” she said.', ['It is called ‘advice of counsel,’ he wrote']],
    ['apostrophes open nothing', "The Democrats’ plan isn't new, it's Trump's.", []],
    ['left open at a paragraph end', '“I was asked that.\n\n“But here is the point,” she added.', ['I was asked that.', 'But here is the point']],
  ])('%s', (_name, text, want) => {
    expect(findQuotations(text).map((q) => text.slice(q.inner.start, q.inner.end))).toEqual(want);
  });
});

type Case = { name: string; text: string; names: Record<string, EntityType>; want: string[] };

const cases: Case[] = [
  {
    name: 'direct quote, attribution after: “...,” NAME said',
    text: '“We will build it here,” Lia Moss said on Friday.',
    names: { 'Lia Moss': 'PERSON' },
    want: ['Lia Moss: We will build it here'],
  },
  {
    name: 'direct quote, inverted attribution with an appositive: said NAME, TITLE at ORG',
    text: '“The space is evolving,” said Tor Lund, a vice president at Brightwell.',
    names: { 'Tor Lund': 'PERSON', Brightwell: 'ORG' },
    want: ['Tor Lund: The space is evolving'],
  },
  {
    name: 'direct quote, attribution before with a colon, over several sentences',
    text: 'Ana Brook wrote on Twitter: “I never said that. It is false. We are done.”',
    names: { 'Ana Brook': 'PERSON', Twitter: 'ORG' },
    want: ['Ana Brook: I never said that. It is false. We are done.'],
  },
  {
    name: 'fragments of one statement in a sentence are joined',
    text: 'Ivo Marsh said the deal is "a real step" and "long overdue."',
    names: { 'Ivo Marsh': 'PERSON' },
    want: ['Ivo Marsh: a real step ... long overdue.'],
  },
  {
    name: 'the next quotation in the paragraph continues the speaker',
    text: '“We will not stop,” Rina Soto said. “Not this year, not ever.”',
    names: { 'Rina Soto': 'PERSON' },
    want: ['Rina Soto: We will not stop', 'Rina Soto: Not this year, not ever.'],
  },
  {
    name: 'a pronoun speaker resolved to its person',
    text: 'Rina Soto spoke first. “Let us begin,” she said.',
    names: { 'Rina Soto': 'PERSON' },
    want: ['Rina Soto: Let us begin'],
  },
  {
    name: 'reported speech with "said that"',
    text: 'Lia Moss said that the plant would open in June.',
    names: { 'Lia Moss': 'PERSON' },
    want: ['Lia Moss: the plant would open in June'],
  },
  {
    name: 'reported speech after "told reporters"',
    text: 'Ivo Marsh told reporters the vote was rigged.',
    names: { 'Ivo Marsh': 'PERSON' },
    want: ['Ivo Marsh: the vote was rigged'],
  },
  {
    name: 'two cues in one sentence give two claims',
    text: 'Pia Voss admitted her actions were illegal and said they were ordered by others.',
    names: { 'Pia Voss': 'PERSON' },
    want: ['Pia Voss: her actions were illegal', 'Pia Voss: they were ordered by others'],
  },
  {
    name: 'an organisation speaks: "the company said"',
    text: 'Marlow Foods cut jobs. The company said sales had fallen.',
    names: { 'Marlow Foods': 'ORG' },
    want: ['Marlow Foods: sales had fallen'],
  },
  {
    name: 'according to an outlet, after the claim',
    text: 'Sales fell by a third last year, according to Meridian News.',
    names: { 'Meridian News': 'ORG' },
    want: ['Meridian News: Sales fell by a third last year'],
  },
  {
    name: 'an anonymous source in a parenthetical attribution',
    text: 'The call was long, a person familiar with the matter said.',
    names: {},
    want: ['[a person familiar with the matter]: The call was long'],
  },
  {
    name: 'an anonymous source after "according to"',
    text: 'The mayor was angry, according to two senior officials.',
    names: {},
    want: ['[two senior officials]: The mayor was angry'],
  },
  {
    name: "a spokesperson speaks for the organisation: \"ORG's office said\"",
    text: "Ada Pike's office said she would attend the hearing.",
    names: { 'Ada Pike': 'PERSON' },
    want: ['Ada Pike: she would attend the hearing'],
  },
  {
    name: 'an inverted parenthetical with an unnamed source and its relative clause',
    text: 'The servers were breached in April, said the officials, who asked not to be named.',
    names: {},
    want: ['[the officials]: The servers were breached in April'],
  },
  {
    name: 'officials named by their body stay anonymous; a spokesperson speaks for the company in view',
    text: 'Committee officials said the report was late. Marlow Foods cut jobs. A spokesperson said sales fell.',
    names: { 'Marlow Foods': 'ORG', Committee: 'ORG' },
    want: ['[Committee officials]: the report was late', 'Marlow Foods: sales fell'],
  },
  {
    name: 'a reported clause after an adverbial and a quantity',
    text: 'Marlow Foods has said much of the $4 billion it plans to cut will go to new plants.',
    names: { 'Marlow Foods': 'ORG' },
    want: ['Marlow Foods: much of the $4 billion it plans to cut will go to new plants'],
  },
  {
    name: 'a characterising verb with a quoted phrase',
    text: 'Nora Quint called the plan a “total disaster.”',
    names: { 'Nora Quint': 'PERSON' },
    want: ['Nora Quint: total disaster.'],
  },
  {
    name: 'a scare quote is not a quote',
    text: 'The so-called “golden visa” program ended in May.',
    names: {},
    want: [],
  },
  {
    name: 'a nickname is not a quote',
    text: 'Ivo Marsh again called his rival “Sleepy Dan” on Monday.',
    names: { 'Ivo Marsh': 'PERSON' },
    want: [],
  },
  {
    name: 'a title in quotes is not a quote',
    text: 'Ivo Marsh starred in “The Long Road Home” last year.',
    names: { 'Ivo Marsh': 'PERSON' },
    want: [],
  },
  {
    name: 'an embedded post is its author\'s quote',
    text: 'Budget talks failed again today.\n\nThe deal is dead and everyone knows it. — Rina Soto (@RinaSoto) March 4, 2020',
    names: { 'Rina Soto': 'PERSON' },
    want: ['Rina Soto: The deal is dead and everyone knows it.'],
  },
];

describe('quotes and claims on hand-made sentences', () => {
  it.each(cases)('$name', ({ text, names, want }) => {
    expect(quoteStrings(extract(text, names).json)).toEqual(want);
  });

  it('records the cue, the medium, the speaker mention, the date and what the quote is about', () => {
    const text = 'Lia Moss said in an interview on Meridian News on Friday that Harwick Capital had lied.';
    const { json } = extract(text, { 'Lia Moss': 'PERSON', 'Meridian News': 'ORG', 'Harwick Capital': 'ORG' });
    const q = json.quotes[0]!;
    expect(q.cue).toBe('said');
    expect(q.medium).toBe('interview on Meridian News');
    expect(q.speaker_mention?.text).toBe('Lia Moss');
    expect(q.date).toBe('2025-01-17');
    const about = q.about.map((id) => json.entities.find((e) => e.id === id)!.name);
    expect(about).toEqual(['Harwick Capital']);
    expect(q.direct).toBe(false);
  });

  it('keeps the speaker mention of a pronoun before it is resolved', () => {
    const { json } = extract('Rina Soto spoke first. “Let us begin,” she said.', { 'Rina Soto': 'PERSON' });
    expect(json.quotes[0]!.speaker_mention?.text).toBe('she');
  });
});

describe('stance', () => {
  it('a reply that calls a statement wrong disputes it', () => {
    const text = 'Ivo Marsh wrote that "the rocket never flew." Rina Soto replied on Monday, writing that Marsh is "wrong, as he well knows."';
    const { json } = extract(text, { 'Ivo Marsh': 'PERSON', 'Rina Soto': 'PERSON', Marsh: 'PERSON' });
    expect(json.quotes).toHaveLength(2);
    expect(json.quotes[1]!.stance).toEqual([{ target: json.quotes[0]!.id, kind: 'disputes' }]);
  });

  it('a claim that the money is not there disputes the pledge', () => {
    const text = 'Harwick Capital pledged $50 billion to invest in Canada. Ivo Marsh wrote that "they don\'t actually have the money."';
    const { json } = extract(text, { 'Harwick Capital': 'ORG', Canada: 'GPE', 'Ivo Marsh': 'PERSON' });
    const pledge = json.relations.findIndex((r) => r.type === 'pledges');
    expect(pledge).toBeGreaterThanOrEqual(0);
    expect(json.quotes[0]!.stance).toEqual([{ target: `relation:${pledge}`, kind: 'disputes' }]);
  });

  it('agreement is not a dispute', () => {
    const text = 'Ivo Marsh said "the rocket flew." Rina Soto said Marsh was "absolutely right."';
    const { json } = extract(text, { 'Ivo Marsh': 'PERSON', 'Rina Soto': 'PERSON', Marsh: 'PERSON' });
    expect(json.quotes.flatMap((q) => q.stance)).toEqual([]);
  });
});
