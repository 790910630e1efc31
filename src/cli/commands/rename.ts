import type { Command } from 'commander';
import { renameActor } from '../../services/curation.js';
import { out, printJson } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerRename(program: Command): void {
  program
    .command('rename')
    .description("change an actor's display name (stored as a correction, kept across reprocess)")
    .argument('<actor>', 'a name or #ID')
    .argument('<name>', 'the new name')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((actor: string, name: string, opts: { db?: string; json?: boolean }) => {
      withDatabase(opts.db, (store) => {
        const c = renameActor(store, actor, name);
        if (opts.json) printJson(c);
        else out(`correction #${c.id}: ${c.detail}`);
      });
    });
}
