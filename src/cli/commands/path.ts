import type { Command } from 'commander';
import { findPath } from '../../services/graph-queries.js';
import { cite, fitWidths, heading, out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerPath(program: Command): void {
  program
    .command('path')
    .description('the shortest chains of ties between two actors, each hop with its evidence')
    .argument('<a>', 'a name or #ID')
    .argument('<b>', 'a name or #ID')
    .option('--max <n>', 'how many chains at most', '5')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((a: string, b: string, opts: { max: string; db?: string; json?: boolean }) => {
      const maxPaths = parseCount('--max', opts.max);
      withDatabase(opts.db, (store) => {
        const r = findPath(store, a, b, { maxPaths });
        if (opts.json) return printJson(r);
        if (r.length === null || !r.paths.length) return out(`no chain of ties joins ${r.from.name} and ${r.to.name}`);
        r.paths.forEach((p, i) => {
          out(heading(`${i ? '\n' : ''}chain ${i + 1} (${r.length} hop${r.length === 1 ? '' : 's'}): ${[p[0]!.from.name, ...p.map((h) => h.to.name)].join(' → ')}`));
          out(table(['hop', 'evidence'], p.map((h) => [
            `${h.direction === 'forward' ? `${h.from.name} —${h.type}→ ${h.to.name}` : `${h.to.name} —${h.type}→ ${h.from.name}`}\n${h.count} source${h.count === 1 ? '' : 's'} [${h.factId}]`,
            cite(h.evidence),
          ]), fitWidths([34, null])));
        });
      });
    });
}
