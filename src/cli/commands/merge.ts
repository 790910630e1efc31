import type { Command } from 'commander';
import { mergeActors } from '../../services/curation.js';
import { out, printJson } from '../output.js';
import { openForReading } from './stats.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('join two actors the machine kept apart (stored as a correction, kept across reprocess)')
    .argument('<keep>', 'the actor to keep (a name or #ID)')
    .argument('<other>', 'the actor merged into it (a name or #ID)')
    .option('--db <file>', 'database file (default: $DOSSIER_DB or ./dossier.db)')
    .option('--json', 'print JSON')
    .action((keep: string, other: string, opts: { db?: string; json?: boolean }) => {
      const store = openForReading(opts.db);
      try {
        const c = mergeActors(store, keep, other);
        if (opts.json) printJson(c);
        else out(`correction #${c.id}: ${c.detail}`);
      } finally {
        store.close();
      }
    });
}
