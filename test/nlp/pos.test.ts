import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/nlp/doc.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { chunkStage, posStage } from '../../src/nlp/stages/pos.js';
import { tokenizeStage } from '../../src/nlp/stages/tokenize.js';

const pipeline = createPipeline([tokenizeStage, posStage, chunkStage]);
const run = (text: string) => {
  const doc = pipeline.run(createDoc(text));
  const words = doc.tokens!.map((t) => text.slice(t.start, t.end));
  return { doc, words, tag: (w: string) => doc.pos![words.indexOf(w)], chunks: doc.chunks!.map((c) => `${c.type}:${text.slice(c.start, c.end)}`) };
};

describe('pos stage', () => {
  it.each([
    { text: 'The company said on Monday that it will buy the shares.', tags: { The: 'DT', company: 'NN', said: 'VBD', Monday: 'NNP', will: 'MD', shares: 'NNS' } },
    { text: 'She has written three books about rivers.', tags: { She: 'PRP', has: 'VBZ', written: 'VBN', three: 'CD', books: 'NNS' } },
    { text: "Trump's aides didn't answer.", tags: { Trump: 'NNP', "'s": 'POS', "n't": 'RB', answer: 'VB' } },
  ])('tags "$text"', ({ text, tags }) => {
    const { tag } = run(text);
    for (const [w, t] of Object.entries(tags)) expect([w, tag(w)]).toEqual([w, t]);
  });

  it('gives one tag per token and base phrases over whole tokens', () => {
    const { doc, chunks } = run('The new chief executive of the bank resigned on Friday.');
    expect(doc.pos).toHaveLength(doc.tokens!.length);
    expect(chunks).toEqual(['NP:The new chief executive', 'PP:of', 'NP:the bank', 'VP:resigned', 'PP:on', 'NP:Friday']);
    for (const c of doc.chunks!) {
      expect(c.start).toBe(doc.tokens![c.tokenStart]!.start);
      expect(c.end).toBe(doc.tokens![c.tokenEnd - 1]!.end);
    }
  });

  it('leaves base phrases to the chunk stage', () => {
    const doc = createPipeline([tokenizeStage, posStage]).run(createDoc('The bank resigned.'));
    expect(doc.pos).toEqual(['DT', 'NN', 'VBD', '.']);
    expect(doc.chunks).toBeUndefined();
    expect(() => createPipeline([tokenizeStage, chunkStage])).toThrow(/requires layer "pos"/);
  });

  it.each([
    { name: 'empty text', text: '' },
    { name: 'only punctuation', text: '?!... --- ;;' },
    { name: 'another script', text: '北京是中国的首都。 مرحبا بالعالم' },
  ])('copes with $name', ({ text }) => {
    const { doc } = run(text);
    expect(doc.pos).toHaveLength(doc.tokens!.length);
    expect(Array.isArray(doc.chunks)).toBe(true);
  });
});
