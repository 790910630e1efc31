import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { evaluateConll04 } from '../../evals/conll04.js';
import { formatRow } from '../../evals/prf.js';
import { createDefaultPipeline } from '../../nlp/default-pipeline.js';
import { out, printJson, parseCount } from '../output.js';
import { evalGroup, parseF1, sharedDataDir } from './eval.js';

export function registerEvalConll04(program: Command): void {
  evalGroup(program)
    .command('conll04')
    .description('entities and relations on CoNLL04 (Work_For -> position, OrgBased_In and Located_In -> located_in)')
    .option('--split <split>', 'train, dev or test', 'test')
    .option('--data <dir>', 'the conll04 folder (conll04_{train,dev,test}.json)', sharedDataDir('conll04'))
    .option('--limit <n>', 'only the first N sentences')
    .option('--json', 'print the report as JSON')
    .option('--min-f1 <f1>', 'exit 1 when the overall F1 is below this (for CI)')
    .action((opts: { split: string; data: string; limit?: string; json?: boolean; minF1?: string }) => {
      const minF1 = opts.minF1 === undefined ? undefined : parseF1(opts.minF1);
      if (!['train', 'dev', 'test'].includes(opts.split)) throw new UsageError(`unknown --split "${opts.split}"`, 'use train, dev or test');
      const file = join(opts.data, `conll04_${opts.split}.json`);
      if (!existsSync(file)) throw new InputError('INPUT_NOT_FOUND', file, 'does not exist', 'give --data the folder that holds conll04_test.json');
      const limit = opts.limit ? parseCount('--limit', opts.limit) : undefined;
      const report = evaluateConll04(file, createDefaultPipeline(), limit);
      if (minF1 !== undefined && report.relations.f1 < minF1) {
        process.stderr.write(`error BELOW_THRESHOLD: f1 ${report.relations.f1.toFixed(3)} is below --min-f1 ${minF1}\n`);
        process.exitCode = 1;
      }
      if (opts.json) {
        printJson(report);
        return;
      }
      out(`CoNLL04 ${opts.split}: ${report.sentences} sentences`);
      out(`mapping: ${report.mapping}`);
      out(formatRow('entities', report.entities));
      for (const [t, r] of Object.entries(report.entitiesByType)) out(formatRow(`  ${t}`, r));
      out(formatRow('relations', report.relations));
      for (const [t, r] of Object.entries(report.relationsByType)) out(formatRow(`  ${t}`, r));
      out(`f1: ${report.relations.f1.toFixed(3)}`);
    });
}
