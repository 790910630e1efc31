import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { DEFAULT_LIMITS, type InputLimits } from '../../ingest/article.js';
import { UsageError } from '../../errors.js';
import { ingestPaths, type IngestSummary } from '../../services/ingest.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { dbPath, out, parseCount, parseSizeFlag, printJson, table } from '../output.js';
import { DB_OPTION } from '../database.js';

export interface LimitFlags {
  maxFileSize: string;
  maxArticleSize: string;
}

export function addLimitFlags(cmd: Command): Command {
  return cmd
    .option('--max-file-size <size>', 'largest input file (e.g. 256MB)', '256MB')
    .option('--max-article-size <chars>', 'largest article text, in characters (e.g. 1000000 or 1M)', String(DEFAULT_LIMITS.maxArticleChars));
}

export function limitsFrom(opts: LimitFlags): InputLimits {
  return { maxFileBytes: parseSizeFlag('--max-file-size', opts.maxFileSize), maxArticleChars: parseSizeFlag('--max-article-size', opts.maxArticleSize) };
}

export function summaryTable(s: IngestSummary): string {
  return table(
    ['new', 'unchanged', 'failed', 'skipped', 'entities', 'relations', 'quotes', 'values', 'seconds'],
    [[s.new, s.unchanged, s.failed, s.skipped, s.entities, s.relations, s.quotes, s.values, s.seconds.toFixed(2)]],
  );
}

/** A progress bar on a terminal (stderr), nothing on a pipe; errors printed above the bar. */
export function progressReporter(enabled: boolean) {
  const multi = enabled
    ? new cliProgress.MultiBar(
        {
          stream: process.stderr,
          format: ' {bar} {percentage}% | {articles} articles: {new} new, {unchanged} unchanged, {failed} failed | {duration_formatted}',
          hideCursor: true,
          clearOnComplete: true,
          fps: 8,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let bar: cliProgress.SingleBar | null = null;
  return {
    progress(p: { bytesDone: number; bytesTotal: number; articles: number; new: number; unchanged: number; failed: number }) {
      if (!multi) return;
      const payload = { articles: p.articles, new: p.new, unchanged: p.unchanged, failed: p.failed };
      bar ??= multi.create(Math.max(1, p.bytesTotal), 0, payload);
      bar.update(Math.min(p.bytesDone, p.bytesTotal), payload);
    },
    line(text: string) {
      if (multi) multi.log(`${text}\n`);
      else process.stderr.write(`${text}\n`);
    },
    stop() {
      multi?.stop();
    },
  };
}

function parseWorkers(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) > 64) throw new UsageError(`--workers must be auto or a whole number from 0 to 64, not "${value}"`);
  return Number(value);
}

export function registerIngest(program: Command): void {
  addLimitFlags(
    program
      .command('ingest')
      .description('read articles (.txt, .html, .jsonl, RSS/Atom, directories) and store every fact with its sentence')
      .argument('<paths...>', 'files or directories to read')
      .option(...DB_OPTION),
  )
    .option('--batch <n>', 'articles per write transaction', '64')
    .option('--workers <n>', 'extraction threads: a number, 0 for none, or auto (every core for large inputs)', 'auto')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: LimitFlags & { db?: string; batch: string; workers: string; json?: boolean }) => {
      const limits = limitsFrom(opts);
      const batchSize = parseCount('--batch', opts.batch);
      const workers = parseWorkers(opts.workers);
      const store = new SqliteStore(dbPath(opts.db));
      const report = progressReporter(process.stderr.isTTY === true && !process.env.CI);
      try {
        const summary = await ingestPaths(paths, store, {
          limits,
          batchSize,
          workers,
          onProgress: (p) => report.progress(p),
          onError: (e) => report.line(e.toLine()),
        });
        report.stop();
        if (opts.json) printJson({ db: store.path, ...summary });
        else {
          out(summaryTable(summary));
          out(`${summary.new + summary.unchanged} of ${summary.articles} articles in ${store.path}; ${summary.failed} failed.`);
        }
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        report.stop();
        store.close();
      }
    });
}
