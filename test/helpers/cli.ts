import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/dossier.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in a child process without a terminal. */
export function dossier(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_DB: '', NO_COLOR: '1', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function dossierAsync(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Articles that differ from each other, written by a rule, for volume tests. */
export function syntheticJsonl(count: number, offset = 0): string {
  const lines: string[] = [];
  for (let i = offset; i < offset + count; i++) {
    const text = `Article ${i} of the synthetic corpus. Company${i % 97} Holdings said on Monday it would invest ${i} million dollars in plant number ${i}.\n\nThe board met ${i % 13} times. "We are pleased," said chief executive Person${i % 31}. Analysts expect growth of ${i % 50}% this year.`;
    lines.push(JSON.stringify({ text, title: `Synthetic ${i}`, published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }));
  }
  return `${lines.join('\n')}\n`;
}
