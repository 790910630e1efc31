// Measures the entity stage on the dev gold: runs tokenize + ner over ../shared/gold/dev, groups the
// mentions into entities with a deliberately minimal rule (identical names; a one-word PERSON or ORG
// joins the longer name of the same type that ends or starts with it), and prints the shared
// scorer's report. This grouping exists only to measure mentions; it is not a resolution stage.
// `npx tsx scripts/ner/score-dev-ner.ts [--verbose] [--model FILE]`
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createDoc, type Doc, type Entity, type EntityType } from '../../src/nlp/doc.js';
import { createPipeline } from '../../src/nlp/pipeline.js';
import { toSpecJson } from '../../src/nlp/serialize.js';
import { parsePlainText } from '../../src/ingest/plain-text.js';
import { tokenizeStage } from '../../src/nlp/stages/tokenize.js';
import { createNerStage } from '../../src/nlp/stages/ner.js';
import { NerTagger } from '../../src/nlp/ner-tagger.js';

const args = process.argv.slice(2);
const model = args.includes('--model') ? args[args.indexOf('--model') + 1] : undefined;
const shared = resolve(import.meta.dirname, '../../../shared');
const goldDir = join(shared, 'gold/dev');
const out = mkdtempSync(join(tmpdir(), 'dossier-ner-dev-'));
const pipeline = createPipeline([tokenizeStage, createNerStage(NerTagger.load(model))]);

function groupMentions(doc: Doc): Entity[] {
  const mentions = doc.mentions ?? [];
  const text = (i: number) => doc.text.slice(mentions[i]!.start, mentions[i]!.end).replace(/['’]s$/, '');
  const groups = new Map<string, number[]>();
  mentions.forEach((_, i) => {
    const k = text(i).toLowerCase();
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const keys = [...groups.keys()];
  for (const k of keys) {
    if (k.includes(' ')) continue;
    const type = mentions[groups.get(k)![0]!]!.type;
    if (type !== 'PERSON' && type !== 'ORG') continue;
    const host = keys.find((o) => o !== k && groups.has(o) && (o.endsWith(` ${k}`) || o.startsWith(`${k} `)) && mentions[groups.get(o)![0]!]!.type === type);
    if (host) {
      groups.set(host, [...groups.get(host)!, ...groups.get(k)!]);
      groups.delete(k);
    }
  }
  return [...groups.values()].map((ms, n) => {
    const votes = new Map<EntityType, number>();
    for (const i of ms) votes.set(mentions[i]!.type, (votes.get(mentions[i]!.type) ?? 0) + 1);
    const type = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
    const longest = ms.reduce((a, b) => (text(b).length > text(a).length ? b : a));
    const m = mentions[longest]!;
    return { id: `e${n + 1}`, type, name: { start: m.start, end: m.start + text(longest).length }, mentions: ms, aliases: [], roles: [] };
  });
}

for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.txt'))) {
  const { text, published } = parsePlainText(readFileSync(join(goldDir, f), 'utf8'));
  const doc = pipeline.run(createDoc(text, { source: f, published }));
  const spec = toSpecJson({ ...doc, entities: groupMentions(doc) });
  writeFileSync(join(out, `${basename(f, '.txt')}.json`), JSON.stringify(spec, null, 1));
}
const r = spawnSync('node', [join(shared, 'eval/score.mjs'), '--gold', goldDir, '--pred', out, ...(args.includes('--verbose') ? ['--verbose'] : [])], { encoding: 'utf8' });
process.stdout.write(r.stdout.split('\n').filter((l) => args.includes('--verbose') || /entit|^\s+[A-Z]+\s/.test(l)).join('\n') + '\n');
console.log(`predictions in ${out}`);
