import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { EXPORT_FORMATS, FORMAT_HOLDS, runExport } from '../../services/export/index.js';
import { RELATION_TYPES } from '../../nlp/doc.js';
import { printJson } from '../output.js';
import { DB_OPTION, openForReading } from '../database.js';

interface ExportFlags {
  format: string;
  out?: string;
  entity?: string;
  depth?: string;
  type?: string;
  since?: string;
  db?: string;
  json?: boolean;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph, with every fact\'s sentence and article, for other tools: FollowTheMoney, GraphML, GEXF, CSV, JSON-LD')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--out <path>', 'file to write (csv: a folder); default stdout')
    .option('--entity <name>', 'only this actor (a name or #ID) and its neighbourhood')
    .option('--depth <n>', 'with --entity: ties away from it (default 1)')
    .option('--type <type>', `only ties of this type (${RELATION_TYPES.join(', ')})`)
    .option('--since <date>', 'only facts from articles published on or after this date (YYYY-MM-DD)')
    .option(...DB_OPTION)
    .option('--json', 'print the summary as JSON (on stderr when the export goes to stdout)')
    .action(async (opts: ExportFlags) => {
      let depth: number | undefined;
      if (opts.depth !== undefined) {
        if (!/^\d+$/.test(opts.depth)) throw new UsageError(`--depth must be a whole number from 0 to 10, not "${opts.depth}"`);
        depth = Number(opts.depth);
      }
      const store = openForReading(opts.db);
      try {
        let r;
        try {
          r = await runExport(store, { format: opts.format, out: opts.out, entity: opts.entity, depth, type: opts.type, since: opts.since });
        } catch (e) {
          // The reader of stdout stopped (`| head`): not an error of the export.
          if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
          throw e;
        }
        const c = r.counts;
        if (opts.json && r.out) return printJson(r);
        const parts = [
          `${c.actors} actors`,
          `${c.ties} ties (${c.sources} sources)${c.skipped ? `, ${c.skipped} ties without an object left out` : ''}`,
          ...FORMAT_HOLDS[r.format].map((k) => `${c[k]} ${k}`),
        ];
        const line = opts.json ? JSON.stringify(r) : `exported ${parts.join(', ')} as ${r.format} to ${r.out ?? 'stdout'}`;
        process.stderr.write(`${line}\n`);
      } finally {
        store.close();
      }
    });
}
