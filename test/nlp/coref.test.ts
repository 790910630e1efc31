import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-doc.js';

/** The entity each reference of a given text was resolved to ("" when unresolved). */
function resolved(text: string, names: Record<string, 'PERSON' | 'ORG' | 'GPE'>, ref: string, nth = 0): string {
  const { doc } = extract(text, names);
  let from = 0;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(ref, from);
    from = at + 1;
  }
  const r = doc.references!.find((x) => x.start === at && text.slice(x.start, x.end) === ref);
  if (!r) return '';
  const e = doc.entities!.find((x) => x.id === r.entity)!;
  return text.slice(e.name.start, e.name.end);
}

type Case = { name: string; text: string; names: Record<string, 'PERSON' | 'ORG' | 'GPE'>; ref: string; want: string };

describe('coreference', () => {
  it.each<Case>([
    {
      name: 'a pronoun to the subject of the sentence before',
      text: 'Ravi Menon founded Coldwater Labs. He said growth was strong.',
      names: { 'Ravi Menon': 'PERSON', 'Coldwater Labs': 'ORG' },
      ref: 'He',
      want: 'Ravi Menon',
    },
    {
      name: '"she" skips a man named closer',
      text: 'Julia Brandt hired Thomas Keel. She said he was the best candidate.',
      names: { 'Julia Brandt': 'PERSON', 'Thomas Keel': 'PERSON' },
      ref: 'She',
      want: 'Julia Brandt',
    },
    {
      name: 'a possessive to the nearest subject',
      text: 'Olga Petrov said that while Dan Reyes is talented, his plan is wrong.',
      names: { 'Olga Petrov': 'PERSON', 'Dan Reyes': 'PERSON' },
      ref: 'his',
      want: 'Dan Reyes',
    },
    {
      name: '"the company" with one company in view',
      text: 'Marlow Foods cut 300 jobs on Monday. The company said sales fell.',
      names: { 'Marlow Foods': 'ORG' },
      ref: 'The company',
      want: 'Marlow Foods',
    },
    {
      name: '"the company" stays unresolved between two companies equally in view',
      text: 'Marlow Foods and Pinecrest Dairy merged their brands. The company said sales fell.',
      names: { 'Marlow Foods': 'ORG', 'Pinecrest Dairy': 'ORG' },
      ref: 'The company',
      want: '',
    },
    {
      name: '"the agency" to an organisation named as an agency, not the company beside it',
      text: 'The Coastal Water Agency fined Marlow Foods. The agency said the fine was fair.',
      names: { 'Coastal Water Agency': 'ORG', 'Marlow Foods': 'ORG' },
      ref: 'The agency',
      want: 'Coastal Water Agency',
    },
    {
      name: '"the president" to the person who holds the title',
      text: 'President Ines Varga met Paulo Reis. Later the president left.',
      names: { 'Ines Varga': 'PERSON', 'Paulo Reis': 'PERSON' },
      ref: 'the president',
      want: 'Ines Varga',
    },
    {
      name: '"the Vantor CEO" to the CEO of that company',
      text: 'Vantor CEO Lia Moss and Brell CEO Sam Okoro spoke. Later the Vantor CEO left.',
      names: { Vantor: 'ORG', 'Lia Moss': 'PERSON', Brell: 'ORG', 'Sam Okoro': 'PERSON' },
      ref: 'the Vantor CEO',
      want: 'Lia Moss',
    },
    {
      name: '"his company" to the company the person heads',
      text: 'Halden CEO Marco Tell spoke. He said his company would grow.',
      names: { Halden: 'ORG', 'Marco Tell': 'PERSON' },
      ref: 'his company',
      want: 'Halden',
    },
    {
      name: 'a dummy "it" names nothing',
      text: 'Marlow Foods grew. It is unclear whether sales will last.',
      names: { 'Marlow Foods': 'ORG' },
      ref: 'It',
      want: '',
    },
    {
      name: 'a referential "it" before a verb',
      text: 'Marlow Foods cut jobs. It said sales fell.',
      names: { 'Marlow Foods': 'ORG' },
      ref: 'It',
      want: 'Marlow Foods',
    },
  ])('$name', ({ text, names, ref, want }) => {
    expect(resolved(text, names, ref)).toBe(want);
  });

  it('lists resolved descriptions as aliases, never pronouns', () => {
    const { json } = extract('Marlow Foods cut jobs. The company said it would hire later.', { 'Marlow Foods': 'ORG' });
    expect(json.entities[0]!.aliases).toEqual(['The company']);
    expect(json.entities[0]!.mentions.map((m) => m.text)).toContain('it');
  });
});
