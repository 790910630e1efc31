import type { Command } from 'commander';
import { reprocessAll } from '../../services/reprocess.js';
import { out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description("re-extract every stored article with this Dossier's pipeline, replacing its facts; corrections are kept")
    .option('--batch <n>', 'articles per write transaction', '64')
    .option(...DB_OPTION)
    .option('--json', 'print the summary as JSON')
    .action((opts: { batch: string; db?: string; json?: boolean }) => {
      const batchSize = parseCount('--batch', opts.batch);
      withDatabase(opts.db, (store) => {
        const s = reprocessAll(store, { batchSize, onError: (e) => process.stderr.write(`${e.toLine()}\n`) });
        if (opts.json) printJson(s);
        else out(table(['articles', 'replaced', 'failed', 'seconds'], [[s.articles, s.replaced, s.failed, s.seconds.toFixed(2)]]));
        if (s.failed) process.exitCode = 1;
      });
    });
}
