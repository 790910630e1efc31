// Crash safety and concurrency with real processes: `kill -9` in the middle of an ingest, and two
// ingests writing one database at once.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { dossierAsync, exited, syntheticJsonl } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir('dossier-proc-');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function storedDocuments(db: string): number {
  try {
    const raw = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

function checkWhole(db: string) {
  const store = new SqliteStore(db);
  try {
    const c = store.check();
    expect(c.integrity).toBe('ok');
    expect(c.partialDocuments).toBe(0);
    expect(c.ftsRows).toBe(c.sentences);
    return c;
  } finally {
    store.close();
  }
}

describe('kill -9 during ingest', () => {
  it('leaves a database that opens and holds only whole articles; running again completes without duplicates', async () => {
    const N = 6000;
    const corpus = tmp.write('corpus.jsonl', syntheticJsonl(N));
    const db = tmp.path('killed.db');

    // Kills at fixed moments, some before the first article is written (startup, migrations).
    for (const delay of [40, 150, 300]) {
      const child = dossierAsync(['ingest', corpus, '--db', db, '--batch', '16', '--json']);
      const done = exited(child);
      await sleep(delay);
      child.kill('SIGKILL');
      await done;
      checkWhole(db);
    }

    // And one kill once articles are visibly being committed.
    const child = dossierAsync(['ingest', corpus, '--db', db, '--batch', '16', '--json']);
    const done = exited(child);
    const start = storedDocuments(db);
    while (storedDocuments(db) <= start + 50) await sleep(10);
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const partial = checkWhole(db);
    expect(partial.documents).toBeGreaterThan(0);
    expect(partial.documents).toBeLessThan(N);

    const rerun = await exited(dossierAsync(['ingest', corpus, '--db', db, '--json']));
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { new: number; unchanged: number; failed: number };
    expect(summary).toMatchObject({ unchanged: partial.documents, new: N - partial.documents, failed: 0 });
    const final = checkWhole(db);
    expect(final.documents).toBe(N);
    expect(final.sentences).toBe(partial.sentences + (N - partial.documents) * (partial.sentences / partial.documents));
  }, 90_000);
});

describe('two ingest processes on one database', () => {
  it('both finish; every article is stored once; the database is sound', async () => {
    const db = tmp.path('shared.db');
    const a = tmp.write('a.jsonl', syntheticJsonl(3000, 0));
    const b = tmp.write('b.jsonl', syntheticJsonl(3000, 2000));
    const [ra, rb] = await Promise.all([
      exited(dossierAsync(['ingest', a, '--db', db, '--batch', '32', '--json'])),
      exited(dossierAsync(['ingest', b, '--db', db, '--batch', '32', '--json'])),
    ]);
    expect(ra.stderr + rb.stderr).toBe('');
    expect([ra.code, rb.code]).toEqual([0, 0]);
    const sa = JSON.parse(ra.stdout) as { new: number; unchanged: number };
    const sb = JSON.parse(rb.stdout) as { new: number; unchanged: number };
    expect(sa.new + sb.new).toBe(5000);
    expect(sa.unchanged + sb.unchanged).toBe(1000);
    expect(checkWhole(db).documents).toBe(5000);
  }, 90_000);
});
