// Trains the entity tagger on CoNLL-2003 eng.train, picks the epoch on eng.testa, reports eng.testb
// and CoNLL++, and writes models/ner.bin (weights, gazetteer tables, word clusters).
// `npm run train:ner` (builds the clusters first). Deterministic: fixed seed and data order.
// Experiment flags: --epochs N, --subset N (first N training documents), --dropout P, --min-count N, --margin M
// (0: perceptron updates), --seed N,
// --no-clusters, --no-gazetteer, --no-document, --no-history, --two-stage, --strict, --no-save, --out FILE, --dev-only, --augment P, --ensemble K, --clusters FILE, --types FILE, --case FILE, --no-word-types, --no-case-prior, --no-aggregate,
// --surnames, --silver FILE [--silver-folds PREFIX] [--silver-docs N --silver-agree A --silver-conf C],
// --exclude-fold K (extra name lists tried in docs/decisions/0310; none is in the shipped model).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConll, type ConllDocument } from '../src/nlp/conll.js';
import { NerFeatures, type NerDocState, type NerOptions, type NerSequence } from '../src/nlp/features/ner-features.js';
import { trainingForm } from '../src/nlp/features/word-form.js';
import { dequantize, quantize, writeBundle } from '../src/nlp/learn/model-file.js';
import { averageModels, pruneModel, rng, trainPerceptron, type TrainingDoc } from '../src/nlp/learn/perceptron.js';
import { bilouScheme, iobSpans, spansToBilou } from '../src/nlp/learn/tag-scheme.js';
import { LinearTagger, type LinearModel } from '../src/nlp/learn/linear-tagger.js';
import { scoreConll } from '../src/nlp/ner-eval.js';
import { NerTagger } from '../src/nlp/ner-tagger.js';
import { modelPath } from '../src/nlp/models.js';
import { buildGazetteer, buildGazetteerLists } from './ner/gazetteers.js';
import { poolsFrom, replaceNames } from './ner/augment.js';
import { CASE_FILE, CLUSTERS_FILE, SHARED, TYPES_FILE } from './ner/unlabeled.js';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const num = (f: string, d: number) => (args.includes(f) ? Number(args[args.indexOf(f) + 1]) : d);
const epochs = num('--epochs', 15);
const subset = num('--subset', 0);
const FOLDS = 5;
const options: NerOptions = {
  clusters: !flag('--no-clusters'),
  wordTypes: !flag('--no-word-types'),
  casePrior: !flag('--no-case-prior'),
  gazetteer: !flag('--no-gazetteer'),
  document: !flag('--no-document'),
  aggregate: !flag('--no-aggregate'),
  history: !flag('--no-history'),
  stage2: flag('--two-stage'),
  lenient: !flag('--strict'),
};
const t0 = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);

const read = (f: string): ConllDocument[] => parseConll(readFileSync(resolve(SHARED, 'conll2003', f), 'utf8'));
let train = read('eng.train');
if (subset) train = train.slice(0, subset);
// A model trained without one fifth of eng.train, to build that fifth's silver lists (--silver-folds).
const excludeFold = num('--exclude-fold', -1);
const foldOf = train.map((_, i) => i % FOLDS);
if (excludeFold >= 0) train = train.filter((_, i) => foldOf[i] !== excludeFold);
const testa = read('eng.testa');
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const scheme = bilouScheme(TYPES, options.lenient);
const tagIndex = new Map(scheme.tags.map((t, i) => [t, i]));

const clustersFile = args.includes('--clusters') ? args[args.indexOf('--clusters') + 1]! : CLUSTERS_FILE;
if (options.clusters && !existsSync(clustersFile)) throw new Error(`${clustersFile} is missing: run npx tsx scripts/build-clusters.ts`);
const clusters = options.clusters
  ? new Map(readFileSync(clustersFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]))
  : null;
