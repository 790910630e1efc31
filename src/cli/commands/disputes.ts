import type { Command } from 'commander';
import { listDisputes } from '../../services/graph-queries.js';
import { quoteText, speakerOf, targetCell } from '../graph-format.js';
import { cite, fitWidths, out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerDisputes(program: Command): void {
  program
    .command('disputes')
    .description('claims that dispute other claims or facts, both sides with their sentences')
    .option('--entity <name>', 'only disputes involving this actor (a name or #ID)')
    .option('--limit <n>', 'how many', '50')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((opts: { entity?: string; limit: string; db?: string; json?: boolean }) => {
      const limit = parseCount('--limit', opts.limit);
      withDatabase(opts.db, (store) => {
        const disputes = listDisputes(store, { entity: opts.entity, limit });
        if (opts.json) return printJson(disputes);
        if (!disputes.length) return out('no disputes found');
        out(table(['claim', 'disputes'], disputes.map((d) => [`${speakerOf(d.claim)}: ${quoteText(d.claim)}\n${cite(d.claim.evidence)}`, targetCell(d.target)]), fitWidths([null, null])));
      });
    });
}
