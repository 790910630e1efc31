// Learns the entity tagger's word representations from unlabeled news (scripts/ner/unlabeled.ts):
// word clusters (.cache/clusters.tsv, "word<TAB>bitpath"), distributional types
// (.cache/word-types.tsv, "word<TAB>type<TAB>confident"), seeded with the words of CoNLL-2003
// eng.train whose label is clear, and a case prior (.cache/case-prior.tsv, "word<TAB>0..4": how
// often the word is capitalised inside a sentence). scripts/train-ner.ts compiles them into models/ner.bin.
// Deterministic. `npx tsx scripts/build-clusters.ts [--out FILE] [--types-out FILE] [--topic N]`
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConll } from '../src/nlp/conll.js';
import { trainingForm } from '../src/nlp/features/word-form.js';
import { clusterWords, ContextCounter, typeWords } from '../src/nlp/learn/clustering.js';
import { iobSpans } from '../src/nlp/learn/tag-scheme.js';
import { tokenizeText } from '../src/nlp/stages/tokenize.js';
import { CASE_FILE, CLUSTERS_FILE, conllTrainTokens, SHARED, TYPES_FILE, unlabeledTexts } from './ner/unlabeled.js';
import { buildGazetteerLists } from './ner/gazetteers.js';

const args = process.argv.slice(2);
const num = (f: string, d: number) => (args.includes(f) ? Number(args[args.indexOf(f) + 1]) : d);
const str = (f: string, d: string) => (args.includes(f) ? args[args.indexOf(f) + 1]! : d);
const outFile = str('--out', CLUSTERS_FILE);
const typesFile = str('--types-out', TYPES_FILE);
const caseFile = str('--case-out', CASE_FILE);
const t0 = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);

const counter = new ContextCounter();
// Case prior: how often each word, lowercased, is written with a capital away from the start of a
// sentence. Names keep their capital ("seattle" 99%), common words do not ("sale" 2%), which is
// what ALL CAPS headlines and sentence-initial words hide.
const caseCounts = new Map<string, [number, number]>();
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', "'", '--', '-', '(', ')']);
let tokens = 0;
const bbcWeight = num('--bbc-weight', 1);
for (const { source, text } of unlabeledTexts()) {
  const toks = tokenizeText(text).map((t) => trainingForm(text.slice(t.start, t.end)));
  tokens += toks.length;
  for (let r = 0; r < (source === 'bbc' ? bbcWeight : 1); r++) counter.add(toks);
  toks.forEach((w, i) => {
    if (i === 0 || SENTENCE_END.has(toks[i - 1]!) || !/^\p{L}/u.test(w) || (w.length > 1 && w === w.toUpperCase())) return;
    const lower = w.toLowerCase();
    const c = caseCounts.get(lower) ?? [0, 0];
    c[w === lower ? 1 : 0]++;
    caseCounts.set(lower, c);
  });
}
for (const toks of conllTrainTokens()) {
  tokens += toks.length;
  counter.add(toks);
}
log(`read ${tokens} tokens`);
const opts = {
  minCount: num('--min-count', 5),
  maxWords: 120_000,
  contexts: 1000,
  topicContexts: num('--topic', 2000),
  topicWindow: 5,
  topicWeight: num('--topic-weight', 1),
  minSize: 8,
  maxDepth: 20,
  iterations: 8,
  seed: 7,
};
const vectors = counter.vectors(opts, log);
const clusters = clusterWords(vectors, opts);
mkdirSync(resolve(outFile, '..'), { recursive: true });
writeFileSync(outFile, [...clusters].map(([w, p]) => `${w}\t${p}`).join('\n') + '\n');
log(`wrote ${clusters.size} words to ${outFile}`);

// Seeds: eng.train words whose label is clear (seen twice, one label at least 3 times in 4);
// words mostly outside names count as seeds of "none" only when capitalised, the case that matters.
const TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
const seen = new Map<string, number[]>();
for (const doc of parseConll(readFileSync(join(SHARED, 'conll2003/eng.train'), 'utf8'))) {
  for (const s of doc) {
    const labels = new Array<number>(s.words.length).fill(0);
    for (const span of iobSpans(s.ner)) for (let i = span.start; i < span.end; i++) labels[i] = TYPES.indexOf(span.type);
    s.words.forEach((w, i) => {
      const c = seen.get(w) ?? [0, 0, 0, 0, 0];
      c[labels[i]!]++;
      seen.set(w, c);
    });
  }
}
const seeds = new Map<string, number>();
for (const [w, c] of seen) {
  const total = c.reduce((a, b) => a + b, 0);
  const best = c.indexOf(Math.max(...c));
  if (total < 2 || c[best]! < 0.75 * total) continue;
  if (best === 0 && !/^\p{Lu}/u.test(w)) continue;
  seeds.set(w, best);
}
const caseLines: string[] = [];
for (const [w, [cap, low]] of [...caseCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const n = cap + low;
  if (n < 3) continue;
  const r = cap / n;
  caseLines.push(`${w}\t${r >= 0.95 ? 4 : r >= 0.7 ? 3 : r >= 0.3 ? 2 : r >= 0.05 ? 1 : 0}`);
}
writeFileSync(caseFile, caseLines.join('\n') + '\n');
log(`wrote case prior of ${caseLines.length} words to ${caseFile}`);

// More seeds from the gazetteers, for the modern names CoNLL lacks: one-word company names and
// countries, states and capitals that are capitalised in running text (so not "Target" or "Chance").
// (Given names as person seeds were tried: -0.2 F1 on testa and -0.01 on the dev gold.)
const capitalised = (w: string) => (caseCounts.get(w.toLowerCase()) ?? [0, 0])[0] >= 0.7 * ((caseCounts.get(w.toLowerCase()) ?? [0, 1])[0] + (caseCounts.get(w.toLowerCase()) ?? [0, 1])[1]);
const lists = new Map(buildGazetteerLists().map((l) => [l.name, new Set(l.entries.filter((e) => e.length === 1).map((e) => e[0]!))]));
const inList = (name: string, w: string) => lists.get(name)?.has(w) ?? false;
let extra = 0;
for (const w of lists.get('company') ?? []) {
  if (seeds.has(w) || !capitalised(w) || ['first-name', 'city', 'us-city', 'country', 'state'].some((l) => inList(l, w))) continue;
  seeds.set(w, TYPES.indexOf('ORG'));
  extra++;
}
for (const name of ['country', 'state', 'capital']) {
  for (const w of lists.get(name) ?? []) {
    if (seeds.has(w) || !capitalised(w) || inList('company', w) || inList('first-name', w)) continue;
    seeds.set(w, TYPES.indexOf('LOC'));
    extra++;
  }
}
log(`${extra} seed words from the gazetteers`);

const types = typeWords(vectors, seeds, TYPES.length, { folds: 5, epochs: 10, seed: 11 });
writeFileSync(typesFile, [...types].map(([w, [c, conf]]) => `${w}\t${TYPES[c]}\t${conf}`).join('\n') + '\n');
log(`wrote ${types.size} distributional types (${seeds.size} seed words) to ${typesFile}`);
