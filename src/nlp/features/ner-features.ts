// Features of the entity tagger (greedy averaged perceptron over BILOU tags, learn/linear-tagger.ts).
// The set follows Ratinov and Roth (2009): the word and its neighbours, their forms, shapes and
// capitalisation, affixes, word clusters learned from unlabeled news, gazetteer matches, the two
// previous tags, and non-local features from the rest of the document (how the same word is
// capitalised elsewhere, and how the tagger labelled it earlier in the document).

import { DenseSpace, hashString, key, mix } from '../learn/hash.js';
import type { FeatureExtractor, KeyGroup, Sequence } from '../learn/linear-tagger.js';
import type { Gazetteer } from './gazetteer.js';
import { capClass, norm, shape, shortShape } from './word-form.js';

export interface NerResources {
  gazetteer: Gazetteer | null;
  /** Word -> bit path (learn/clustering.ts). */
  clusters: ReadonlyMap<string, string> | null;
  /** Word -> distributional type code, 2 * type + confident (learn/clustering.ts typeWords). */
  wordTypes: ReadonlyMap<string, number> | null;
  /** Lowercased word -> how often it is capitalised inside sentences, 0 (never) .. 4 (always). */
  casePrior: ReadonlyMap<string, number> | null;
}

export interface NerOptions {
  clusters: boolean;
  /** Distributional types of words, learned from unlabeled news. */
  wordTypes: boolean;
  /** How often words are capitalised in unlabeled news. */
  casePrior: boolean;
  gazetteer: boolean;
  /** Document-level features: capitalisation elsewhere in the document. */
  document: boolean;
  /** Context aggregation: the words around every occurrence of the same word in the document. */
  aggregate: boolean;
  /** Labels given earlier in the document to the same word (extended prediction history). */
  history: boolean;
  /**
   * Second-level features over a first tagger's labels for the whole document (Ratinov and Roth's
   * two-stage prediction aggregation): the first-stage tags around the token and how the first
   * stage labelled every occurrence of the same word in the document.
   */
  stage2: boolean;
  /** Decode with lenient BILOU transitions (learn/tag-scheme.ts). */
  lenient: boolean;
}

export const DEFAULT_NER_OPTIONS: NerOptions = { clusters: true, wordTypes: true, casePrior: true, gazetteer: true, document: true, aggregate: true, history: true, stage2: false, lenient: true };

const enum T {
  Form = 1,
  Lower,
  Shape,
  Short,
  Cap,
  Prefix,
  Suffix,
  Cluster,
  WordType,
  CtxWordType,
  CasePrior,
  CtxCasePrior,
  CtxForm,
  CtxLower,
  CtxShort,
  CtxCap,
  CtxCluster,
  CtxSuffix,
  Headline,
  Aggregate,
  Dense,
}

/** Capitalisation classes (word-form.ts capClass: 0..6) plus "before" and "after the sentence". */
const CAPS = 9;
const CAP_BEFORE = 7;
const CAP_AFTER = 8;
const MAX_LISTS = 32;
/** Shared by every token without a gazetteer match (never written to). */
const NO_MATCHES: number[] = [];
/** Context aggregation keeps at most this many distinct neighbouring words per word and document. */
const MAX_AGGREGATE = 12;

/** How the sentence is cased: body text, ALL CAPS, or Title Case Headline. */
export const enum Casing {
  Normal = 0,
  Caps = 1,
  Title = 2,
}

interface WordInfo {
  /** Starts with three letters: counts towards the sentence's casing. */
  wordy: boolean;
  /** ALL CAPS (of a wordy word). */
  upper: boolean;
  lower: string;
  lowerHash: number;
  shortHash: number;
  cap: number;
}

export interface NerSequence extends Sequence {
  readonly info: readonly WordInfo[];
  /** Gazetteer feature keys per token. */
  readonly gaz: readonly (readonly number[])[];
  /** Bitmask of the lists matching each token (for its neighbours' features). */
  readonly gazLists: Int32Array;
  readonly casing: Casing;
  /** First-stage tags, for a second-stage tagger. */
  readonly stage1?: Int32Array;
}

export interface NerDocState {
  /** Lowercase forms seen in lowercase somewhere in the document. */
  lowerSeen: Set<string>;
  /** Forms seen capitalised away from the start of a sentence. */
  capSeen: Set<string>;
  /** Per lowercased capitalised word: counts of the entity types (index 0 = none) labelled so far. */
  history: Map<string, Int32Array>;
  /** Per lowercased capitalised word: counts of the first stage's types over the whole document. */
  stage1: Map<string, Int32Array>;
  /** Per lowercased capitalised word: keys of the words around all its occurrences in the document. */
  contexts: Map<string, KeyGroup>;
}

