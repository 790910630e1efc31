// Extraction speed: tokens per second of the full default pipeline on one core, and of each stage,
// over news articles (the AllSides corpus in ../shared when present, else the examples/ folder).
// `npm run bench -- pipeline` (after `npm run build`). Options by environment: BENCH_ARTICLES (default 1500).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDefaultPipeline } from '../dist/nlp/default-pipeline.js';
import { createDoc } from '../dist/nlp/doc.js';
import { parsePlainText } from '../dist/ingest/plain-text.js';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = Number(process.env.BENCH_ARTICLES ?? 1500);

function corpus() {
  const allsides = join(here, '../../shared/data/allsides-news/articles_2015-2020.jsonl');
  if (existsSync(allsides)) {
    const texts = [];
    for (const line of readFileSync(allsides, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line);
      if (typeof a.text === 'string' && a.text.length > 200) texts.push(a.text);
      if (texts.length >= wanted) break;
    }
    return { name: 'allsides-news', texts };
  }
  const dir = join(here, '../examples');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => parsePlainText(readFileSync(join(dir, f), 'utf8')).text);
  return { name: 'examples', texts };
}

const { name, texts } = corpus();
const pipeline = createDefaultPipeline();
// Warm up: models and lexicons load on first use.
for (const t of texts.slice(0, 20)) pipeline.run(createDoc(t));

const perStage = new Map(pipeline.stages.map((s) => [s.name, 0]));
let tokens = 0;
let total = 0;
for (const text of texts) {
  let doc = createDoc(text);
  const t0 = process.hrtime.bigint();
  for (const stage of pipeline.stages) {
    const a = process.hrtime.bigint();
    doc = stage.run(doc);
    perStage.set(stage.name, perStage.get(stage.name) + Number(process.hrtime.bigint() - a));
  }
  total += Number(process.hrtime.bigint() - t0);
  tokens += doc.tokens.length;
}
const secs = total / 1e9;
console.log(`corpus: ${name}, ${texts.length} articles, ${tokens} tokens`);
console.log(`full pipeline: ${(tokens / secs).toFixed(0)} tokens/s (${secs.toFixed(2)} s)`);
for (const [stage, ns] of perStage) {
  const s = ns / 1e9;
  console.log(`  ${stage.padEnd(12)} ${(tokens / s).toFixed(0).padStart(10)} tokens/s  ${((100 * ns) / total).toFixed(1).padStart(5)}% of the time`);
}
// The extraction stages proper (after tagging): roles, resolution, coreference, relations, quotes.
const extraction = ['roles', 'resolve', 'coref', 'relations', 'quotes'].reduce((n, s) => n + (perStage.get(s) ?? 0), 0);
if (extraction) console.log(`extraction stages (roles..quotes): ${(tokens / (extraction / 1e9)).toFixed(0)} tokens/s, ${((100 * extraction) / total).toFixed(1)}% of the time`);
const rate = tokens / secs;
if (rate < 100000) {
  console.error(`below the 100,000 tokens/s target: ${rate.toFixed(0)}`);
  process.exitCode = 1;
}
