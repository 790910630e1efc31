import type { Command } from 'commander';
import { moneyFlows } from '../../services/graph-queries.js';
import { money } from '../graph-format.js';
import { cite, fitWidths, heading, out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerMoney(program: Command): void {
  program
    .command('money')
    .description('pledges, funding, acquisitions: amounts per source, sums per actor, conflicts flagged')
    .option('--entity <name>', 'only money to or from this actor (a name or #ID)')
    .option('--limit <n>', 'how many ties', '50')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((opts: { entity?: string; limit: string; db?: string; json?: boolean }) => {
      const limit = parseCount('--limit', opts.limit);
      withDatabase(opts.db, (store) => {
        const r = moneyFlows(store, { entity: opts.entity, limit });
        if (opts.json) return printJson(r);
        if (!r.flows.length) return out('no money found');
        out(table(['from', 'tie', 'to', 'amount per source', 'evidence'], r.flows.map((f) => [
          f.from.name,
          f.type,
          f.to?.name ?? '(no one named)',
          `${f.sources.map((s) => `${money(s.amount)} [${s.factId}]`).join('\n')}${f.conflict ? '\nCONFLICT (amounts differ)' : ''}`,
          f.sources.map((s) => cite(s.evidence)).join('\n'),
        ]), fitWidths([18, 9, 18, 28, null])));
        out(heading(`\nsums per actor${r.conflicts ? ` (${r.conflicts} conflict${r.conflicts === 1 ? '' : 's'}: the amount most sources give is counted)` : ''}`));
        out(table(['actor', 'currency', 'out', 'in'], r.totals.map((t) => [t.actor.name, t.currency, t.out.toLocaleString('en-US'), t.in.toLocaleString('en-US')])));
      });
    });
}
