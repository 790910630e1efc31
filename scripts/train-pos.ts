// Trains the part-of-speech tagger and the chunker from the POS and chunk columns of CoNLL-2003
// (train on eng.train, pick the epoch on eng.testa, report eng.testb) and writes models/pos.bin.
// `npm run train:pos [-- --epochs N]`. Deterministic: fixed seed, fixed data order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConll, type ConllDocument } from '../src/nlp/conll.js';
import { chunkFeatures, posFeatures, type PosSequence } from '../src/nlp/features/pos-features.js';
import { trainingForm } from '../src/nlp/features/word-form.js';
import { LinearTagger, type FeatureExtractor, type LinearModel, type Sequence } from '../src/nlp/learn/linear-tagger.js';
import { dequantize, putModel, quantize, writeBundle, type ModelBundle } from '../src/nlp/learn/model-file.js';
import { pruneModel, trainPerceptron, type TrainingDoc } from '../src/nlp/learn/perceptron.js';
import { bilouScheme, bilouSpans, iobSpans, plainScheme, spansToBilou, type TagScheme } from '../src/nlp/learn/tag-scheme.js';
import { modelPath } from '../src/nlp/models.js';

const args = process.argv.slice(2);
const epochs = Number(args[args.indexOf('--epochs') + 1] || 0) || 12;
const conll = resolve(import.meta.dirname, '../../shared/data/conll2003');
const read = (f: string): ConllDocument[] => parseConll(readFileSync(resolve(conll, f), 'utf8'));
const [train, testa, testb] = [read('eng.train'), read('eng.testa'), read('eng.testb')];
const log = (s: string) => console.log(s);

const seqOf = (s: ConllDocument[number]): PosSequence => ({ words: s.words.map(trainingForm), pos: s.pos });

// ---- POS
const posTags = [...new Set(train.flatMap((d) => d.flatMap((s) => s.pos)))].sort();
const posScheme = plainScheme(posTags);
const posIndex = new Map(posTags.map((t, i) => [t, i]));
const posData = (docs: ConllDocument[]): TrainingDoc<Sequence>[] =>
  docs.map((d) => d.map((s) => ({ seq: seqOf(s), gold: Int32Array.from(s.pos, (t) => posIndex.get(t) ?? -1) })));

function accuracy<S extends Sequence>(model: LinearModel, f: FeatureExtractor<S, null>, scheme: TagScheme, data: TrainingDoc<S>[]): number {
  const tagger = new LinearTagger(model, f, scheme);
  let ok = 0;
  let all = 0;
  for (const doc of data) {
    const out = tagger.tagDocument(doc.map((d) => d.seq));
    doc.forEach((d, s) => d.gold.forEach((g, i) => ((ok += out[s]!.tags[i] === g ? 1 : 0), all++)));
  }
  return ok / all;
}

