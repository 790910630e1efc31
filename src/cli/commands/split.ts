import type { Command } from 'commander';
import { splitActor } from '../../services/curation.js';
import { out, printJson } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerSplit(program: Command): void {
  program
    .command('split')
    .description('undo a merge: the articles that name ACTOR as NAME become a separate actor (kept across reprocess)')
    .argument('<actor>', 'the actor to split (a name or #ID)')
    .argument('<name>', 'the name, as the articles write it, that belongs to someone else')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((actor: string, name: string, opts: { db?: string; json?: boolean }) => {
      withDatabase(opts.db, (store) => {
        const r = splitActor(store, actor, name);
        if (opts.json) printJson(r);
        else out(`correction #${r.correction.id}: ${r.correction.detail}`);
      });
    });
}
