import type { Command } from 'commander';
import { listTies } from '../../services/graph-queries.js';
import { bestEvidence, seen, tieDetail, tieLabel } from '../graph-format.js';
import { fitWidths, out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerTies(program: Command): void {
  program
    .command('ties')
    .description('ties across articles, one per (subject, type, object), with every source; most sourced first')
    .option('--type <type>', 'only ties of this type (position, funds, pledges, sues, met_with, ...)')
    .option('--entity <name>', 'only ties of this actor (a name or #ID)')
    .option('--limit <n>', 'how many', '25')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((opts: { type?: string; entity?: string; limit: string; db?: string; json?: boolean }) => {
      const limit = parseCount('--limit', opts.limit);
      withDatabase(opts.db, (store) => {
        const ties = listTies(store, { type: opts.type, entity: opts.entity, limit });
        if (opts.json) return printJson(ties);
        if (!ties.length) return out('no ties match');
        out(table(['tie', 'seen', 'detail', 'best evidence'], ties.map((t) => [tieLabel(t), seen(t), tieDetail(t), bestEvidence(t)]), fitWidths([38, 24, 20, null])));
      });
    });
}