const typesFile = args.includes('--types') ? args[args.indexOf('--types') + 1]! : TYPES_FILE;
if (options.wordTypes && !existsSync(typesFile)) throw new Error(`${typesFile} is missing: run npx tsx scripts/build-clusters.ts`);
const TYPE_CODES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
const wordTypes = options.wordTypes
  ? new Map(
      readFileSync(typesFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t'))
        .map(([w, t, conf]) => [w!, 2 * TYPE_CODES.indexOf(t!) + Number(conf)] as [string, number]),
    )
  : null;
const caseFile = args.includes('--case') ? args[args.indexOf('--case') + 1]! : CASE_FILE;
if (options.casePrior && !existsSync(caseFile)) throw new Error(`${caseFile} is missing: run npx tsx scripts/build-clusters.ts`);
const casePrior = options.casePrior
  ? new Map(readFileSync(caseFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')).map(([w, b]) => [w!, Number(b)] as [string, number]))
  : null;
const silverFile = args.includes('--silver') ? args[args.indexOf('--silver') + 1]! : null;
const silver = silverFile ? { file: silverFile, minDocs: num('--silver-docs', 3), agree: num('--silver-agree', 0.9), minConf: num('--silver-conf', 0.8) } : undefined;
const extraLists = { silver, surnames: flag('--surnames') };
const gazetteer = options.gazetteer ? buildGazetteer(extraLists) : null;

log(`resources: ${clusters?.size ?? 0} clustered words, ${gazetteer?.size ?? 0} gazetteer keys (${gazetteer?.lists.join(' ')}); options ${JSON.stringify(options)}`);

// Mention replacement: a share of the training documents is added again with other names.
const augment = num('--augment', 0);
if (augment > 0) {
  const lists = buildGazetteerLists();
  const list = (name: string) => lists.find((l) => l.name === name)?.entries ?? [];
  const given = list('first-name').filter((e) => e.length === 1).map((e) => e[0]!);
  const pools = poolsFrom(train, given, { ORG: list('company'), LOC: [...list('city'), ...list('country')] });
  const random = rng(5);
  const copies = train.filter(() => random() < augment).map((d, i) => replaceNames(d, pools, 1000 + i));
  log(`augment: ${copies.length} documents with replaced names`);
  train = [...train, ...copies];
}

const options1: NerOptions = { ...options, stage2: false };
const features1 = new NerFeatures({ gazetteer, clusters, wordTypes, casePrior }, options1, TYPES);
const features2 = new NerFeatures({ gazetteer, clusters, wordTypes, casePrior }, options, TYPES);
// Jackknifed silver lists: each fifth of eng.train is matched against the silver names of a model
// that did not see it, so that the tagger learns how far to trust them on unseen text.
const silverFolds = args.includes('--silver-folds') ? args[args.indexOf('--silver-folds') + 1]! : null;
const foldFeatures = silverFolds && silver && excludeFold < 0 && !subset
  ? Array.from({ length: FOLDS }, (_, k) => {
      const g = buildGazetteer({ ...extraLists, silver: { ...silver, file: `${silverFolds}${k}.tsv` } });
      if (g.lists.join() !== gazetteer!.lists.join()) throw new Error(`fold ${k} silver lists differ: ${g.lists.join()}`);
      return new NerFeatures({ gazetteer: g, clusters, wordTypes, casePrior }, options1, TYPES);
    })
  : null;
const trainData: TrainingDoc<NerSequence>[] = train.map((d, i) =>
  d.map((s) => ({
    seq: (foldFeatures && i < foldOf.length ? foldFeatures[foldOf[i]!]! : features1).prepare(s.words.map(trainingForm)),
    gold: Int32Array.from(spansToBilou(s.words.length, iobSpans(s.ner)), (t) => tagIndex.get(t)!),
  })),
);

/** The model as it will be loaded: pruned and quantised. */
function shipped(m: LinearModel): LinearModel {
  const q = quantize(pruneModel(m));
  return dequantize(scheme.tags, q.keys, q.weights, q.scales);
}

function trainSelect(name: string, features: NerFeatures, docs: TrainingDoc<NerSequence>[], asTagger: (m: LinearModel) => NerTagger, seed = 1) {
  let best = { epoch: 0, f1: -1, model: null as LinearModel | null };
  trainPerceptron<NerSequence, NerDocState>(docs, features, scheme, {
    epochs,
    seed,
    log,
    minCount: num('--min-count', 1),
    dropout: num('--dropout', 0.2),
    margin: num('--margin', 1),
    aggressiveness: num('--pa-c', 1),
    onEpoch(epoch, model) {
      const tagger = asTagger(model);
      const s = scoreConll(testa, (x) => tagger.tagDocument(x)).overall().f1;
      log(`${name} epoch ${epoch}: testa F1 ${s.toFixed(4)}`);
      if (s > best.f1) best = { epoch, f1: s, model };
    },
  });
  log(`${name}: best epoch ${best.epoch}, testa F1 ${best.f1.toFixed(4)}`);
  return { epoch: best.epoch, f1: best.f1, model: shipped(best.model!) };
}

// An ensemble of models trained with different seeds (document order, dropout), averaged into one.
const ensemble = num('--ensemble', 1);
const stage1Tagger = (m: LinearModel) => new NerTagger(m, TYPES, gazetteer, clusters, wordTypes, casePrior, options1);
const seed0 = num('--seed', 1);
const members = Array.from({ length: ensemble }, (_, k) => trainSelect(`stage 1 (seed ${k + seed0})`, features1, trainData, stage1Tagger, k + seed0));
const averaged = members.length > 1 ? shipped(averageModels(members.map((m) => m.model))) : members[0]!.model;
const stage1 = { epoch: members[0]!.epoch, model: averaged };
if (members.length > 1) {
  const t = stage1Tagger(averaged);
  log(`ensemble of ${members.length}: testa F1 ${scoreConll(testa, (x) => t.tagDocument(x)).overall().f1.toFixed(4)}`);
}
let final: NerTagger = new NerTagger(stage1.model, TYPES, gazetteer, clusters, wordTypes, casePrior, options1);
let epochsUsed: Record<string, number> = { stage1: stage1.epoch };
if (options.stage2) {
  // Jackknife: each fifth of eng.train gets first-stage tags from a model trained on the other four
  // fifths, so that the second stage learns how far to trust first-stage tags on unseen text.
  const withStage1: TrainingDoc<NerSequence>[] = new Array(trainData.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = trainData.filter((_, i) => i % FOLDS !== fold);
    const m = trainPerceptron<NerSequence, NerDocState>(rest, features1, scheme, { epochs: stage1.epoch, seed: 1, minCount: num('--min-count', 1), dropout: num('--dropout', 0.2) });
    const tagger = new LinearTagger(m, features1, scheme);
    trainData.forEach((doc, i) => {
      if (i % FOLDS !== fold) return;
      const tags = tagger.tagDocument(doc.map((x) => x.seq));
      withStage1[i] = doc.map((x, k) => ({ seq: { ...x.seq, stage1: tags[k]!.tags }, gold: x.gold }));
    });
    log(`jackknife fold ${fold + 1}/${FOLDS} tagged`);
  }
  const stage2 = trainSelect('stage 2', features2, withStage1, (m) => new NerTagger(m, TYPES, gazetteer, clusters, wordTypes, casePrior, options, stage1.model));
  final = new NerTagger(stage2.model, TYPES, gazetteer, clusters, wordTypes, casePrior, options, stage1.model);
  epochsUsed = { ...epochsUsed, stage2: stage2.epoch };
}
log(`model: ${final.model.keys.length + (final.stage1?.keys.length ?? 0)} feature rows`);
const scale = final.calibrate(
  testa.map((d) => d.map((s) => ({ words: s.words, gold: Int32Array.from(spansToBilou(s.words.length, iobSpans(s.ner)), (t) => tagIndex.get(t)!) }))),
);
log(`confidence scale ${scale} (fitted on testa)`);

const report = (name: string, docs: ConllDocument[]) => {
  const s = scoreConll(docs, (x) => final.tagDocument(x));
  const types = Object.entries(s.byType()).map(([t, r]) => `${t} ${r.f1.toFixed(4)}`).join(', ');
  const o = s.overall();
  log(`${name}: P ${o.precision.toFixed(4)} R ${o.recall.toFixed(4)} F1 ${o.f1.toFixed(4)} (${types})`);
  return o.f1;
};
const testaF1 = report('testa', testa);
if (!flag('--dev-only')) {
  report('testb', read('eng.testb'));
  report('conll++', read('conllpp_test.txt'));
}
if (!flag('--no-save')) {
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : modelPath('ner.bin');
  const bytes = writeBundle(out, final.toBundle({ trained: 'CoNLL-2003 eng.train', epochs: epochsUsed, testaF1, seed: 1 }));
  log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
}
