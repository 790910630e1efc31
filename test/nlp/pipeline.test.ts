import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Layer } from '../../src/nlp/doc.js';
import { createPipeline, type Stage } from '../../src/nlp/pipeline.js';
import { PipelineError } from '../../src/errors.js';

const stage = (name: string, requires: Layer[], adds: Layer[]): Stage => ({
  name,
  requires,
  adds,
  run: (doc: Doc) => doc,
});

describe('createPipeline', () => {
  const tok = stage('tokenize', [], ['sentences', 'tokens']);
  const ner = stage('ner', ['tokens'], ['mentions']);
  const res = stage('resolve', ['mentions'], ['entities']);

  it.each([
    { name: 'in order', stages: [tok, ner, res], error: null },
    { name: 'a stage before what it needs', stages: [tok, res, ner], error: /"resolve" requires layer "mentions".*move "ner" before "resolve"/s },
    { name: 'nothing provides a layer', stages: [ner], error: /"ner" requires layer "tokens"/ },
    { name: 'two stages add one layer', stages: [tok, ner, stage('ner2', ['tokens'], ['mentions'])], error: /both add layer "mentions"/ },
    { name: 'a stage listed twice', stages: [tok, tok], error: /appears twice/ },
  ])('$name', ({ stages, error }) => {
    if (error) {
      let thrown: unknown;
      try {
        createPipeline(stages);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(PipelineError);
      expect((thrown as PipelineError).toLine()).toMatch(error);
    } else {
      expect(createPipeline(stages).layers).toEqual(['sentences', 'tokens', 'mentions', 'entities']);
    }
  });

  it('runs stages in order, each seeing the previous output', () => {
    const seen: string[] = [];
    const mk = (n: string, req: Layer[], add: Layer[]): Stage => ({
      name: n, requires: req, adds: add,
      run: (d) => { seen.push(n); return d; },
    });
    createPipeline([mk('a', [], ['tokens']), mk('b', ['tokens'], ['mentions'])]).run(createDoc('x'));
    expect(seen).toEqual(['a', 'b']);
  });
});
