// The entity tagger as a unit: the linear model, its features and the resources they read
// (gazetteer tables and word clusters), loaded from and saved to one model file (models/ner.bin).
// It tags token strings; stages/ner.ts maps its CoNLL types to Dossier's and its spans to offsets.

import { Gazetteer } from './features/gazetteer.js';
import { DEFAULT_NER_OPTIONS, NerFeatures, type NerDocState, type NerOptions, type NerSequence } from './features/ner-features.js';
import { trainingForm } from './features/word-form.js';
import { LinearTagger, type LinearModel } from './learn/linear-tagger.js';
import { getModel, putModel, readBundle, section, type ModelBundle } from './learn/model-file.js';
import { bilouScheme, bilouSpans, type TagScheme } from './learn/tag-scheme.js';
import { ModelError } from '../errors.js';
import { modelPath } from './models.js';

export interface TokenSpan {
  /** Token indexes within the sentence: first, and one past the last. */
  start: number;
  end: number;
  /** The tagger's type (CoNLL: PER, ORG, LOC, MISC). */
  type: string;
  /** Mean confidence of the span's tags. */
  score: number;
}

type Tagger = LinearTagger<NerSequence, NerDocState>;

export class NerTagger {
  readonly features: NerFeatures;
  readonly scheme: TagScheme;
  private readonly tagger: Tagger;
  private readonly first: Tagger | null;

  /**
   * `model` is the (final) tagger; with options.stage2 it reads the tags of `stage1`, a tagger with
   * the same features but no second-stage ones, run first over the whole document.
   */
  constructor(
    readonly model: LinearModel,
    readonly types: readonly string[],
    readonly gazetteer: Gazetteer | null,
    readonly clusters: ReadonlyMap<string, string> | null,
    readonly wordTypes: ReadonlyMap<string, number> | null,
    readonly casePrior: ReadonlyMap<string, number> | null,
    readonly options: NerOptions = DEFAULT_NER_OPTIONS,
    readonly stage1: LinearModel | null = null,
  ) {
    this.scheme = bilouScheme(types, options.lenient);
    this.features = new NerFeatures({ gazetteer, clusters, wordTypes, casePrior }, options, types);
    this.tagger = new LinearTagger(model, this.features, this.scheme);
    if (options.stage2 && !stage1) throw new ModelError('MODEL_INVALID', 'a second-stage entity model needs its first stage', 'rebuild it with npm run train:ner');
    this.first = options.stage2 && stage1 ? new LinearTagger(stage1, new NerFeatures({ gazetteer, clusters, wordTypes, casePrior }, { ...options, stage2: false }, types), this.scheme) : null;
  }

  /** See LinearTagger.confidenceScale. */
  get confidenceScale(): number {
    return this.tagger.confidenceScale;
  }

  set confidenceScale(scale: number) {
    this.tagger.confidenceScale = scale;
  }

  /** Fits confidenceScale on held-out sentences with gold BILOU tags (one array of sentences per document). */
  calibrate(docs: ReadonlyArray<ReadonlyArray<{ words: readonly string[]; gold: Int32Array }>>): number {
    const prepared = docs.map((d) => {
      const seqs = this.prepare(d.map((s) => s.words));
      return seqs.map((seq, i) => ({ seq, gold: d[i]!.gold }));
    });
    const scales = Array.from({ length: 25 }, (_, k) => 2 ** (k / 2 - 2));
    this.confidenceScale = this.tagger.calibrate(prepared, scales);
    return this.confidenceScale;
  }

  /** Sequences ready for the final tagger: prepared, and with first-stage tags when it reads them. */
  prepare(sentences: readonly (readonly string[])[]): NerSequence[] {
    const seqs = sentences.map((words) => this.features.prepare(words.map(trainingForm)));
    if (!this.first) return seqs;
    const tags = this.first.tagDocument(seqs);
    return seqs.map((s, i) => ({ ...s, stage1: tags[i]!.tags }));
  }

  /** Tags the sentences of one document (token strings as the text spells them). */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][] {
    const tagged = this.tagger.tagDocument(this.prepare(sentences));
    return tagged.map(({ tags, confidence }) =>
      bilouSpans(Array.from(tags, (t) => this.scheme.tags[t]!)).map((s) => {
        let sum = 0;
        for (let i = s.start; i < s.end; i++) sum += confidence[i]!;
        return { ...s, score: sum / (s.end - s.start) };
      }),
    );
  }

  toBundle(meta: Record<string, unknown>): ModelBundle {
    const bundle: ModelBundle = {
      meta: { ...meta, kind: 'ner', types: this.types, options: this.options, confidenceScale: this.confidenceScale },
      sections: {},
    };
    putModel(bundle, 'ner', this.model);
    if (this.stage1) putModel(bundle, 'ner1', this.stage1);
    if (this.gazetteer) {
      const { keys, values } = this.gazetteer.tables();
      bundle.meta.gazetteerLists = this.gazetteer.lists;
      bundle.sections['gazetteer.keys'] = keys;
      bundle.sections['gazetteer.values'] = values;
    }
    if (this.clusters) bundle.sections.clusters = [...this.clusters].map(([w, p]) => `${w}\t${p}`).join('\n');
    if (this.wordTypes) bundle.sections.wordTypes = [...this.wordTypes].map(([w, t]) => `${w}\t${t}`).join('\n');
    if (this.casePrior) bundle.sections.casePrior = [...this.casePrior].map(([w, t]) => `${w}\t${t}`).join('\n');
    return bundle;
  }

  static fromBundle(bundle: ModelBundle, what: string): NerTagger {
    if (bundle.meta.kind !== 'ner') throw new ModelError('MODEL_INVALID', `${what} is not an entity tagger model`, 'rebuild it with npm run train:ner');
    const types = bundle.meta.types as string[];
    const options = { ...DEFAULT_NER_OPTIONS, ...(bundle.meta.options as Partial<NerOptions>) };
    const lists = bundle.meta.gazetteerLists as string[] | undefined;
    const gazetteer = lists
      ? new Gazetteer(lists, section(bundle, 'gazetteer.keys', 'i32', what), section(bundle, 'gazetteer.values', 'i32', what))
      : null;
    const wordMap = <V>(name: string, value: (s: string) => V): Map<string, V> | null => {
      const text = bundle.sections[name];
      if (typeof text !== 'string') return null;
      const map = new Map<string, V>();
      for (const line of text.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) map.set(line.slice(0, tab), value(line.slice(tab + 1)));
      }
      return map;
    };
    const clusters = wordMap('clusters', (s) => s);
    const wordTypes = wordMap('wordTypes', Number);
    const casePrior = wordMap('casePrior', Number);
    const stage1 = options.stage2 ? getModel(bundle, 'ner1', what) : null;
    const tagger = new NerTagger(getModel(bundle, 'ner', what), types, gazetteer, clusters, wordTypes, casePrior, options, stage1);
    if (typeof bundle.meta.confidenceScale === 'number') tagger.confidenceScale = bundle.meta.confidenceScale;
    return tagger;
  }

  private static shipped: NerTagger | null = null;

  /** The shipped model (models/ner.bin), loaded once; or the model at `path`. */
  static load(path?: string): NerTagger {
    if (!path && NerTagger.shipped) return NerTagger.shipped;
    const file = path ?? modelPath('ner.bin');
    const tagger = NerTagger.fromBundle(readBundle(file), file);
    if (!path) NerTagger.shipped = tagger;
    return tagger;
  }
}
