import type { Command } from 'commander';
import { renameActor } from '../../services/curation.js';
import { out, printJson } from '../output.js';
import { openForReading } from './stats.js';

export function registerRename(program: Command): void {
  program
    .command('rename')
    .description("change an actor's display name (stored as a correction, kept across reprocess)")
    .argument('<actor>', 'a name or #ID')
    .argument('<name>', 'the new name')
    .option('--db <file>', 'database file (default: $DOSSIER_DB or ./dossier.db)')
    .option('--json', 'print JSON')
    .action((actor: string, name: string, opts: { db?: string; json?: boolean }) => {
      const store = openForReading(opts.db);
      try {
        const c = renameActor(store, actor, name);
        if (opts.json) printJson(c);
        else out(`correction #${c.id}: ${c.detail}`);
      } finally {
        store.close();
      }
    });
}
