import type { Command } from 'commander';
import { rejectFact } from '../../services/curation.js';
import { out, printJson } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerReject(program: Command): void {
  program
    .command('reject')
    .description('mark a tie (r12) or a quote (q7) as wrong; it is hidden, also after reprocess')
    .argument('<fact>', 'the fact id, as `show`, `ties`, `quotes` and `money` print it')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((fact: string, opts: { db?: string; json?: boolean }) => {
      withDatabase(opts.db, (store) => {
        const c = rejectFact(store, fact);
        if (opts.json) printJson(c);
        else out(`correction #${c.id}: ${c.detail}`);
      });
    });
}
