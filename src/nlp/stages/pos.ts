import type { Chunk, Doc, Token } from '../doc.js';
import { chunkFeatures, posFeatures, type PosSequence } from '../features/pos-features.js';
import { trainingForm } from '../features/word-form.js';
import { LinearTagger, type Sequence } from '../learn/linear-tagger.js';
import { getModel, readBundle } from '../learn/model-file.js';
import { bilouScheme, bilouSpans, plainScheme } from '../learn/tag-scheme.js';
import { modelPath } from '../models.js';
import { need, type Stage } from '../pipeline.js';

// Part-of-speech tags (Penn Treebank) and base-phrase chunks from the models trained by
// scripts/train-pos.ts (greedy averaged perceptrons over CoNLL-2003's POS and chunk columns).

export interface PosTaggers {
  readonly pos: LinearTagger<Sequence, null>;
  readonly chunk: LinearTagger<PosSequence, null>;
}

let shipped: PosTaggers | null = null;

/**
 * Loads a POS/chunk model file (the shipped one by default; loaded once). The chunker is built on
 * first use: the default pipeline never asks for it, and building it costs a third of the load.
 */
export function loadPosTaggers(path?: string): PosTaggers {
  if (!path && shipped) return shipped;
  const file = path ?? modelPath('pos.bin');
  const bundle = readBundle(file);
  const pos = getModel(bundle, 'pos', file);
  let chunk: LinearTagger<PosSequence, null> | null = null;
  const taggers: PosTaggers = {
    pos: new LinearTagger(pos, posFeatures, plainScheme(pos.tags)),
    get chunk() {
      if (!chunk) {
        const model = getModel(bundle, 'chunk', file);
        const chunkTypes = model.tags.filter((t) => t.startsWith('B-')).map((t) => t.slice(2));
        chunk = new LinearTagger(model, chunkFeatures, bilouScheme(chunkTypes));
      }
      return chunk;
    },
  };
  if (!path) shipped = taggers;
  return taggers;
}

/** Token strings of each sentence, as the taggers read them. */
export function sentenceWords(doc: Doc, tokens: readonly Token[]): { words: string[][]; firstToken: number[] } {
  const words: string[][] = [];
  const firstToken: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k === 0 || t.sentence !== tokens[k - 1]!.sentence) {
      words.push([]);
      firstToken.push(k);
    }
    words[words.length - 1]!.push(trainingForm(doc.text.slice(t.start, t.end)));
  }
  return { words, firstToken };
}

/** Penn Treebank tags of every token, sentence by sentence. */
export function tagPos(doc: Doc, tokens: readonly Token[], taggers: PosTaggers): string[] {
  const { words, firstToken } = sentenceWords(doc, tokens);
  const pos = new Array<string>(tokens.length);
  const posNames = taggers.pos.tags;
  for (let s = 0; s < words.length; s++) {
    const first = firstToken[s]!;
    const posIds = taggers.pos.tagSequence({ words: words[s]! }, null, false).tags;
    for (let i = 0; i < posIds.length; i++) pos[first + i] = posNames[posIds[i]!]!;
  }
  return pos;
}

/** Base phrases over tagged tokens (`pos` as tagPos gives it). */
export function tagChunks(doc: Doc, tokens: readonly Token[], pos: readonly string[], taggers: PosTaggers): Chunk[] {
  const { words, firstToken } = sentenceWords(doc, tokens);
  const chunks: Chunk[] = [];
  const chunkNames = taggers.chunk.tags;
  for (let s = 0; s < words.length; s++) {
    const w = words[s]!;
    const first = firstToken[s]!;
    const chunkIds = taggers.chunk.tagSequence({ words: w, pos: pos.slice(first, first + w.length) }, null, false).tags;
    const chunkTags = new Array<string>(w.length);
    for (let i = 0; i < w.length; i++) chunkTags[i] = chunkNames[chunkIds[i]!]!;
    for (const span of bilouSpans(chunkTags)) {
      const a = tokens[first + span.start]!;
      const b = tokens[first + span.end - 1]!;
      chunks.push({ start: a.start, end: b.end, type: span.type, sentence: a.sentence, tokenStart: first + span.start, tokenEnd: first + span.end });
    }
  }
  return chunks;
}

/**
 * Part-of-speech tags. Base phrases are a separate stage (chunkStage), outside the default
 * pipeline: no extraction stage reads them, and the chunker cost as much as the tagger
 * (docs/decisions/0308-chunks-off-the-default-pipeline.md).
 */
export const posStage: Stage = {
  name: 'pos',
  requires: ['tokens'],
  adds: ['pos'],
  run(doc: Doc): Doc {
    return { ...doc, pos: tagPos(doc, need(doc, 'tokens', 'pos'), loadPosTaggers()) };
  },
};

/** Base phrases (NP, VP, PP, ...) from the chunker, for pipelines that want them after posStage. */
export const chunkStage: Stage = {
  name: 'chunk',
  requires: ['tokens', 'pos'],
  adds: ['chunks'],
  run(doc: Doc): Doc {
    return { ...doc, chunks: tagChunks(doc, need(doc, 'tokens', 'chunk'), need(doc, 'pos', 'chunk'), loadPosTaggers()) };
  },
};
