import type { Command } from 'commander';
import { formatBytes } from '../../ingest/article.js';
import { storeStats } from '../../services/queries.js';
import { out, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('what the database holds')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((opts: { db?: string; json?: boolean }) => {
      withDatabase(opts.db, (store) => {
        const s = storeStats(store);
        if (opts.json) return printJson(s);
        const byType = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${k} ${n}`).join(', ');
        out(table(['', ''], [
          ['database', `${s.path} (${formatBytes(s.bytes)})`],
          ['articles', `${s.documents}${s.firstPublished ? ` (${s.firstPublished} to ${s.lastPublished})` : ''}`],
          ['sentences', s.sentences],
          ['actors', `${s.actors}${s.actors ? ` (${byType(s.actorsByType)})` : ''}`],
          ['mentions', s.entityMentions],
          ['values', s.values],
          ['relations', `${s.relations}${s.relations ? ` (${byType(s.relationsByType)})` : ''}`],
          ['ties', s.edges],
          ['quotes', s.quotes],
        ]));
      });
    });
}
