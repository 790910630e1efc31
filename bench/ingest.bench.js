// Ingest benchmark: the 9,089 AllSides articles (../shared/data/allsides-news) into a fresh
// database, then again to check that every article is unchanged. Reports seconds, articles/s,
// peak RSS, database size, where the time went, and a same-process baseline: reading and parsing
// the JSONL without extraction or storage, so the figures can be read as ratios on any machine.
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS } from '../dist/ingest/article.js';
import { expandPaths, readArticles } from '../dist/ingest/sources.js';
import { createDefaultPipeline } from '../dist/nlp/default-pipeline.js';
import { ingestPaths } from '../dist/services/ingest.js';
import { SqliteStore } from '../dist/store/sqlite-store.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.BENCH_CORPUS ?? join(root, '../shared/data/allsides-news/articles_2015-2020.jsonl');
if (!existsSync(corpus)) {
  console.log(`skipped: ${corpus} is absent (the benchmark reads ../shared)`);
  process.exit(0);
}
const EXPECTED = process.env.BENCH_CORPUS ? null : 9089;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const db = join(dir, 'bench.db');

try {
  // Baseline: read and parse every article, nothing else.
  let t = performance.now();
  let baselineArticles = 0;
  for await (const item of readArticles(await expandPaths([corpus]), DEFAULT_LIMITS)) if (item.kind === 'article') baselineArticles++;
  const baseline = (performance.now() - t) / 1000;

  const pipeline = createDefaultPipeline();
  const store = new SqliteStore(db);
  t = performance.now();
  const first = await ingestPaths([corpus], store, { pipeline });
  const seconds = (performance.now() - t) / 1000;
  const rssAfterFirst = process.resourceUsage().maxRSS * 1024;
  store.close(); // checkpoints the WAL into the database file
  const dbBytes = statSync(db).size;

  const again = new SqliteStore(db);
  t = performance.now();
  const second = await ingestPaths([corpus], again, { pipeline });
  const secondSeconds = (performance.now() - t) / 1000;
  again.close();

  const figures = {
    corpus,
    stages: pipeline.stages.map((s) => s.name),
    articles: first.articles,
    new: first.new,
    failed: first.failed,
    seconds: +seconds.toFixed(2),
    articles_per_second: Math.round(first.articles / seconds),
    time_split_seconds: first.timings,
    baseline_read_only_seconds: +baseline.toFixed(2),
    ingest_to_baseline_ratio: +(seconds / baseline).toFixed(1),
    peak_rss: mb(process.resourceUsage().maxRSS * 1024),
    peak_rss_after_first_run: mb(rssAfterFirst),
    database: mb(dbBytes),
    entities: first.entities,
    relations: first.relations,
    quotes: first.quotes,
    values: first.values,
    second_run: { seconds: +secondSeconds.toFixed(2), new: second.new, unchanged: second.unchanged, failed: second.failed },
  };
  console.log(JSON.stringify(figures, null, 2));
  const problems = [];
  if (first.failed) problems.push(`${first.failed} articles failed: ${first.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
  if (EXPECTED !== null && first.articles !== EXPECTED) problems.push(`read ${first.articles} articles, expected ${EXPECTED}`);
  if (baselineArticles !== first.articles) problems.push(`baseline read ${baselineArticles} articles, ingest ${first.articles}`);
  if (second.new !== 0 || second.failed !== 0 || second.unchanged !== first.articles) problems.push('the second run did not find every article unchanged');
  if (problems.length) {
    for (const p of problems) console.error(`FAIL: ${p}`);
    process.exitCode = 1;
  } else console.log('ok: no failures; second run all unchanged');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
