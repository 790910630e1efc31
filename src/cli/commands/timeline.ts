import type { Command } from 'commander';
import { timeline } from '../../services/graph-queries.js';
import { parseEntityType } from '../../services/queries.js';
import { cite, fitWidths, heading, out, printJson, table } from '../output.js';
import { DB_OPTION, withDatabase } from '../database.js';

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description("one actor's ties and quotes in date order (stated dates, else the article's)")
    .argument('<name>', 'a name the actor is known by, or #ID')
    .option('--type <type>', 'only PERSON, ORG, GPE, LOC or PRODUCT')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action((name: string, opts: { type?: string; db?: string; json?: boolean }) => {
      const type = parseEntityType(opts.type);
      withDatabase(opts.db, (store) => {
        const r = timeline(store, name, type);
        if (opts.json) return printJson(r);
        out(heading(`${r.actor.name} (${r.actor.type} #${r.actor.id})`));
        if (!r.entries.length) return out('nothing dated');
        out(table(['date', 'what', 'evidence'], r.entries.map((e) => [`${e.date}${e.dated === 'published' ? '\n(published)' : ''}`, e.summary, e.evidence ? cite(e.evidence) : '']), fitWidths([13, 34, null])));
      });
    });
}