const h = hashString;
const INFO_LIMIT = 200_000;

/** 2 * (the most frequent type in counts) + 1 when it is the only one seen. */
function majority(counts: Int32Array): number {
  let best = 0;
  let total = 0;
  for (let t = 0; t < counts.length; t++) {
    total += counts[t]!;
    if (counts[t]! > counts[best]!) best = t;
  }
  return 2 * best + (counts[best] === total ? 1 : 0);
}

function casingOf(info: readonly WordInfo[]): Casing {
  let letters = 0;
  let caps = 0;
  let title = 0;
  for (const w of info) {
    if (!w.wordy) continue;
    letters++;
    if (w.upper) caps++;
    else if (w.cap === 1 || w.cap === 3) title++;
  }
  if (letters >= 2 && caps >= 0.8 * letters) return Casing.Caps;
  if (letters >= 3 && caps + title >= 0.8 * letters) return Casing.Title;
  return Casing.Normal;
}

export class NerFeatures implements FeatureExtractor<NerSequence, NerDocState> {
  readonly offsets = [-2, -1, 0, 1, 2];
  readonly denseKeys: Int32Array;
  private readonly infoCache = new Map<string, WordInfo>();
  /** Where each group of dense features starts. */
  private readonly d: Record<
    'bias' | 'capTri' | 'first' | 'headline' | 'gaz' | 'gazSide' | 'lowerElsewhere' | 'capElsewhere' | 'p1' | 'p1p2' | 'p1Cap' | 'history' | 's1' | 's1Prev' | 's1Next' | 's1Doc',
    number
  >;
  /** Number of tags (O + 4 per type), and of values a neighbour's tag can take (-1 = none, -2 = after). */
  private readonly nTags: number;

  constructor(
    private readonly resources: NerResources,
    readonly options: NerOptions,
    /** Entity types, in the order the tag scheme lists them (tag 1 + 4 * t .. 4 + 4 * t). */
    private readonly types: readonly string[],
  ) {
    const nTags = (this.nTags = 1 + 4 * types.length);
    const nTypes = types.length + 1;
    const space = new DenseSpace();
    this.d = {
      bias: space.range(1),
      capTri: space.range(CAPS * CAPS * CAPS),
      first: space.range(CAPS),
      headline: space.range(3 * CAPS),
      gaz: space.range(MAX_LISTS * 4),
      gazSide: space.range(2 * MAX_LISTS),
      lowerElsewhere: space.range(2 * 3),
      capElsewhere: space.range(3),
      p1: space.range(nTags + 1),
      p1p2: space.range((nTags + 1) * (nTags + 1)),
      p1Cap: space.range((nTags + 1) * CAPS),
      history: space.range(nTypes * 2),
      s1: space.range(nTags + 2),
      s1Prev: space.range((nTags + 2) * (nTags + 2)),
      s1Next: space.range((nTags + 2) * (nTags + 2)),
      s1Doc: space.range(nTypes * 2),
    };
    this.denseKeys = space.keys(T.Dense);
  }

  private infoOf(word: string): WordInfo {
    let info = this.infoCache.get(word);
    if (!info) {
      const lower = norm(word);
      const wordy = /^\p{L}{3,}/u.test(word);
      info = { wordy, upper: wordy && word === word.toUpperCase(), lower, lowerHash: h(lower), shortHash: h(shortShape(word)), cap: capClass(word) };
      if (this.infoCache.size >= INFO_LIMIT) this.infoCache.clear();
      this.infoCache.set(word, info);
    }
    return info;
  }

  /** A word's entry in a word map, trying the form, then Title case for ALL CAPS, then lowercase. */
  private lookup<V>(map: ReadonlyMap<string, V> | null, word: string): V | undefined {
    if (!map) return undefined;
    let v = map.get(word);
    if (v === undefined && word.length > 1 && word === word.toUpperCase()) v = map.get(word[0] + word.slice(1).toLowerCase());
    if (v === undefined) v = map.get(word.toLowerCase());
    return v;
  }

  /** Everything about a sentence that does not depend on tags. */
  prepare(words: readonly string[]): NerSequence {
    const info = words.map((w) => this.infoOf(w));
    const gaz: number[][] = new Array<number[]>(words.length).fill(NO_MATCHES);
    const gazLists = new Int32Array(words.length);
    const g = this.options.gazetteer ? this.resources.gazetteer : null;
    if (g) {
      for (const m of g.match(words)) {
        for (let bit = 0; bit < g.lists.length; bit++) {
          if (!(m.lists & (1 << bit))) continue;
          for (let i = m.start; i < m.end; i++) {
            const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
            if (gaz[i] === NO_MATCHES) gaz[i] = [];
            gaz[i]!.push(this.d.gaz + bit * 4 + pos);
            gazLists[i] |= 1 << bit;
          }
        }
      }
    }
    return { words, info, gaz, gazLists, casing: casingOf(info) };
  }

