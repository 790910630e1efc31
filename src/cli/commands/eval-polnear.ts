import type { Command } from 'commander';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import { evaluatePolnear } from '../../evals/polnear.js';
import { formatRow } from '../../evals/prf.js';
import { createDefaultPipeline } from '../../nlp/default-pipeline.js';
import { out, printJson, parseCount } from '../output.js';
import { evalGroup, parseF1, sharedDataDir } from './eval.js';

export function registerEvalPolnear(program: Command): void {
  evalGroup(program)
    .command('polnear')
    .description('quote and claim attribution on PolNeAR: detection (content overlap) and source accuracy')
    .option('--split <split>', 'train, dev or test', 'test')
    .option('--data <dir>', 'the polnear folder (train/, dev/, test/)', sharedDataDir('polnear'))
    .option('--limit <n>', 'only the first N articles')
    .option('--json', 'print the report as JSON')
    .option('--min-f1 <f1>', 'exit 1 when the overall F1 is below this (for CI)')
    .action((opts: { split: string; data: string; limit?: string; json?: boolean; minF1?: string }) => {
      const minF1 = opts.minF1 === undefined ? undefined : parseF1(opts.minF1);
      if (!['train', 'dev', 'test'].includes(opts.split)) throw new UsageError(`unknown --split "${opts.split}"`, 'use train, dev or test');
      const limit = opts.limit ? parseCount('--limit', opts.limit) : undefined;
      const report = evaluatePolnear(join(opts.data, opts.split), createDefaultPipeline(), limit);
      if (minF1 !== undefined && report.detection.f1 < minF1) {
        process.stderr.write(`error BELOW_THRESHOLD: f1 ${report.detection.f1.toFixed(3)} is below --min-f1 ${minF1}\n`);
        process.exitCode = 1;
      }
      if (opts.json) {
        printJson(report);
        return;
      }
      out(`PolNeAR ${opts.split}: ${report.articles} articles, ${report.attributions} gold attributions`);
      out('match: quote text overlaps the gold content by half the shorter span; source: speaker mention overlaps the gold source');
      for (const [t, r] of Object.entries(report.byType)) out(formatRow(`  ${t}`, r));
      out(formatRow('attributed (with source)', report.attributed));
      out(`source accuracy          ${report.sourceAccuracy.toFixed(3)} (${report.sourceCorrect}/${report.sourceChecked} matched attributions with a gold source)`);
      out(formatRow('detection', report.detection));
      out(`f1: ${report.detection.f1.toFixed(3)}`);
    });
}
