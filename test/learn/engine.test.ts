import { describe, expect, it } from 'vitest';
import { hashString, key } from '../../src/nlp/learn/hash.js';
import { KeyIndex } from '../../src/nlp/learn/key-index.js';
import { LinearTagger, type FeatureExtractor, type Sequence } from '../../src/nlp/learn/linear-tagger.js';
import { decodeBundle, dequantize, encodeBundle, getModel, putModel, quantize } from '../../src/nlp/learn/model-file.js';
import { trainPerceptron } from '../../src/nlp/learn/perceptron.js';
import { bilouScheme, bilouSpans, iobSpans, plainScheme, spansToBilou } from '../../src/nlp/learn/tag-scheme.js';
import { ModelError } from '../../src/errors.js';

describe('tag schemes', () => {
  it.each([
    { name: 'IOB1 (B only between adjacent names)', tags: ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC'], spans: ['0:2:PER', '2:3:PER', '4:5:LOC'] },
    { name: 'IOB2', tags: ['B-ORG', 'I-ORG', 'O', 'B-LOC', 'B-LOC'], spans: ['0:2:ORG', '3:4:LOC', '4:5:LOC'] },
    { name: 'type change inside a run', tags: ['I-ORG', 'I-LOC', 'I-LOC'], spans: ['0:1:ORG', '1:3:LOC'] },
    { name: 'nothing', tags: ['O', 'O'], spans: [] },
  ])('reads $name as conlleval does', ({ tags, spans }) => {
    expect(iobSpans(tags).map((s) => `${s.start}:${s.end}:${s.type}`)).toEqual(spans);
  });

  it('turns spans into BILOU tags and back', () => {
    const spans = [
      { start: 0, end: 1, type: 'PER' },
      { start: 2, end: 5, type: 'ORG' },
      { start: 5, end: 7, type: 'LOC' },
    ];
    const tags = spansToBilou(8, spans);
    expect(tags).toEqual(['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'B-LOC', 'L-LOC', 'O']);
    expect(bilouSpans(tags)).toEqual(spans);
  });

  it('allows only well-formed BILOU transitions when strict, and lets a span end early when lenient', () => {
    const strict = bilouScheme(['PER']);
    const lenient = bilouScheme(['PER'], true);
    const n = strict.tags.length;
    const at = (s: typeof strict, a: string, b: string) => s.allowed[s.tags.indexOf(a) * n + s.tags.indexOf(b)];
    expect(at(strict, 'B-PER', 'I-PER')).toBe(1);
    expect(at(strict, 'B-PER', 'O')).toBe(0);
    expect(at(strict, 'O', 'L-PER')).toBe(0);
    expect(at(lenient, 'I-PER', 'O')).toBe(1);
    expect(at(lenient, 'O', 'I-PER')).toBe(0);
    expect(strict.final[strict.tags.indexOf('B-PER')]).toBe(0);
    expect(bilouSpans(['B-PER', 'I-PER', 'O'])).toEqual([{ start: 0, end: 2, type: 'PER' }]);
  });
});

describe('KeyIndex', () => {
  it('maps keys to dense rows and survives growth', () => {
    const index = new KeyIndex(4);
    const keys = Array.from({ length: 5000 }, (_, i) => key(1, hashString(`w${i}`)));
    keys.forEach((k, i) => expect(index.add(k)).toBe(i));
    keys.forEach((k, i) => expect(index.get(k)).toBe(i));
    expect(index.get(key(2, 12345))).toBe(-1);
    expect(Array.from(index.keys())).toEqual(keys);
  });
});

// A toy task: tag a word X when it is capitalised and follows "the", else O.
const toyFeatures: FeatureExtractor<Sequence, null> = {
  offsets: [-1, 0],
  denseKeys: Int32Array.from([key(9, 0)]),
  lexical(word, k, out) {
    out.push(key(1, k, hashString(word.toLowerCase())), key(2, k, /^[A-Z]/.test(word) ? 1 : 0));
  },
  positional(_seq, _i, _doc, _out, dense) {
    dense.push(0);
  },
  dynamic(_seq, i, tags, _doc, out) {
    out.push(key(3, i > 0 ? tags[i - 1]! : -1));
  },
  startDoc: () => null,
  observe: () => {},
};
const toyScheme = plainScheme(['O', 'X']);
const toyDocs = ['the Cat sat on the Mat', 'a Dog saw the Bird', 'the Sun and the moon', 'Paris is the Place'].map((s) => {
  const words = s.split(' ');
  return [{ seq: { words }, gold: Int32Array.from(words, (w, i) => (i > 0 && words[i - 1] === 'the' && /^[A-Z]/.test(w) ? 1 : 0)) }];
});

describe('averaged perceptron', () => {
  it('learns a toy rule, deterministically', () => {
    const train = () => trainPerceptron(toyDocs, toyFeatures, toyScheme, { epochs: 10, seed: 3 });
    const a = train();
    const b = train();
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    const tagger = new LinearTagger(a, toyFeatures, toyScheme);
    const words = 'we met the Queen and the dog'.split(' ');
    const out = tagger.tagDocument([{ words }])[0]!;
    expect(Array.from(out.tags)).toEqual([0, 0, 0, 1, 0, 0, 0]);
    for (const c of out.confidence) expect(c).toBeGreaterThan(0.5);
  });
});

describe('model files', () => {
  it('round-trip a quantised model and its sections', () => {
    const model = trainPerceptron(toyDocs, toyFeatures, toyScheme, { epochs: 5, seed: 1 });
    const bundle = { meta: { note: 'toy' } as Record<string, unknown>, sections: { words: 'a\tb' } as Record<string, string> };
    putModel(bundle, 'toy', model);
    const back = decodeBundle(encodeBundle(bundle), 'toy.bin');
    expect(back.meta.note).toBe('toy');
    expect(back.sections.words).toBe('a\tb');
    const loaded = getModel(back, 'toy', 'toy.bin');
    expect(Array.from(loaded.keys)).toEqual(Array.from(model.keys));
    const q = quantize(model);
    const again = dequantize(model.tags, q.keys, q.weights, q.scales);
    for (let i = 0; i < model.weights.length; i++) expect(again.weights[i]).toBeCloseTo(model.weights[i]!, 3);
  });

  it('refuses a file that is not a model', () => {
    expect(() => decodeBundle(Buffer.from('not a model'), 'x.bin')).toThrow(ModelError);
  });
});
