// Scale of the graph across articles: the AllSides articles plus the BBC and PolNeAR texts
// (../shared/data), ingested with extraction in worker threads and one writer.
// Reports: articles/s in-thread and with 1 and 2 workers on a sample (and the ratios), then the full corpus
// with 1 and 2 workers (articles/s, their ratio, peak RSS, database size) and the first half of it
// with 2 (peak RSS), so that "twice the corpus needs less than twice the memory" can be read off.
// Each run is its own child process so that its peak memory is its own.
//   npm run bench -- graph-scale [--sample 2400] [--quick] [--keep FILE]
// The sample is large enough for the JIT's warm-up (each worker compiles the pipeline afresh, a few
// seconds of CPU) not to decide the ratios; with 400 articles it did.
// --quick skips the full and half runs; --keep keeps the full database (for `bench -- queries`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '../../shared/data');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const mb = (n) => +(n / 1024 / 1024).toFixed(1);

if (process.argv[2] === '--child') {
  // Child: ingest one JSONL file with N workers into a fresh database; print figures as JSON.
  const [, , , input, db, workers] = process.argv;
  const { ingestPaths } = await import('../dist/services/ingest.js');
  const { SqliteStore } = await import('../dist/store/sqlite-store.js');
  const store = new SqliteStore(db);
  const t = performance.now();
  const s = await ingestPaths([input], store, { workers: Number(workers), batchSize: 64 });
  const seconds = (performance.now() - t) / 1000;
  store.close();
  console.log(JSON.stringify({ articles: s.articles, new: s.new, failed: s.failed, seconds, maxRSS: process.resourceUsage().maxRSS * 1024, dbBytes: statSync(db).size, timings: s.timings }));
  process.exit(0);
}

const allsides = join(data, 'allsides-news/articles_2015-2020.jsonl');
if (!existsSync(allsides)) {
  console.log(`skipped: ${allsides} is absent (the benchmark reads ../shared)`);
  process.exit(0);
}

function textsUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...textsUnder(p));
    else if (e.name.endsWith('.txt') && !/readme/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

// One JSONL of the whole corpus, so that halves and samples are line ranges of it.
const dir = mkdtempSync(join(tmpdir(), 'dossier-graph-scale-'));
const lines = readFileSync(allsides, 'utf8').split('\n').filter((l) => l.trim());
for (const f of textsUnder(join(data, 'bbc-news-2005'))) {
  const [title, ...rest] = readFileSync(f, 'utf8').split('\n');
  lines.push(JSON.stringify({ text: rest.join('\n').trim(), title: title.trim(), source: 'bbc-news-2005' }));
}
for (const split of ['train', 'dev', 'test']) {
  const d = join(data, 'polnear', split, 'text');
  if (existsSync(d)) for (const f of textsUnder(d)) lines.push(JSON.stringify({ text: readFileSync(f, 'utf8'), source: `polnear/${split}` }));
}
const slice = (name, n) => {
  const p = join(dir, `${name}.jsonl`);
  writeFileSync(p, `${lines.slice(0, n).join('\n')}\n`);
  return p;
};

function run(input, workers, label) {
  const db = join(dir, `${label}.db`);
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', input, db, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
  const f = JSON.parse(r.stdout.trim().split('\n').pop());
  console.error(`${label}: ${f.articles} articles in ${f.seconds.toFixed(1)} s`);
  return { ...f, db };
}

try {
  const sampleSize = Number(arg('--sample', '2400'));
  const sample = slice('sample', sampleSize);
  const none = run(sample, 0, 'sample-in-thread');
  const one = run(sample, 1, 'sample-1-worker');
  const two = run(sample, 2, 'sample-2-workers');
  const figures = {
    corpus_articles: lines.length,
    sample: {
      articles: one.articles,
      // In-thread: extraction and writing take turns on one core. One worker: the main thread
      // reads and writes while the worker extracts, so it already uses more than one core.
      in_thread_articles_per_second: +(none.articles / none.seconds).toFixed(2),
      one_worker_articles_per_second: +(one.articles / one.seconds).toFixed(2),
      two_workers_articles_per_second: +(two.articles / two.seconds).toFixed(2),
      two_to_one_ratio: +(one.seconds / two.seconds).toFixed(2),
      two_to_in_thread_ratio: +(none.seconds / two.seconds).toFixed(2),
      peak_rss_mb: { in_thread: mb(none.maxRSS), one: mb(one.maxRSS), two: mb(two.maxRSS) },
    },
  };
  const problems = [];
  if (none.failed || one.failed || two.failed) problems.push(`${one.failed + two.failed} articles failed in the sample`);
  if (!process.argv.includes('--quick')) {
    const half = run(slice('half', Math.ceil(lines.length / 2)), 2, 'half');
    const fullInput = slice('full', lines.length);
    const fullOne = run(fullInput, 1, 'full-1-worker');
    const full = run(fullInput, 2, 'full');
    figures.load_average_1min_at_end = +loadavg()[0].toFixed(2);
    figures.half = { articles: half.articles, seconds: +half.seconds.toFixed(1), peak_rss_mb: mb(half.maxRSS), database_mb: mb(half.dbBytes) };
    figures.full = {
      articles: full.articles,
      failed: full.failed,
      seconds: +full.seconds.toFixed(1),
      articles_per_second: +(full.articles / full.seconds).toFixed(2),
      one_worker_seconds: +fullOne.seconds.toFixed(1),
      two_to_one_ratio: +(fullOne.seconds / full.seconds).toFixed(2),
      peak_rss_mb: mb(full.maxRSS),
      database_mb: mb(full.dbBytes),
      time_split_seconds: full.timings,
    };
    figures.full_to_half_peak_rss_ratio = +(full.maxRSS / half.maxRSS).toFixed(2);
    if (full.failed) problems.push(`${full.failed} articles failed in the full run`);
    if (figures.full_to_half_peak_rss_ratio >= 2) problems.push('twice the corpus needed twice the memory');
    const keep = arg('--keep', null);
    if (keep) {
      copyFileSync(full.db, keep);
      figures.kept = keep;
    }
  }
  console.log(JSON.stringify(figures, null, 2));
  if (problems.length) {
    for (const p of problems) console.error(`FAIL: ${p}`);
    process.exitCode = 1;
  } else console.log('ok');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
