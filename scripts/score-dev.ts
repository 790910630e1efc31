// Developer loop: runs the default pipeline in-process over the dev gold texts and scores the result
// with the shared scorer. `npx tsx scripts/score-dev.ts [--verbose] [NAME...]`
// (The release path is `npm run eval:dev`, which goes through the CLI.)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createDoc } from '../src/nlp/doc.js';
import { createDefaultPipeline } from '../src/nlp/default-pipeline.js';
import { toSpecJson } from '../src/nlp/serialize.js';
import { parsePlainText } from '../src/ingest/plain-text.js';

const shared = resolve(import.meta.dirname, '../../shared');
const goldDir = join(shared, 'gold/dev');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
const out = mkdtempSync(join(tmpdir(), 'dossier-dev-'));
const pipeline = createDefaultPipeline();
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.txt'))) {
  const name = basename(f, '.txt');
  if (only.length && !only.includes(name)) continue;
  const { text, published } = parsePlainText(readFileSync(join(goldDir, f), 'utf8'));
  const doc = pipeline.run(createDoc(text, { source: f, published }));
  writeFileSync(join(out, `${name}.json`), JSON.stringify(toSpecJson(doc), null, 1));
}
let gold = goldDir;
if (only.length) {
  // Score only the chosen articles: the scorer reads every gold file in a folder.
  gold = mkdtempSync(join(tmpdir(), 'dossier-gold-'));
  for (const n of only) writeFileSync(join(gold, `${n}.gold.json`), readFileSync(join(goldDir, `${n}.gold.json`)));
}
const r = spawnSync('node', [join(shared, 'eval/score.mjs'), '--gold', gold, '--pred', out, ...(verbose ? ['--verbose'] : [])], { stdio: 'inherit' });
console.log(`predictions in ${out}`);
process.exit(r.status ?? 1);
