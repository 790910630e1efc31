import type { Command } from 'commander';
import { listActors, parseEntityType } from '../../services/queries.js';
import { dbPath, fitWidths, out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('the actors in the database, most mentioned first')
    .option('--type <type>', 'only PERSON, ORG, GPE, LOC or PRODUCT')
    .option('--limit <n>', 'how many', '25')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((opts: { type?: string; limit: string; db?: string; json?: boolean }) => {
      const type = parseEntityType(opts.type);
      const limit = parseCount('--limit', opts.limit);
      withDatabase(opts.db, (store) => {
        const actors = listActors(store, { type, limit });
        if (opts.json) return printJson(actors);
        if (!actors.length) return out(`no entities in ${dbPath(opts.db)}${type ? ` of type ${type}` : ''}`);
        out(table(['id', 'name', 'type', 'articles', 'mentions', 'also known as'],
          actors.map((a) => [`#${a.id}`, a.name, a.type, a.documents, a.mentions, a.aliases.slice(0, 5).join(', ')]),
          fitWidths([8, 28, 9, 10, 10, null])));
      });
    });
}
