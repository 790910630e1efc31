import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../errors.js';

/**
 * The `eval` command group: quality measurements on labeled data. Each evaluation adds itself as a
 * subcommand (`eval ner`, `eval conll04`, `eval polnear`) through this function, which creates the
 * group once and returns the same group to every caller.
 */
export function evalGroup(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'eval') ??
    program.command('eval').description('measure extraction quality on labeled data (each subcommand prints its scores, last line "f1: <overall>")')
  );
}

/** A --min-f1 value: a number from 0 to 1. */
export function parseF1(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-f1 must be a number from 0 to 1, not "${value}"`);
  return n;
}

/** The default folder of a dataset: ../shared/data/NAME beside the installed package. */
export function sharedDataDir(name: string): string {
  return fileURLToPath(new URL(`../../../../shared/data/${name}`, import.meta.url));
}
