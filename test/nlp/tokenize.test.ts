import { describe, expect, it } from 'vitest';
import { segment } from '../../src/nlp/stages/tokenize.js';

const sentencesOf = (t: string) => segment(t).sentences.map((s) => t.slice(s.start, s.end));
const tokensOf = (t: string) => segment(t).tokens.map((k) => t.slice(k.start, k.end));

describe('sentence splitting', () => {
  it.each([
    ['abbreviated titles do not end sentences', 'Sen. Mildred Tarrant (R-N.C.) spoke. She left.', ['Sen. Mildred Tarrant (R-N.C.) spoke.', 'She left.']],
    ['company suffix mid-sentence', 'Apple Inc. said it would grow.', ['Apple Inc. said it would grow.']],
    ['U.S. before a name stays', 'The U.S. Treasury said so.', ['The U.S. Treasury said so.']],
    ['U.S. at the end of a sentence', 'It was built in the U.S. The plan grew.', ['It was built in the U.S.', 'The plan grew.']],
    ['month abbreviation before a day', 'It closed on Jan. 5 in Texas.', ['It closed on Jan. 5 in Texas.']],
    ['closing quote stays with its sentence', 'He said, "It is done." Then he left.', ['He said, "It is done."', 'Then he left.']],
    ['question in a quote followed by the cue', '"Is it done?" she asked.', ['"Is it done?" she asked.']],
    ['paragraph break ends a sentence without a period', 'A headline\n\nThe body starts here.', ['A headline', 'The body starts here.']],
    ['hard-wrapped line stays one sentence', 'The company said it\nwould not comment.', ['The company said it\nwould not comment.']],
    ['initials', 'John F. Kennedy spoke at 10 a.m. on Monday.', ['John F. Kennedy spoke at 10 a.m. on Monday.']],
    ['empty text', '', []],
    ['only punctuation', '?!...', ['?!...']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('tokenization', () => {
  it.each([
    ['possessive', "Trump's plan", ['Trump', "'s", 'plan']],
    ['curly possessive', 'Musk’s post', ['Musk', '’s', 'post']],
    ['negation clitic', "don't", ['do', "n't"]],
    ['apostrophe in a name', "O'Brien spoke", ["O'Brien", 'spoke']],
    ['money and percent', '$10B and 3.6%', ['$', '10B', 'and', '3.6', '%']],
    ['hyphen compounds and ampersand', 'Austin-based AT&T', ['Austin-based', 'AT&T']],
    ['url keeps its characters, not the final period', 'See https://example.com/a?b=1.', ['See', 'https://example.com/a?b=1', '.']],
    ['astral characters stay whole', 'ok 😀 ok', ['ok', '😀', 'ok']],
  ])('%s', (_name, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });

  it('gives every token a sentence index and offsets into the text', () => {
    const text = 'One. Two three.';
    const { tokens } = segment(text);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 1, 1, 1]);
    for (const t of tokens) expect(t.end).toBeGreaterThan(t.start);
  });

  it('stays linear on a 5 MB single line', () => {
    const line = 'word, '.repeat(900_000);
    const { tokens, sentences } = segment(line);
    expect(tokens.length).toBe(1_800_000);
    expect(sentences.length).toBe(1);
  });
});
