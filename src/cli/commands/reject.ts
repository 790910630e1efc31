import type { Command } from 'commander';
import { rejectFact } from '../../services/curation.js';
import { out, printJson } from '../output.js';
import { openForReading } from './stats.js';

export function registerReject(program: Command): void {
  program
    .command('reject')
    .description('mark a tie (r12) or a quote (q7) as wrong; it is hidden, also after reprocess')
    .argument('<fact>', 'the fact id, as `show`, `ties`, `quotes` and `money` print it')
    .option('--db <file>', 'database file (default: $DOSSIER_DB or ./dossier.db)')
    .option('--json', 'print JSON')
    .action((fact: string, opts: { db?: string; json?: boolean }) => {
      const store = openForReading(opts.db);
      try {
        const c = rejectFact(store, fact);
        if (opts.json) printJson(c);
        else out(`correction #${c.id}: ${c.detail}`);
      } finally {
        store.close();
      }
    });
}
