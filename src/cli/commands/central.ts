import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { central } from '../../services/graph-queries.js';
import { parseEntityType } from '../../services/queries.js';
import { out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerCentral(program: Command): void {
  program
    .command('central')
    .description('the most connected actors, by degree (distinct counterparts) or PageRank')
    .option('--type <type>', 'only PERSON, ORG, GPE, LOC or PRODUCT')
    .option('--by <measure>', 'degree or pagerank', 'degree')
    .option('--limit <n>', 'how many', '20')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((opts: { type?: string; by: string; limit: string; db?: string; json?: boolean }) => {
      const type = parseEntityType(opts.type);
      const limit = parseCount('--limit', opts.limit);
      if (opts.by !== 'degree' && opts.by !== 'pagerank') throw new UsageError(`--by must be degree or pagerank, not "${opts.by}"`);
      const by = opts.by;
      withDatabase(opts.db, (store) => {
        const r = central(store, { type, by, limit });
        if (opts.json) return printJson(r);
        if (!r.length) return out('no ties yet');
        out(table(['#', 'actor', 'type', 'counterparts', by],
          r.map((c, i) => [i + 1, `${c.actor.name} [#${c.actor.id}]`, c.actor.type, c.degree, by === 'pagerank' ? c.score.toFixed(4) : c.score])));
      });
    });
}
