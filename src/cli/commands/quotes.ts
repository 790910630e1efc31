import type { Command } from 'commander';
import { listQuotes } from '../../services/graph-queries.js';
import { quoteText, speakerOf } from '../graph-format.js';
import { cite, fitWidths, out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('quotes and reported speech, each with its sentence and article')
    .option('--by <name>', 'said by this actor (a name or #ID)')
    .option('--about <name>', 'about this actor (a name or #ID)')
    .option('--limit <n>', 'how many', '25')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((opts: { by?: string; about?: string; limit: string; db?: string; json?: boolean }) => {
      const limit = parseCount('--limit', opts.limit);
      withDatabase(opts.db, (store) => {
        const quotes = listQuotes(store, { by: opts.by, about: opts.about, limit });
        if (opts.json) return printJson(quotes);
        if (!quotes.length) return out('no quotes match');
        out(table(['id', 'speaker', 'said', 'evidence'], quotes.map((q) => [q.factId ?? `q${q.id}`, speakerOf(q), quoteText(q), cite(q.evidence)]), fitWidths([7, 20, null, null])));
      });
    });
}
