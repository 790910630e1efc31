// Silver name lists: a trained entity tagger labels the unlabeled news (scripts/ner/unlabeled.ts,
// never CoNLL text) and every name it finds is counted with its types, the documents it appears
// in and the tagger's confidence. scripts/ner/gazetteers.ts keeps the names seen often, with one
// clear type and high confidence, as one extra gazetteer list per type: a stand-in for Ratinov and
// Roth's Wikipedia lists built from text the project may use (docs/decisions/0310).
// Output .cache/silver.tsv: "name<TAB>documents<TAB>occurrences<TAB>per-type counts<TAB>mean confidence".
// Deterministic. `npx tsx scripts/build-silver.ts [--model FILE] [--out FILE]`
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trainingForm } from '../src/nlp/features/word-form.js';
import { NerTagger } from '../src/nlp/ner-tagger.js';
import { segment } from '../src/nlp/stages/tokenize.js';
import { SILVER_FILE, unlabeledTexts } from './ner/unlabeled.js';

const args = process.argv.slice(2);
const str = (f: string, d: string) => (args.includes(f) ? args[args.indexOf(f) + 1]! : d);
const tagger = NerTagger.load(args.includes('--model') ? str('--model', '') : undefined);
const out = str('--out', SILVER_FILE);
const t0 = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);

interface Stats {
  docs: number;
  lastDoc: number;
  byType: number[];
  confidence: number;
}
const types = tagger.types;
const names = new Map<string, Stats>();
let docNo = 0;
let tokens = 0;
for (const { text } of unlabeledTexts()) {
  docNo++;
  const seg = segment(text);
  const sentences: string[][] = [];
  seg.tokens.forEach((t, k) => {
    if (k === 0 || t.sentence !== seg.tokens[k - 1]!.sentence) sentences.push([]);
    sentences[sentences.length - 1]!.push(trainingForm(text.slice(t.start, t.end)));
  });
  tokens += seg.tokens.length;
  tagger.tagDocument(sentences).forEach((spans, s) => {
    for (const span of spans) {
      const name = sentences[s]!.slice(span.start, span.end).join(' ');
      let st = names.get(name);
      if (!st) names.set(name, (st = { docs: 0, lastDoc: 0, byType: new Array<number>(types.length).fill(0), confidence: 0 }));
      if (st.lastDoc !== docNo) {
        st.docs++;
        st.lastDoc = docNo;
      }
      st.byType[types.indexOf(span.type)]!++;
      st.confidence += span.score;
    }
  });
}
log(`tagged ${docNo} documents, ${tokens} tokens: ${names.size} distinct names`);
const rows = [...names]
  .filter(([, s]) => s.docs >= 2)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, s]) => {
    const n = s.byType.reduce((a, b) => a + b, 0);
    return `${name}\t${s.docs}\t${n}\t${types.map((t, i) => `${t}:${s.byType[i]}`).join(',')}\t${(s.confidence / n).toFixed(3)}`;
  });
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, rows.join('\n') + '\n');
log(`wrote ${rows.length} names seen in two documents or more to ${out}`);
