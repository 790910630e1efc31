import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

const fixture = fileURLToPath(new URL('../fixtures/ner-sample.conll', import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(['node', 'dossier', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('dossier eval ner', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('prints per-type and overall precision, recall and F1, last line f1', async () => {
    const { code, out } = await run(['eval', 'ner', '--conll', fixture]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^type\s+prec\s+recall\s+f1\s+tp\s+fp\s+fn$/);
    expect(lines.some((l) => /^PER\s/.test(l))).toBe(true);
    expect(lines.some((l) => /^overall\s/.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^f1: (0|1)\.\d{4}$/);
    // Eight gold names in the file; the tagger finds most of them.
    expect(Number(lines[lines.length - 1]!.slice(4))).toBeGreaterThan(0.6);
  });

  it('scores the Dossier view, where dropped MISC names count as missed', async () => {
    const conll = await run(['eval', 'ner', '--conll', fixture]);
    const dossier = await run(['eval', 'ner', '--conll', fixture, '--view', 'dossier']);
    expect(dossier.code).toBe(0);
    const fn = (out: string) => Number(out.split('\n').find((l) => l.startsWith('overall'))!.trim().split(/\s+/).pop());
    expect(fn(dossier.out)).toBeGreaterThanOrEqual(fn(conll.out));
  });

  it.each([
    { name: 'a missing file', args: ['eval', 'ner', '--conll', '/nonexistent/eng.testb'], error: /INPUT_NOT_FOUND/ },
    { name: 'a directory', args: ['eval', 'ner', '--conll', fileURLToPath(new URL('.', import.meta.url))], error: /INPUT_UNREADABLE/ },
    { name: 'an unknown view', args: ['eval', 'ner', '--conll', fixture, '--view', 'x'], error: /USAGE/ },
  ])('fails with one line on $name', async ({ args, error }) => {
    const { code, err } = await run(args);
    expect(code).not.toBe(0);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(error);
  });
});