function trainSelect<S extends Sequence>(name: string, f: FeatureExtractor<S, null>, scheme: TagScheme, data: TrainingDoc<S>[], dev: TrainingDoc<S>[], score: (m: LinearModel) => number) {
  let best = { epoch: 0, score: -1, model: null as LinearModel | null };
  const t0 = Date.now();
  trainPerceptron(data, f, scheme, {
    epochs,
    seed: 1,
    minCount: 1,
    log,
    onEpoch(epoch, model) {
      const s = score(model);
      log(`${name} epoch ${epoch}: testa ${s.toFixed(4)}`);
      if (s > best.score) best = { epoch, score: s, model };
    },
  });
  log(`${name}: best epoch ${best.epoch} (testa ${best.score.toFixed(4)}), ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { ...best, model: roundTrip(best.model!) };
}

/** The model as it will be loaded: quantised. */
function roundTrip(m: LinearModel): LinearModel {
  const q = quantize(pruneModel(m));
  return dequantize(m.tags, q.keys, q.weights, q.scales);
}

const posTrain = posData(train);
const posDev = posData(testa);
const pos = trainSelect('pos', posFeatures, posScheme, posTrain, posDev, (m) => accuracy(m, posFeatures, posScheme, posDev));
const posTest = accuracy(pos.model, posFeatures, posScheme, posData(testb));
log(`pos accuracy: testa ${accuracy(pos.model, posFeatures, posScheme, posDev).toFixed(4)} testb ${posTest.toFixed(4)}`);

// ---- chunks (BILOU over the phrase types). At run time the chunker reads our predicted POS tags,
// so it is trained on predicted tags too: each quarter of eng.train is tagged by a POS model trained
// on the other three quarters (jackknifing), and testa is tagged by the full POS model.
const chunkTypes = [...new Set(train.flatMap((d) => d.flatMap((s) => iobSpans(s.chunks).map((c) => c.type))))].sort();
const chunkScheme = bilouScheme(chunkTypes);
const chunkIndex = new Map(chunkScheme.tags.map((t, i) => [t, i]));
const FOLDS = 4;

function predictPos(model: LinearModel, docs: ConllDocument[]): ConllDocument[] {
  const tagger = new LinearTagger(model, posFeatures, posScheme);
  return docs.map((d) => {
    const out = tagger.tagDocument(d.map((s) => ({ words: s.words.map(trainingForm) })));
    return d.map((s, i) => ({ ...s, pos: Array.from(out[i]!.tags, (t) => posTags[t]!) }));
  });
}

const trainPredicted: ConllDocument[] = new Array(train.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const rest = posTrain.filter((_, i) => i % FOLDS !== fold);
  const m = pruneModel(trainPerceptron(rest, posFeatures, posScheme, { epochs: pos.epoch, seed: 1 }));
  const held = train.map((d, i) => ({ d, i })).filter(({ i }) => i % FOLDS === fold);
  predictPos(m, held.map((x) => x.d)).forEach((d, k) => (trainPredicted[held[k]!.i] = d));
  log(`jackknife fold ${fold + 1}/${FOLDS} tagged`);
}

const chunkData = (docs: ConllDocument[]): TrainingDoc<PosSequence>[] =>
  docs.map((d) => d.map((s) => ({ seq: seqOf(s), gold: Int32Array.from(spansToBilou(s.words.length, iobSpans(s.chunks)), (t) => chunkIndex.get(t)!) })));

function chunkF1(model: LinearModel, data: TrainingDoc<PosSequence>[]): number {
  const tagger = new LinearTagger(model, chunkFeatures, chunkScheme);
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const doc of data) {
    const out = tagger.tagDocument(doc.map((d) => d.seq));
    doc.forEach((d, s) => {
      const gold = bilouSpans(Array.from(d.gold, (t) => chunkScheme.tags[t]!));
      const pred = bilouSpans(Array.from(out[s]!.tags, (t) => chunkScheme.tags[t]!));
      const g = new Set(gold.map((x) => `${x.start}:${x.end}:${x.type}`));
      for (const x of pred) if (g.has(`${x.start}:${x.end}:${x.type}`)) tp++;
      np += pred.length;
      ng += gold.length;
    });
  }
  return (2 * tp) / (np + ng);
}

const chunkDev = chunkData(predictPos(pos.model, testa));
const chunk = trainSelect('chunk', chunkFeatures, chunkScheme, chunkData(trainPredicted), chunkDev, (m) => chunkF1(m, chunkDev));
const chunkTestb = chunkData(predictPos(pos.model, testb));
log(`chunk F1 (our POS tags): testa ${chunkF1(chunk.model, chunkDev).toFixed(4)} testb ${chunkF1(chunk.model, chunkTestb).toFixed(4)}`);

const bundle: ModelBundle = {
  meta: { kind: 'pos+chunk', trained: 'CoNLL-2003 eng.train POS/chunk columns', posEpoch: pos.epoch, chunkEpoch: chunk.epoch, seed: 1 },
  sections: {},
};
putModel(bundle, 'pos', pos.model);
putModel(bundle, 'chunk', chunk.model);
const bytes = writeBundle(modelPath('pos.bin'), bundle);
log(`wrote ${modelPath('pos.bin')} (${(bytes / 1e6).toFixed(2)} MB)`);
