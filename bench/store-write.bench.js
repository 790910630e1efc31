// The store's share of ingest, alone: the first N AllSides articles are extracted once (in this
// thread, not timed), then written in batches of 64 as ingest does, into a fresh database and, with
// --db FILE, into a copy of that (large) database under new article ids, where cross-article
// resolution has many candidates to weigh. Reports ms and CPU ms per article and peak RSS.
//   npm run bench -- store-write [--sample 500] [--db FILE]
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS } from '../dist/ingest/article.js';
import { expandPaths, readArticles } from '../dist/ingest/sources.js';
import { createDefaultPipeline } from '../dist/nlp/default-pipeline.js';
import { createDoc } from '../dist/nlp/doc.js';
import { SqliteStore } from '../dist/store/sqlite-store.js';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const allsides = join(here, '../../shared/data/allsides-news/articles_2015-2020.jsonl');
if (!existsSync(allsides)) {
  console.log(`skipped: ${allsides} is absent (the benchmark reads ../shared)`);
  process.exit(0);
}
const sample = Number(arg('--sample', '500'));
const big = arg('--db', null);
const pipeline = createDefaultPipeline();
const docs = [];
// Read as ingest reads (metadata, dates), extracted with the default pipeline.
for await (const item of readArticles(await expandPaths([allsides]), DEFAULT_LIMITS)) {
  if (item.kind !== 'article') continue;
  const a = item.article;
  docs.push(pipeline.run(createDoc(a.text, { source: a.source, title: a.title, url: a.url, published: a.published })));
  if (docs.length >= sample) break;
}

function writeAll(db, renamed) {
  const store = new SqliteStore(db);
  const batch = docs.map((doc) => ({ doc: renamed ? { ...doc, id: `${doc.id.slice(0, 56)}${'f'.repeat(8)}` } : doc, origin: doc.meta.source }));
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  let stored = 0;
  for (let i = 0; i < batch.length; i += 64) stored += store.write(batch.slice(i, i + 64)).filter((o) => o.status === 'new').length;
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  store.close();
  return { articles: stored, ms_per_article: +(ms / batch.length).toFixed(2), cpu_ms_per_article: +((cpu.user + cpu.system) / 1000 / batch.length).toFixed(2) };
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-store-write-'));
try {
  const figures = { sample: docs.length, fresh: writeAll(join(dir, 'fresh.db'), false) };
  if (big) {
    const copy = join(dir, 'big.db');
    copyFileSync(big, copy);
    figures.into_db = { db: big, ...writeAll(copy, true) };
  }
  figures.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify(figures, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
