import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import { expandPaths } from '../../ingest/sources.js';
import { extractPaths } from '../../services/extract.js';
import { out, printJson } from '../output.js';
import { addLimitFlags, limitsFrom, type LimitFlags } from './ingest.js';

export function registerExtract(program: Command): void {
  addLimitFlags(
    program
      .command('extract')
      .description('extract entities, values, relations and quotes to SPEC JSON, without a database')
      .argument('<files...>', 'articles to read (.txt, .html, .jsonl, feeds, directories)')
      .option('--format <format>', 'output format (json)', 'json')
      .option('--out <dir>', 'write DIR/NAME.json for each input NAME.txt / NAME.html (stdout when absent)'),
  )
    .option('--json', 'with --out: print the list of files written as JSON')
    .action(async (files: string[], opts: LimitFlags & { format: string; out?: string; json?: boolean }) => {
      if (opts.format !== 'json') throw new UsageError(`unknown --format "${opts.format}"`, 'the only format is json');
      const limits = limitsFrom(opts);
      if (!opts.out) {
        const { files: found } = await expandPaths(files);
        if (files.length > 1 || found.length > 1) throw new UsageError('several inputs need --out DIR', 'give --out DIR, or one file');
      } else {
        mkdirSync(opts.out, { recursive: true });
      }
      const written: Array<{ origin: string; file: string }> = [];
      const names = new Map<string, string>();
      let failed = 0;
      const docs = [];
      for await (const item of extractPaths(files, { limits })) {
        if (item.kind === 'error') {
          failed++;
          process.stderr.write(`${item.error.toLine()}\n`);
          continue;
        }
        if (!opts.out) {
          docs.push(item.json);
          continue;
        }
        const earlier = names.get(item.name);
        if (earlier) {
          failed++;
          process.stderr.write(`error USAGE: ${item.origin}: ${item.name}.json was already written for ${earlier} (rename one input)\n`);
          continue;
        }
        names.set(item.name, item.origin);
        const file = join(opts.out, `${item.name}.json`);
        writeFileSync(file, `${JSON.stringify(item.json, null, 1)}\n`);
        written.push({ origin: item.origin, file });
      }
      if (!opts.out) {
        // One article: one JSON object. A JSONL file or feed: one object per line.
        if (docs.length === 1) printJson(docs[0]);
        else for (const d of docs) out(JSON.stringify(d));
      } else if (opts.json) printJson({ written, failed });
      else out(`wrote ${written.length} file${written.length === 1 ? '' : 's'} to ${opts.out}${failed ? `; ${failed} failed` : ''}`);
      if (failed) process.exitCode = 1;
    });
}
