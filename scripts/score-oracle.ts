// Developer harness, not shipped: runs the extraction stages on the dev gold texts with "oracle"
// mentions (the gold entities' proper names found in the text, in place of the NER tagger), so that
// resolution, relations and quotes can be measured apart from tagging errors. The figures reported
// for the product come from the real pipeline (scripts/score-dev.ts).
// `npx tsx scripts/score-oracle.ts [--verbose] [NAME...]`
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createDoc, type Doc, type EntityType, type Mention } from '../src/nlp/doc.js';
import { createPipeline, type Stage } from '../src/nlp/pipeline.js';
import { toSpecJson } from '../src/nlp/serialize.js';
import { parsePlainText } from '../src/ingest/plain-text.js';
import { tokenizeStage } from '../src/nlp/stages/tokenize.js';
import { rolesStage } from '../src/nlp/stages/roles.js';
import { resolveStage } from '../src/nlp/stages/resolve.js';
import { corefStage } from '../src/nlp/stages/coref.js';
import { posStage } from '../src/nlp/stages/pos.js';
import { relationsStage } from '../src/nlp/stages/relations.js';
import { quotesStage } from '../src/nlp/stages/quotes.js';
import { TITLES } from '../src/nlp/data/titles.js';

interface GoldEntity { id: string; type: EntityType | EntityType[]; name: string; aliases?: string[] }

const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'de', '&', 'on', 'in']);

function properForms(e: GoldEntity): string[] {
  const out: string[] = [];
  for (const [k, f] of [e.name, ...(e.aliases ?? [])].entries()) {
    const words = f.split(/\s+/);
    const start = words[0]!.toLowerCase() === 'the' ? 1 : 0;
    if (k > 0 && words.slice(start).some((w) => !/[\p{Lu}\p{N}@#]/u.test(w) && !FUNCTION_WORDS.has(w))) continue;
    if (k > 0 && words.some((w) => TITLES.has(w.toLowerCase()))) continue;
    out.push(f);
  }
  return out;
}

function oracleStage(gold: { entities: GoldEntity[] }): Stage {
  return {
    name: 'oracle-mentions',
    requires: ['tokens'],
    adds: ['mentions'],
    run(doc: Doc): Doc {
      const found: Array<Mention & { len: number }> = [];
      for (const e of gold.entities) {
        const type = Array.isArray(e.type) ? e.type[0]! : e.type;
        for (const f of properForms(e)) {
          const re = new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
          for (const m of doc.text.matchAll(re)) found.push({ start: m.index!, end: m.index! + f.length, type, sentence: 0, score: 1, len: f.length });
        }
      }
      found.sort((a, b) => b.len - a.len || a.start - b.start);
      const taken: Mention[] = [];
      for (const m of found) if (!taken.some((t) => t.start < m.end && m.start < t.end)) taken.push(m);
      taken.sort((a, b) => a.start - b.start);
      const tokens = doc.tokens!;
      const mentions = taken.map(({ start, end, type }) => {
        const t = tokens.find((k) => k.end > start);
        return { start, end, type, sentence: t?.sentence ?? 0, score: 1 };
      });
      return { ...doc, mentions };
    },
  };
}

// Until the values stage is merged.
const noValues: Stage = { name: 'no-values', requires: ['tokens'], adds: ['values'], run: (d) => ({ ...d, values: d.values ?? [] }) };

const shared = resolve(import.meta.dirname, '../../shared');
const goldDir = join(shared, 'gold/dev');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
const out = mkdtempSync(join(tmpdir(), 'dossier-oracle-'));
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.txt'))) {
  const name = basename(f, '.txt');
  if (only.length && !only.includes(name)) continue;
  const gold = JSON.parse(readFileSync(join(goldDir, `${name}.gold.json`), 'utf8'));
  const { text, published } = parsePlainText(readFileSync(join(goldDir, f), 'utf8'));
  const pipeline = createPipeline([tokenizeStage, posStage, noValues, oracleStage(gold), rolesStage, resolveStage, corefStage, relationsStage, quotesStage]);
  const doc = pipeline.run(createDoc(text, { source: f, published }));
  writeFileSync(join(out, `${name}.json`), JSON.stringify(toSpecJson(doc), null, 1));
}
let goldArg = goldDir;
if (only.length) {
  goldArg = mkdtempSync(join(tmpdir(), 'dossier-gold-'));
  for (const n of only) writeFileSync(join(goldArg, `${n}.gold.json`), readFileSync(join(goldDir, `${n}.gold.json`)));
}
const r = spawnSync('node', [join(shared, 'eval/score.mjs'), '--gold', goldArg, '--pred', out, ...(verbose ? ['--verbose'] : [])], { stdio: 'inherit' });
console.log(`predictions in ${out}`);
process.exit(r.status ?? 1);