  /** The word last given to lexical() and what was looked up for it: the tagger asks once per offset in a row. */
  private lastWord: string | null = null;
  private lastLexicon: { info: WordInfo; path: string | undefined; type: number | undefined; prior: number | undefined } | null = null;

  private lexiconOf(word: string): { info: WordInfo; path: string | undefined; type: number | undefined; prior: number | undefined } {
    if (word === this.lastWord && this.lastLexicon) return this.lastLexicon;
    const entry = {
      info: this.infoOf(word),
      path: this.options.clusters ? this.lookup(this.resources.clusters, word) : undefined,
      type: this.options.wordTypes ? this.lookup(this.resources.wordTypes, word) : undefined,
      prior: this.options.casePrior && this.resources.casePrior ? this.resources.casePrior.get(word.toLowerCase()) : undefined,
    };
    this.lastWord = word;
    this.lastLexicon = entry;
    return entry;
  }

  lexical(word: string, k: number, out: number[]): void {
    const offset = k - 2;
    const { info, path, type, prior } = this.lexiconOf(word);
    if (offset === 0) {
      const lower = info.lower;
      out.push(key(T.Form, h(word)), key(T.Lower, info.lowerHash), key(T.Shape, h(shape(word))), key(T.Short, info.shortHash), key(T.Cap, info.cap));
      for (let n = 1; n <= 4 && n <= lower.length; n++) {
        out.push(key(T.Prefix, n, h(lower.slice(0, n))), key(T.Suffix, n, h(lower.slice(-n))));
      }
      if (path !== undefined) for (const n of [4, 6, 10, 14, 20]) out.push(key(T.Cluster, n, h(path.slice(0, n))));
      if (type !== undefined) out.push(key(T.WordType, type), key(T.WordType, type, info.cap + 1));
      out.push(key(T.CasePrior, prior ?? 9, info.cap));
    } else if (offset === -1 || offset === 1) {
      out.push(
        key(T.CtxForm, offset, h(word)),
        key(T.CtxLower, offset, info.lowerHash),
        key(T.CtxShort, offset, info.shortHash),
        key(T.CtxCap, offset, info.cap),
        key(T.CtxSuffix, offset, h(info.lower.slice(-3))),
      );
      if (path !== undefined) for (const n of [4, 8, 20]) out.push(key(T.CtxCluster, mix(offset, n), h(path.slice(0, n))));
      if (type !== undefined) out.push(key(T.CtxWordType, offset, type));
      out.push(key(T.CtxCasePrior, offset, mix(prior ?? 9, info.cap)));
    } else {
      out.push(key(T.CtxLower, offset, info.lowerHash), key(T.CtxCap, offset, info.cap));
      if (path !== undefined) out.push(key(T.CtxCluster, mix(offset, 6), h(path.slice(0, 6))));
    }
  }

  positional(seq: NerSequence, i: number, doc: NerDocState, out: number[], dense: number[], groups: KeyGroup[]): void {
    const d = this.d;
    const info = seq.info;
    const n = info.length;
    const cur = info[i]!;
    const prev = i > 0 ? info[i - 1]! : null;
    const next = i + 1 < n ? info[i + 1]! : null;
    const pc = prev ? prev.cap : CAP_BEFORE;
    const nc = next ? next.cap : CAP_AFTER;
    dense.push(d.bias, d.capTri + (pc * CAPS + cur.cap) * CAPS + nc);
    if (i === 0) dense.push(d.first + cur.cap);
    if (seq.casing !== Casing.Normal) {
      dense.push(d.headline + seq.casing * CAPS + cur.cap);
      out.push(key(T.Headline, seq.casing, cur.lowerHash));
    }
    const g = seq.gaz[i]!;
    for (let k = 0; k < g.length; k++) dense.push(g[k]!);
    if (this.options.gazetteer) {
      const lists = seq.gazLists;
      const before = i > 0 ? lists[i - 1]! : 0;
      const after = i + 1 < n ? lists[i + 1]! : 0;
      for (let bit = 0; before && bit < MAX_LISTS; bit++) if (before & (1 << bit)) dense.push(d.gazSide + bit);
      for (let bit = 0; after && bit < MAX_LISTS; bit++) if (after & (1 << bit)) dense.push(d.gazSide + MAX_LISTS + bit);
    }
    const s1 = seq.stage1;
    if (this.options.stage2 && s1) {
      const w = this.nTags + 2;
      const at = (j: number) => (j < 0 ? 0 : j >= n ? 1 : s1[j]! + 2);
      dense.push(d.s1 + at(i), d.s1Prev + at(i - 1) * w + at(i), d.s1Next + at(i) * w + at(i + 1));
      if (cur.cap !== 0 && cur.cap < 5) {
        const counts = doc.stage1.get(cur.lower);
        if (counts) dense.push(d.s1Doc + majority(counts));
      }
    }
    if (this.options.aggregate && cur.cap !== 0 && cur.cap < 5) {
      const ctx = doc.contexts.get(cur.lower);
      if (ctx) groups.push(ctx);
    }
    if (this.options.document && cur.cap !== 0 && cur.cap < 5) {
      if (doc.lowerSeen.has(cur.lower)) dense.push(d.lowerElsewhere + (i === 0 ? 3 : 0) + seq.casing);
      if ((i === 0 || seq.casing !== Casing.Normal) && doc.capSeen.has(cur.lower)) dense.push(d.capElsewhere + seq.casing);
    }
  }

