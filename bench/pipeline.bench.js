// Extraction speed: tokens per second of the full default pipeline on one core, and of each stage,
// over news articles (the AllSides corpus in ../shared when present, else the examples/ folder).
// `npm run bench -- pipeline` (after `npm run build`). Options by environment: BENCH_ARTICLES (default 1500),
// BENCH_BASELINE_ARTICLES (default 100: compromise's people/organizations/places on that many of the
// same articles, in the same process, as a yardstick that does not move when the machine is busy).
// BENCH_WARMUP (default 1500): articles run first and not measured, taken from after the measured
// ones, so that the measured run is the steady state of a long ingest (optimised code, warm word
// caches) without having seen its own articles; the cold rate (the first BENCH_WARMUP articles, JIT
// compilation included) is printed too.
// Rates are per second of this process's CPU time (user + system), so that other processes sharing
// the machine do not count against it; wall-clock rates are printed beside them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDefaultPipeline } from '../dist/nlp/default-pipeline.js';
import { createDoc } from '../dist/nlp/doc.js';
import { parsePlainText } from '../dist/ingest/plain-text.js';
import nlp from 'compromise';

const here = dirname(fileURLToPath(import.meta.url));
const measured = Number(process.env.BENCH_ARTICLES ?? 1500);
const warmup = Number(process.env.BENCH_WARMUP ?? 1500);
const wanted = measured + warmup;

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

const { name, texts: all } = corpus();
// A small corpus (examples/) is measured whole, after one warm-up pass over it.
const texts = all.length > measured ? all.slice(0, measured) : all;
const warmTexts = all.length > measured ? all.slice(measured) : all;
const pipeline = createDefaultPipeline();
// Warm-up: models load on first use; the cold rate includes that load and the JIT's compiling.
const cold0 = process.cpuUsage();
let coldTokens = 0;
for (const t of warmTexts) coldTokens += pipeline.run(createDoc(t)).tokens.length;
const cold = process.cpuUsage(cold0);

const perStage = new Map(pipeline.stages.map((s) => [s.name, 0]));
let tokens = 0;
let total = 0;
const cpu0 = process.cpuUsage();
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
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;

// The yardstick: compromise over the first articles, tokens counted by our tokenizer.
const baselineTexts = texts.slice(0, Number(process.env.BENCH_BASELINE_ARTICLES ?? 100));
const baselineTokens = baselineTexts.reduce((n, t) => n + pipeline.stages[0].run(createDoc(t)).tokens.length, 0);
for (const t of baselineTexts.slice(0, 5)) nlp(t).people();
const base0 = process.cpuUsage();
for (const t of baselineTexts) {
  const d = nlp(t);
  d.people().out('array');
  d.organizations().out('array');
  d.places().out('array');
}
const base = process.cpuUsage(base0);
const baselineRate = baselineTokens / ((base.user + base.system) / 1e6);
const secs = total / 1e9;
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const rate = tokens / cpuSecs;
console.log(`corpus: ${name}, ${texts.length} articles, ${fmt(tokens)} tokens`);
console.log(`warm-up (cold start, ${warmTexts.length} other articles): ${fmt(coldTokens / ((cold.user + cold.system) / 1e6))} tokens/s of CPU time, model loading and JIT compiling included`);
console.log(`full pipeline: ${fmt(rate)} tokens/s of CPU time (${cpuSecs.toFixed(2)} s); ${fmt(tokens / secs)} tokens/s wall-clock (${secs.toFixed(2)} s)`);
console.log('per stage (wall-clock):');
for (const [stage, ns] of perStage) {
  const s = ns / 1e9;
  console.log(`  ${stage.padEnd(12)} ${(tokens / s).toFixed(0).padStart(10)} tokens/s  ${((100 * ns) / total).toFixed(1).padStart(5)}% of the time`);
}
// The extraction stages proper (after tagging): roles, resolution, coreference, relations, quotes.
const extraction = ['roles', 'resolve', 'coref', 'relations', 'quotes'].reduce((n, s) => n + (perStage.get(s) ?? 0), 0);
if (extraction) console.log(`extraction stages (roles..quotes): ${(tokens / (extraction / 1e9)).toFixed(0)} tokens/s, ${((100 * extraction) / total).toFixed(1)}% of the time`);
console.log(`yardstick: compromise people/organizations/places on ${baselineTexts.length} of the articles: ${fmt(baselineRate)} tokens/s of CPU time`);
console.log(`ratio full pipeline / compromise: ${(rate / baselineRate).toFixed(2)}x`);
if (rate < 100000) {
  console.error(`below the 100,000 tokens/s target: ${fmt(rate)} tokens/s of CPU time`);
  process.exitCode = 1;
}
