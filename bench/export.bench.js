// Export benchmark: every format of `dossier export` on the database BENCH_DB (for instance the
// AllSides corpus: `node bin/dossier.js ingest ../shared/data/allsides-news/articles_2015-2020.jsonl
// --db /tmp/allsides.db`), twice: the newer half of the graph (--since the median publication date)
// and the whole graph. Each run is its own process, so its peak RSS is its own. Reports seconds,
// peak RSS, output size and counts, the peak RSS of a process that only opens the store (the
// baseline), and full/half ratios: streaming means memory stays flat while the output doubles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const mb = (n) => +(n / 1024 / 1024).toFixed(1);
const self = fileURLToPath(import.meta.url);

// ---- child: one export (or the baseline) in this process ----
if (process.argv[2] === '--child') {
  const [, , , format, since, out] = process.argv;
  const { SqliteStore } = await import('../dist/store/sqlite-store.js');
  const { runExport } = await import('../dist/services/export/index.js');
  const store = new SqliteStore(process.env.BENCH_DB, { mustExist: true });
  const t = performance.now();
  let counts = null;
  if (format !== 'baseline') {
    counts = (await runExport(store, { format, out, ...(since === '-' ? {} : { since }) })).counts;
  }
  const seconds = (performance.now() - t) / 1000;
  store.close();
  process.stdout.write(JSON.stringify({ seconds, rss: process.resourceUsage().maxRSS * 1024, counts }));
  process.exit(0);
}

// ---- parent ----
const db = process.env.BENCH_DB;
if (!db || !existsSync(db)) {
  console.log(`skipped: set BENCH_DB to a Dossier database (${db ? `${db} is absent` : 'not set'})`);
  process.exit(0);
}
const formats = (process.env.BENCH_FORMATS ?? 'ftm,graphml,gexf,csv,jsonld').split(',');
const dir = mkdtempSync(join(tmpdir(), 'dossier-export-bench-'));

function child(format, since, out) {
  const r = spawnSync(process.execPath, [self, '--child', format, since, out], { encoding: 'utf8', env: process.env, maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${format} export failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function size(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((n, f) => n + statSync(join(path, f)).size, 0) : s.size;
}

try {
  const Database = (await import('better-sqlite3')).default;
  const raw = new Database(db, { readonly: true });
  const { n } = raw.prepare('SELECT COUNT(*) AS n FROM documents WHERE published IS NOT NULL').get();
  const median = raw.prepare('SELECT published FROM documents WHERE published IS NOT NULL ORDER BY published LIMIT 1 OFFSET ?').pluck().get(Math.floor(n / 2));
  raw.close();

  const baseline = child('baseline', '-', join(dir, 'none'));
  const rows = [];
  for (const format of formats) {
    const result = {};
    for (const [part, since] of [['half', median], ['full', '-']]) {
      const out = join(dir, `${part}.${format}`);
      const r = child(format, since, out);
      result[part] = { seconds: +r.seconds.toFixed(2), peak_rss_mb: mb(r.rss), output_mb: mb(size(out)), ...r.counts };
      rmSync(out, { recursive: true, force: true });
    }
    rows.push({
      format,
      ...result,
      output_full_to_half: +(result.full.output_mb / result.half.output_mb).toFixed(2),
      rss_full_to_half: +(result.full.peak_rss_mb / result.half.peak_rss_mb).toFixed(2),
      rss_above_baseline_mb: +(result.full.peak_rss_mb - mb(baseline.rss)).toFixed(1),
    });
  }
  console.log(`database ${db}; half = articles published on or after ${median}`);
  console.log(`baseline (open the store, export nothing): peak RSS ${mb(baseline.rss)} MB`);
  console.log('format    half: s   RSS MB   out MB | full: s   RSS MB   out MB  actors    ties  sources  quotes | out x  RSS x');
  for (const r of rows) {
    const h = r.half;
    const f = r.full;
    console.log(`${r.format.padEnd(8)} ${String(h.seconds).padStart(8)} ${String(h.peak_rss_mb).padStart(8)} ${String(h.output_mb).padStart(8)} | `
      + `${String(f.seconds).padStart(7)} ${String(f.peak_rss_mb).padStart(8)} ${String(f.output_mb).padStart(8)} ${String(f.actors).padStart(7)} `
      + `${String(f.ties).padStart(7)} ${String(f.sources).padStart(8)} ${String(f.quotes).padStart(7)} | ${String(r.output_full_to_half).padStart(5)} ${String(r.rss_full_to_half).padStart(6)}`);
  }
  console.log(JSON.stringify({ db, median, baseline_rss_mb: mb(baseline.rss), formats: rows }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
