// Developer aid, not shipped: runs the default pipeline on AllSides articles (not gold) and prints a
// random sample of relations and quotes with their evidence, to check by eye that the stages do not
// over-generate. `npx tsx scripts/dev-sample.ts [ARTICLES] [SAMPLE] [SEED]`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc } from '../src/nlp/doc.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import { toSpecJson } from '../src/nlp/serialize.js';

const [articles = '200', sample = '40', seed = '7'] = process.argv.slice(2);
const file = resolve(import.meta.dirname, '../../shared/data/allsides-news/articles_2015-2020.jsonl');
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
let state = Number(seed);
const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const pipeline = createDefaultPipeline();
const rels: string[] = [];
const quotes: string[] = [];
const counts = new Map<string, number>();
let tokens = 0;
for (let i = 0; i < Number(articles); i++) {
  const a = JSON.parse(lines[Math.floor(rand() * lines.length)]!);
  if (typeof a.text !== 'string') continue;
  const doc = pipeline.run(createDoc(a.text, { published: a.date ?? null }));
  tokens += doc.tokens!.length;
  const json = toSpecJson(doc);
  const name = new Map(json.entities.map((e) => [e.id, e.name]));
  for (const r of json.relations) {
    counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    rels.push(`${r.type}(${name.get(r.subject)}, ${r.object ? name.get(r.object) : 'null'}) <- ${r.evidence.text.replace(/\s+/g, ' ').slice(0, 180)}`);
  }
  for (const q of json.quotes) quotes.push(`${q.speaker ? name.get(q.speaker) : `[${q.anonymous ?? '?'}]`} (${q.cue ?? '-'}): ${q.text.replace(/\s+/g, ' ').slice(0, 140)}`);
}
const pick = <T>(xs: T[], n: number) => xs.map((x) => [rand(), x] as const).sort((a, b) => a[0] - b[0]).slice(0, n).map(([, x]) => x);
console.log(`${articles} articles, ${tokens} tokens: ${rels.length} relations (${(rels.length / (tokens / 1000)).toFixed(2)} per 1k tokens), ${quotes.length} quotes`);
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([t, c]) => `${t} ${c}`).join(', '));
console.log('\nRELATIONS'); for (const r of pick(rels, Number(sample))) console.log(`- ${r}`);
console.log('\nQUOTES'); for (const q of pick(quotes, Number(sample))) console.log(`- ${q}`);
