import type { Command } from 'commander';
import { formatBytes } from '../../ingest/article.js';
import { storeStats } from '../../services/queries.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { dbPath, out, printJson, table } from '../output.js';

/** Opens an existing database for a command that reads. */
export function openForReading(db: string | undefined): SqliteStore {
  return new SqliteStore(dbPath(db), { mustExist: true });
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('what the database holds')
    .option('--db <file>', 'database file (default: $DOSSIER_DB or ./dossier.db)')
    .option('--json', 'print JSON')
    .action((opts: { db?: string; json?: boolean }) => {
      const store = openForReading(opts.db);
      try {
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
      } finally {
        store.close();
      }
    });
}
