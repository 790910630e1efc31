import type { Command } from 'commander';
import { mergeActors } from '../../services/curation.js';
import { out, printJson } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('join two actors the machine kept apart (stored as a correction, kept across reprocess)')
    .argument('<keep>', 'the actor to keep (a name or #ID)')
    .argument('<other>', 'the actor merged into it (a name or #ID)')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((keep: string, other: string, opts: { db?: string; json?: boolean }) => {
      withDatabase(opts.db, (store) => {
        const c = mergeActors(store, keep, other);
        if (opts.json) printJson(c);
        else out(`correction #${c.id}: ${c.detail}`);
      });
    });
}
