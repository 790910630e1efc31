#!/usr/bin/env node
// `npm run eval:dev`: the release path of the dev-gold evaluation. Runs the built CLI
// (`dossier extract --format json --out TMP ../shared/gold/dev/*.txt`), scores the output with
// ../shared/eval/score.mjs, prints the readable score, and exits 1 when a row falls below its
// threshold in .ci/thresholds.json ("dev": { "<row>": min F1, "score": min score }; a row may be
// nested, "entities_by_type.PERSON"). Skips with a message when ../shared is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '../shared');
const gold = join(shared, 'gold/dev');
const scorer = join(shared, 'eval/score.mjs');
if (!existsSync(gold) || !existsSync(scorer)) {
  console.log(`eval:dev skipped: ${shared} is absent (the dev gold lives beside the repository)`);
  process.exit(0);
}
const texts = readdirSync(gold).filter((f) => f.endsWith('.txt')).sort().map((f) => join(gold, f));
const out = mkdtempSync(join(tmpdir(), 'dossier-eval-dev-'));
try {
  const extract = spawnSync(process.execPath, [join(root, 'bin/dossier.js'), 'extract', '--format', 'json', '--out', out, ...texts], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (extract.status !== 0) {
    console.error(`eval:dev: dossier extract exited ${extract.status}`);
    process.exit(1);
  }
  const readable = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (readable.status !== 0) process.exit(1);
  const scored = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out, '--json'], { encoding: 'utf8' });
  if (scored.status !== 0) {
    console.error(scored.stderr);
    process.exit(1);
  }
  const report = JSON.parse(scored.stdout);
  const thresholds = JSON.parse(readFileSync(join(root, '.ci/thresholds.json'), 'utf8')).dev ?? {};
  let failed = 0;
  for (const [row, min] of Object.entries(thresholds)) {
    const value = row.split('.').reduce((v, k) => (v == null ? v : v[k]), report);
    const got = typeof value === 'number' ? value : value?.f1;
    if (typeof got !== 'number') {
      console.error(`eval:dev: no row "${row}" in the scorer's report`);
      failed++;
    } else if (got < min) {
      console.error(`eval:dev: ${row} ${got} is below the threshold ${min}`);
      failed++;
    }
  }
  console.log(failed ? `eval:dev: ${failed} threshold(s) failed` : `eval:dev: all ${Object.keys(thresholds).length} thresholds met`);
  process.exit(failed ? 1 : 0);
} finally {
  rmSync(out, { recursive: true, force: true });
}
