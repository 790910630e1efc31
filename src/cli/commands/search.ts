import type { Command } from 'commander';
import { searchStore } from '../../services/queries.js';
import { cite, fitWidths, heading, out, parseCount, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over sentences, and over entity names')
    .argument('<text...>', 'words to find (all of them, in any order)')
    .option('--limit <n>', 'how many sentences', '20')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((words: string[], opts: { limit: string; db?: string; json?: boolean }) => {
      const limit = parseCount('--limit', opts.limit);
      withDatabase(opts.db, (store) => {
        const r = searchStore(store, words.join(' '), limit);
        if (opts.json) return printJson(r);
        if (!r.actors.length && !r.sentences.length) return out(`nothing matches "${words.join(' ')}"`);
        if (r.actors.length) {
          out(heading('entities'));
          out(table(['id', 'name', 'type', 'articles'], r.actors.map((a) => [`#${a.id}`, a.name, a.type, a.documents])));
        }
        if (r.sentences.length) {
          out(heading('sentences'));
          out(table(['sentence'], r.sentences.map((h) => [cite(h)]), fitWidths([null])));
        }
      });
    });
}
