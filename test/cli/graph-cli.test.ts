import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { dossier, syntheticJsonl } from '../helpers/cli.js';
import { graphArticles } from '../helpers/graph-fixtures.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir();
const json = <T = unknown>(s: string) => JSON.parse(s) as T;

function database(name: string): string {
  const db = tmp.path(name);
  const store = new SqliteStore(db);
  store.write(graphArticles().map((doc) => ({ doc, origin: doc.meta.source })));
  store.close();
  return db;
}

describe('graph commands on a database of hand-made articles', () => {
  const db = database('graph.db');

  it('show "Elon Musk": ties by type with sources, money, why "Musk" was joined, as a table and as JSON', () => {
    const r = dossier(['show', 'Elon Musk', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Elon Musk\s+\(PERSON #\d+; 4 articles/);
    expect(r.stdout).toMatch(/why these names are one actor[\s\S]*Musk[\s\S]*surname/);
    expect(r.stdout).toMatch(/ties: sues[\s\S]*OpenAI[\s\S]*2 sources, 2 articles[\s\S]*2025-02-03..2025-02-20/);
    expect(r.stdout).toMatch(/money[\s\S]*in ← Larry Ellison[\s\S]*USD 1,000,000,000/);
    // Both of his disputed exchanges, each side with its sentence: Altman's answer to his claim, and his claim against a pledge.
    expect(r.stdout).toMatch(/disputed claims[\s\S]*Sam Altman: the claim was simply false[\s\S]*disputes[\s\S]*Elon Musk: “?OpenAI abandoned the mission/);
    expect(r.stdout).toMatch(/disputed claims[\s\S]*Elon Musk: “?The real figure is far smaller[\s\S]*Corvid Resources —pledges→ Harborlight/);
    const j = json<{ tiesByType: Record<string, unknown[]>; ties: Array<{ factId: string }> }>(dossier(['show', 'Elon Musk', '--db', db, '--json']).stdout);
    expect(Object.keys(j.tiesByType).sort()).toEqual(['associate_of', 'founded', 'funds', 'sues']);
    expect(j.ties.every((t) => /^r\d+$/.test(t.factId))).toBe(true);
  });

  it('path "Elon Musk" "Larry Ellison": the hop and its sentence', () => {
    const r = dossier(['path', 'Elon Musk', 'Larry Ellison', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/chain 1 \(1 hop\): Elon Musk → Larry Ellison/);
    expect(r.stdout).toContain('Ellison and Musk have been friends for decades');
    const far = json<{ length: number; paths: unknown[] }>(dossier(['path', 'Sam Altman', 'Larry Ellison', '--db', db, '--json']).stdout);
    expect(far).toMatchObject({ length: 3 });
    expect(far.paths).toHaveLength(2);
    expect(dossier(['path', 'Dana Orrin', 'Sam Altman', '--db', db]).stdout).toMatch(/no chain of ties joins Dana Orrin and Sam Altman/);
  });

  it('disputes and money: both sides; the pledge conflict flagged with each source', () => {
    const d = dossier(['disputes', '--db', db]);
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('the claim was simply false');
    expect(d.stdout).toContain('OpenAI abandoned the mission it was built for');
    expect(d.stdout).toMatch(/Corvid Resources —pledges→ Harborlight/);
    const m = dossier(['money', '--db', db]);
    expect(m.stdout).toMatch(/USD 2,000,000,000[\s\S]*USD 2,500,000,000|USD 2,500,000,000[\s\S]*USD 2,000,000,000/);
    expect(m.stdout).toContain('CONFLICT (amounts differ)');
    const mj = json<{ conflicts: number; totals: Array<{ actor: { name: string }; out: number }> }>(dossier(['money', '--entity', 'Larry Ellison', '--db', db, '--json']).stdout);
    expect(mj.conflicts).toBe(0);
    expect(mj.totals).toEqual([expect.objectContaining({ actor: expect.objectContaining({ name: 'Larry Ellison' }), out: 1e9 })]);
  });

  it('ties, quotes, timeline, central, search', () => {
    expect(json<unknown[]>(dossier(['ties', '--type', 'position', '--db', db, '--json']).stdout)).toHaveLength(3);
    expect(dossier(['ties', '--entity', 'Oracle', '--db', db]).stdout).toMatch(/(Oracle —partners_with— OpenAI|OpenAI —partners_with— Oracle)/);
    expect(dossier(['quotes', '--by', 'Sam Altman', '--db', db]).stdout).toContain('the claim was simply false');
    expect(json<unknown[]>(dossier(['quotes', '--about', 'OpenAI', '--db', db, '--json']).stdout)).toHaveLength(1);
    expect(dossier(['timeline', 'Corvid Resources', '--db', db]).stdout).toMatch(/2025-02-12[\s\S]*2025-02-14/);
    expect(dossier(['central', '--db', db]).stdout).toMatch(/1\s*│\s*OpenAI \[#\d+\]/);
    expect(json<Array<{ actor: { type: string } }>>(dossier(['central', '--by', 'pagerank', '--type', 'PERSON', '--db', db, '--json']).stdout).every((c) => c.actor.type === 'PERSON')).toBe(true);
    expect(dossier(['search', 'pledged', '--db', db]).stdout).toContain('Corvid Resources pledged $2 billion');
  });

  it('errors: NOT_FOUND with suggestions, AMBIGUOUS with candidates, bad flags; one line, non-zero exit', () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['show', 'Elon Muskk', '--db', db], 1, /^error NOT_FOUND: no entity matches "Elon Muskk"/],
      [['path', 'Elon Musk', 'Ellisonn', '--db', db], 1, /^error NOT_FOUND: no entity matches "Ellisonn"/],
      [['path', 'Elon Musk', 'Larr', '--db', db], 1, /did you mean: Larry Ellison \[PERSON #\d+/],
      [['ties', '--type', 'likes', '--db', db], 2, /^error USAGE: unknown tie type "likes"/],
      [['central', '--by', 'fame', '--db', db], 2, /^error USAGE: --by must be degree or pagerank/],
      [['quotes', '--by', 'Nobody', '--db', db], 1, /^error NOT_FOUND/],
      [['reject', 'banana', '--db', db], 2, /^error USAGE: "banana" is no fact id/],
      [['reject', 'r99999', '--db', db], 1, /^error NOT_FOUND: no tie matches "r99999"/],
      [['merge', 'Elon Musk', '--db', db], 2, /^error USAGE: missing required argument/],
      [['money', '--db', tmp.path('absent.db')], 2, /^error STORE_OPEN/],
    ];
    for (const [args, code, re] of cases) {
      const r = dossier(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(re);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('AMBIGUOUS lists candidates', () => {
    const amb = database('amb.db');
    const s = new SqliteStore(amb);
    const d = graphArticles()[4]!;
    s.write([{ doc: { ...d, id: 'z'.repeat(64), entities: d.entities!.map((e) => (e.id === 'e2' ? { ...e, type: 'PERSON' as const } : e)) }, origin: null }]);
    s.close();
    const r = dossier(['ties', '--entity', 'OpenAI', '--db', amb]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error AMBIGUOUS: "OpenAI" matches 2 entities: OpenAI \[(ORG|PERSON) #\d+, \d articles?\]; OpenAI \[(ORG|PERSON) #\d+/);
  });

  it('curation from the command line: rename, merge, split, reject, corrections, reprocess keeps them', () => {
    const cur = database('cur.db');
    expect(dossier(['rename', 'Corvid Resources', 'Corvid Resources Ltd', '--db', cur]).stdout).toMatch(/^correction #1: renamed Corvid Resources to Corvid Resources Ltd/);
    expect(dossier(['merge', 'Oracle', 'OpenAI', '--db', cur]).stdout).toMatch(/^correction #2: merged OpenAI \[ORG #\d+\] into Oracle/);
    const musk = json<{ ties: Array<{ type: string; factId: string }> }>(dossier(['show', 'Elon Musk', '--db', cur, '--json']).stdout);
    const friends = musk.ties.find((t) => t.type === 'associate_of')!.factId;
    expect(dossier(['reject', friends, '--db', cur]).stdout).toMatch(/^correction #3: rejected associate_of\(Larry Ellison, Musk\)/);
    expect(dossier(['split', 'Oracle', 'OpenAI', '--db', cur]).code).toBe(0);
    const shown = dossier(['show', 'Corvid Resources Ltd', '--db', cur]).stdout;
    expect(shown).toMatch(/corrections \(made by people\)[\s\S]*rename/);
    const rp = dossier(['reprocess', '--db', cur, '--json']);
    expect(rp.code).toBe(0);
    expect(json(rp.stdout)).toMatchObject({ articles: 5, failed: 0 });
    const list = json<Array<{ kind: string; human: boolean }>>(dossier(['corrections', '--db', cur, '--json']).stdout);
    expect(list.map((c) => c.kind)).toEqual(['rename', 'merge', 'reject', 'split']);
    // After the real pipeline re-read the texts, the renamed actor is still there under its new name.
    expect(dossier(['show', 'Corvid Resources Ltd', '--db', cur, '--json']).code).toBe(0);
  });
});

describe('ingest with extraction in worker threads', () => {
  it('two workers store the same facts as none, in input order; a bad --workers is a usage error', () => {
    const input = tmp.write('synthetic.jsonl', syntheticJsonl(24));
    const stats = (workers: string) => {
      const db = tmp.path(`w${workers}.db`);
      const r = dossier(['ingest', input, '--db', db, '--workers', workers, '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(json(r.stdout)).toMatchObject({ new: 24, failed: 0 });
      const s = json<Record<string, unknown>>(dossier(['stats', '--db', db, '--json']).stdout);
      const actors = json<Array<{ id: number; name: string }>>(dossier(['entities', '--limit', '500', '--db', db, '--json']).stdout);
      // Workers keep the tokens and tags to themselves; the stored record of what was made is the same.
      const conn = new Database(db, { readonly: true });
      const layers = conn.prepare('SELECT sha, layers FROM documents ORDER BY id').all();
      conn.close();
      return { counts: { ...s, path: null, bytes: null }, actors: actors.map((a) => [a.id, a.name]), layers };
    };
    expect(stats('2')).toEqual(stats('0'));
    const bad = dossier(['ingest', input, '--db', tmp.path('bad.db'), '--workers', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error USAGE: --workers must be auto or a whole number/);
    // Each worker loads the models before its first article: slow on a busy machine.
  }, 120_000);
});
