// `dossier serve` as a user starts it: bad flags and unsafe bindings end with one line and a
// non-zero exit; a good start prints the address and answers on it.

import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, dossier } from '../helpers/cli.js';
import { explorerStore } from '../helpers/explorer-fixture.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir('dossier-serve-');
const db = tmp.path('serve.db');
explorerStore(db).close();

describe('dossier serve', () => {
  it.each([
    [['serve', '--db', db, '--host', '0.0.0.0'], /^error USAGE: binding 0\.0\.0\.0 needs a token/],
    [['serve', '--db', db, '--port', 'eighty'], /^error USAGE: --port must be a whole number/],
    [['serve', '--db', db, '--port', '70000'], /^error USAGE: --port must be a whole number/],
    [['serve', '--db', db, '--host', '0.0.0.0', '--token', 'short'], /^error USAGE: the token must be 8 to 200/],
    [['serve', '--db', tmp.path('missing.db')], /^error STORE_OPEN: .*missing\.db: no database here/],
    [['serve', '--db', db, '--colour'], /^error USAGE: unknown option '--colour'/],
  ])('%j fails with one line', (args, message) => {
    const r = dossier(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('prints its address and answers there; the token from the environment guards it', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOSSIER_TOKEN: 'env-token-1234', NO_COLOR: '1' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /Dossier explorer: (http:\/\/127\.0\.0\.1:\d+\/)\?token=env-token-1234/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect((await fetch(`${url}api/stats`)).status).toBe(401);
      const ok = await fetch(`${url}api/stats`, { headers: { authorization: 'Bearer env-token-1234' } });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { documents: number }).documents).toBe(3);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
