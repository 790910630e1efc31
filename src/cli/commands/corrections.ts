import type { Command } from 'commander';
import { listCorrections } from '../../services/curation.js';
import { fitWidths, out, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerCorrections(program: Command): void {
  program
    .command('corrections')
    .description('the corrections people made (merge, split, rename, reject), oldest first')
    .option('--entity <name>', 'only those about this actor (a name or #ID)')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((opts: { entity?: string; db?: string; json?: boolean }) => {
      withDatabase(opts.db, (store) => {
        const list = listCorrections(store, opts.entity);
        if (opts.json) return printJson(list);
        if (!list.length) return out('no corrections');
        out(table(['#', 'kind', 'what', 'when'], list.map((c) => [c.id, c.kind, c.detail, c.createdAt.slice(0, 19).replace('T', ' ')]), fitWidths([6, 8, null, 21])));
      });
    });
}
