#!/usr/bin/env node
// The entity tagger alone, in tokens per second on one core, beside compromise's
// .people()/.organizations()/.places() on the same documents in the same process.
// `npm run bench -- ner` (after npm run build). Options: --text FILE (a .txt file, or a .jsonl file
// whose lines have a "text" field) and --docs N (how many .jsonl documents, default 500);
// --rounds N (default 5). Without --text it uses bench/fixtures/news-sample.txt, repeated.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createDoc } from '../dist/nlp/doc.js';
import { tokenizeStage } from '../dist/nlp/stages/tokenize.js';
import { createNerStage } from '../dist/nlp/stages/ner.js';
import { NerTagger } from '../dist/nlp/ner-tagger.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const textFile = opt('--text', null);
const rounds = Number(opt('--rounds', 5));

let texts;
if (textFile && textFile.endsWith('.jsonl')) {
  const n = Number(opt('--docs', 500));
  texts = readFileSync(textFile, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l).text);
} else {
  const one = readFileSync(textFile ?? join(here, 'fixtures/news-sample.txt'), 'utf8');
  texts = textFile ? [one] : Array.from({ length: 40 }, () => one);
}

const loadStart = performance.now();
const tagger = NerTagger.load();
const loadMs = performance.now() - loadStart;
const ner = createNerStage(tagger);
const tokenized = texts.map((t) => tokenizeStage.run(createDoc(t)));
const tokens = tokenized.reduce((n, d) => n + d.tokens.length, 0);

// CPU time of this process (user + system), so that other processes sharing the machine do not
// count against either side; wall-clock time is reported beside it.
function time(fn) {
  fn(); // warm-up: JIT, caches
  const cpu = [];
  const wall = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { cpu: median(cpu), wall: median(wall) };
}

let mentions = 0;
const oursSec = time(() => {
  mentions = 0;
  for (const d of tokenized) mentions += ner.run(d).mentions.length;
});
const pipelineSec = time(() => {
  for (const t of texts) ner.run(tokenizeStage.run(createDoc(t)));
});
let found = 0;
const compromiseSec = time(() => {
  found = 0;
  for (const t of texts) {
    const doc = nlp(t);
    found += doc.people().out('array').length + doc.organizations().out('array').length + doc.places().out('array').length;
  }
});

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const rate = (t) => `${fmt(tokens / t.cpu).padStart(9)} tokens/s of CPU time (${fmt(tokens / t.wall)} wall-clock)`;
console.log(`text: ${textFile ?? 'bench/fixtures/news-sample.txt x40'}; ${texts.length} documents, ${fmt(tokens)} tokens; median of ${rounds} rounds`);
console.log(`model load: ${loadMs.toFixed(0)} ms`);
console.log(`dossier ner stage (tagger alone, on tokens): ${rate(oursSec)}; ${mentions} mentions`);
console.log(`dossier tokenize + ner:                     ${rate(pipelineSec)}`);
console.log(`compromise people/organizations/places:     ${rate(compromiseSec)}; ${found} names`);
console.log(`ratio tagger / compromise:                  ${(compromiseSec.cpu / oursSec.cpu).toFixed(1)}x CPU (${(compromiseSec.wall / oursSec.wall).toFixed(1)}x wall)`);
console.log(`ratio tokenize+ner / compromise:            ${(compromiseSec.cpu / pipelineSec.cpu).toFixed(1)}x CPU (${(compromiseSec.wall / pipelineSec.wall).toFixed(1)}x wall)`);