  dynamic(seq: NerSequence, i: number, tags: Int32Array, doc: NerDocState, out: number[], dense: number[]): void {
    const d = this.d;
    const p1 = i > 0 ? tags[i - 1]! + 1 : 0;
    const p2 = i > 1 ? tags[i - 2]! + 1 : 0;
    const cur = seq.info[i]!;
    dense.push(d.p1 + p1, d.p1p2 + p1 * (this.nTags + 1) + p2, d.p1Cap + p1 * CAPS + cur.cap);
    if (this.options.history && cur.cap !== 0 && cur.cap < 5) {
      const counts = doc.history.get(cur.lower);
      if (counts) dense.push(d.history + majority(counts));
    }
  }

  startDoc(seqs: readonly NerSequence[]): NerDocState {
    const lowerSeen = new Set<string>();
    const capSeen = new Set<string>();
    if (this.options.document) {
      for (const s of seqs) {
        const caps = s.casing === Casing.Normal;
        s.info.forEach((w, i) => {
          if (w.cap === 0) lowerSeen.add(w.lower);
          else if (caps && i > 0 && w.cap < 5) capSeen.add(w.lower);
        });
      }
    }
    const stage1 = new Map<string, Int32Array>();
    if (this.options.stage2) for (const s of seqs) if (s.stage1) this.count(s, s.stage1, stage1);
    const contexts = new Map<string, KeyGroup>();
    if (this.options.aggregate) {
      const sets = new Map<string, Set<number>>();
      for (const s of seqs) {
        s.info.forEach((w, i) => {
          if (w.cap === 0 || w.cap >= 5) return;
          let set = sets.get(w.lower);
          if (!set) sets.set(w.lower, (set = new Set()));
          if (set.size >= MAX_AGGREGATE) return;
          const before = i > 0 ? s.info[i - 1]! : null;
          const after = i + 1 < s.info.length ? s.info[i + 1]! : null;
          if (before && before.cap === 0) set.add(key(T.Aggregate, -1, before.lowerHash));
          if (after && after.cap === 0) set.add(key(T.Aggregate, 1, after.lowerHash));
          const before2 = i > 1 ? s.info[i - 2]! : null;
          const after2 = i + 2 < s.info.length ? s.info[i + 2]! : null;
          if (before2 && before2.cap === 0) set.add(key(T.Aggregate, -2, before2.lowerHash));
          if (after2 && after2.cap === 0) set.add(key(T.Aggregate, 2, after2.lowerHash));
        });
      }
      for (const [w, set] of sets) if (set.size) contexts.set(w, { keys: [...set] });
    }
    return { lowerSeen, capSeen, history: new Map(), stage1, contexts };
  }

  /** Adds the types of a sequence's capitalised words to per-word counts. */
  private count(seq: NerSequence, tags: Int32Array, into: Map<string, Int32Array>): void {
    const nTypes = this.types.length;
    seq.info.forEach((w, i) => {
      if (w.cap === 0 || w.cap >= 5) return;
      let counts = into.get(w.lower);
      if (!counts) into.set(w.lower, (counts = new Int32Array(nTypes + 1)));
      const tag = tags[i]!;
      counts[tag === 0 ? 0 : 1 + ((tag - 1) >> 2)]++;
    });
  }

  observe(seq: NerSequence, tags: Int32Array, doc: NerDocState): void {
    if (this.options.history) this.count(seq, tags, doc.history);
  }
}
