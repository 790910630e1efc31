import type { Command } from 'commander';
import { reprocessAll } from '../../services/reprocess.js';
import { out, parseCount, printJson, table } from '../output.js';
import { openForReading } from './stats.js';

export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description("re-extract every stored article with this Dossier's pipeline, replacing its facts; corrections are kept")
    .option('--batch <n>', 'articles per write transaction', '64')
    .option('--db <file>', 'database file (default: $DOSSIER_DB or ./dossier.db)')
    .option('--json', 'print the summary as JSON')
    .action((opts: { batch: string; db?: string; json?: boolean }) => {
      const batchSize = parseCount('--batch', opts.batch);
      const store = openForReading(opts.db);
      try {
        const s = reprocessAll(store, { batchSize, onError: (e) => process.stderr.write(`${e.toLine()}\n`) });
        if (opts.json) printJson(s);
        else out(table(['articles', 'replaced', 'failed', 'seconds'], [[s.articles, s.replaced, s.failed, s.seconds.toFixed(2)]]));
        if (s.failed) process.exitCode = 1;
      } finally {
        store.close();
      }
    });
}
