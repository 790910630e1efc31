import { describe, expect, it } from 'vitest';
import { createDoc, type EntityType } from '../../src/nlp/doc.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { nerStage } from '../../src/nlp/stages/ner.js';
import { tokenizeStage } from '../../src/nlp/stages/tokenize.js';
import { createDefaultPipeline } from '../../src/nlp/default-pipeline.js';

// Hand-made sentences (our own writing) for the cases modern news throws at a CoNLL-trained tagger.
const pipeline = createPipeline([tokenizeStage, nerStage]);
const mentions = (text: string) => {
  const doc = pipeline.run(createDoc(text));
  return doc.mentions!.map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
};

describe('ner stage', () => {
  it.each<{ name: string; text: string; has: string[]; not?: string[] }>([
    {
      name: 'a title and a party-state tag stay outside the name',
      text: 'Sen. Mildred Tarrant (R-N.C.) said the committee would meet again. Tarrant declined to say when.',
      has: ['PERSON:Mildred Tarrant', 'PERSON:Tarrant'],
      not: ['PERSON:Sen. Mildred Tarrant', 'ORG:R-N.C.', 'GPE:R-N.C.'],
    },
    {
      name: 'an employer and a title before a name',
      text: 'OpenAI CEO Sam Altman met SoftBank CEO Masayoshi Son and Oracle chairman Larry Ellison at the White House.',
      has: ['ORG:OpenAI', 'PERSON:Sam Altman', 'ORG:SoftBank', 'PERSON:Masayoshi Son', 'ORG:Oracle', 'PERSON:Larry Ellison', 'LOC:White House'],
      not: ['PERSON:CEO Sam Altman', 'ORG:OpenAI CEO'],
    },
    {
      name: 'an all-caps dateline',
      text: 'WASHINGTON (Reuters) - Microsoft CEO Satya Nadella said on Friday that the company would keep investing.',
      has: ['GPE:WASHINGTON', 'ORG:Reuters', 'ORG:Microsoft', 'PERSON:Satya Nadella'],
    },
    {
      name: 'possessives leave the clitic out of the name',
      text: "Crowds came for Trump's inauguration. The market cheered Apple's results and Angela Merkel's speech.",
      has: ['PERSON:Trump', 'ORG:Apple', 'PERSON:Angela Merkel'],
      not: ["PERSON:Trump's"],
    },
    {
      name: 'a title that ends an organisation span is cut off',
      text: 'House Minority Leader Lena Corwick criticised the plan on Saturday.',
      has: ['ORG:House', 'PERSON:Lena Corwick'],
      not: ['ORG:House Minority Leader'],
    },
    {
      name: 'places with and without a government',
      text: 'The company moved its headquarters from Silicon Valley to Austin, Texas, near the Colorado River.',
      has: ['LOC:Silicon Valley', 'GPE:Austin', 'GPE:Texas', 'LOC:Colorado River'],
    },
    {
      name: 'a product with inner capitals',
      text: 'Tim Cook visited Florida on Monday, and Apple unveiled the new iPhone in Cupertino.',
      has: ['PERSON:Tim Cook', 'GPE:Florida', 'ORG:Apple', 'PRODUCT:iPhone', 'GPE:Cupertino'],
    },
    {
      name: 'a name glued to a modifier by a hyphen',
      text: 'The Portland-based startup hired a Texas-born engineer.',
      has: ['GPE:Portland', 'GPE:Texas'],
      not: ['GPE:Portland-based'],
    },
    {
      name: 'a weekday after a name is not part of it',
      text: 'President Trump placed a call to Vladimir Putin Tuesday, aides said.',
      has: ['PERSON:Vladimir Putin'],
      not: ['PERSON:Vladimir Putin Tuesday'],
    },
  ])('$name', ({ text, has, not }) => {
    const found = mentions(text);
    for (const m of has) expect(found).toContain(m);
    for (const m of not ?? []) expect(found).not.toContain(m);
  });

  it('gives spans on token boundaries, sentence numbers and scores in [0, 1]', () => {
    const text = 'Microsoft and Google met in London. Tim Cook flew to Paris on Monday.';
    const doc = pipeline.run(createDoc(text));
    expect(doc.mentions!.length).toBeGreaterThan(3);
    const starts = new Set(doc.tokens!.map((t) => t.start));
    const ends = new Set(doc.tokens!.map((t) => t.end));
    for (const m of doc.mentions!) {
      expect(starts.has(m.start) && ends.has(m.end)).toBe(true);
      expect(m.sentence).toBe(doc.tokens!.find((t) => t.start === m.start)!.sentence);
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(['PERSON', 'ORG', 'GPE', 'LOC', 'PRODUCT'] as EntityType[]).toContain(m.type);
    }
  });

  it.each([
    { name: 'empty text', text: '', max: 0 },
    { name: 'only punctuation', text: '?!... --- ;; ,,, ()', max: 0 },
    { name: 'Chinese and Arabic', text: '北京是中国的首都。 مرحبا بالعالم في القاهرة', max: 3 },
    { name: 'one word', text: 'Hello', max: 1 },
  ])('copes with $name', ({ text, max }) => {
    const doc = pipeline.run(createDoc(text));
    expect(doc.mentions!.length).toBeLessThanOrEqual(max);
  });

  it('tags a 5 MB single line without running out of room', () => {
    const unit = 'Angela Merkel met Emmanuel Macron in Berlin and they discussed Siemens plans , ';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const doc = pipeline.run(createDoc(text));
    const names = new Set(doc.mentions!.map((m) => text.slice(m.start, m.end)));
    expect(names.has('Angela Merkel')).toBe(true);
    expect(names.has('Berlin')).toBe(true);
    expect(doc.mentions!.length).toBeGreaterThan(100_000);
  });

  it('is part of the default pipeline', () => {
    const names = createDefaultPipeline().stages.map((s) => s.name);
    expect(names).toContain('ner');
    expect(createDefaultPipeline().layers).toContain('mentions');
  });
});
