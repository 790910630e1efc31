#!/usr/bin/env node
// Runs the benchmarks in bench/ (every *.bench.js, or the ones named: `npm run bench -- ingest`),
// each in its own Node process so that its peak memory is its own. Benchmarks import from dist/
// (`npm run build` first; `npm ci` builds it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, '../dist/cli/main.js'))) {
  console.error('error USAGE: dist/ is missing (run `npm run build` first)');
  process.exit(2);
}
const all = readdirSync(here).filter((f) => f.endsWith('.bench.js')).sort();
// Names choose benchmarks; flags (--text FILE, --rounds N ...) go to each benchmark.
const wanted = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
const passThrough = process.argv.slice(2).filter((a) => !wanted.includes(a));
const unknown = wanted.filter((w) => !all.includes(`${w}.bench.js`));
if (unknown.length) {
  console.error(`error USAGE: no benchmark ${unknown.join(', ')} (have: ${all.map((f) => f.replace('.bench.js', '')).join(', ')})`);
  process.exit(2);
}
const chosen = wanted.length ? wanted.map((w) => `${w}.bench.js`) : all;
let failed = 0;
for (const file of chosen) {
  console.log(`\n== ${file.replace('.bench.js', '')}`);
  const r = spawnSync(process.execPath, [join(here, file), ...passThrough], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`benchmark ${file} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exit(failed ? 1 : 0);
