import { Command, CommanderError } from 'commander';
import { errorLine, isDossierError } from '../errors.js';
import { registerCommands } from './commands/index.js';

/** Builds the command tree. Exported so tests can run commands in-process. */
export function createProgram(): Command {
  const program = new Command('dossier')
    .description('Read news articles; rebuild who is who, how they are tied and who said what, each fact cited to its sentence.')
    .showHelpAfterError(false)
    .exitOverride()
    // Commander's own errors (unknown flag, missing argument) in the one-line form of every other error.
    .configureOutput({
      outputError: (str, write) => write(`error USAGE: ${str.replace(/^error:\s*/i, '').trim()} (see dossier --help)\n`),
    });
  registerCommands(program);
  return program;
}

/**
 * Runs the CLI and returns the exit code: 0 ok; 1 some input failed, or a name matched nothing or
 * several things; 2 usage or fatal error (database cannot be opened, a bug).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  process.exitCode = undefined;
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end through exitOverride with code 0; commander has already printed its one-line error.
      return e.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`${errorLine(e)}\n`);
    if (isDossierError(e) && ['NOT_FOUND', 'AMBIGUOUS'].includes(e.code)) return 1;
    if (isDossierError(e) && e.code.startsWith('INPUT_')) return 1;
    return 2;
  }
}
