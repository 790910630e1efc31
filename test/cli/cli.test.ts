// The CLI as a user meets it: the built bin/dossier.js in a child process, a temporary database.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../src/ingest/html.js';
import { parsePlainText } from '../../src/ingest/plain-text.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { BIN, dossier, ROOT } from '../helpers/cli.js';
import { fictionalPair } from '../helpers/hand-made-doc.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir('dossier-cli-');
const EXAMPLES = join(ROOT, 'examples');
const example = (name: string) => join(EXAMPLES, name);
const json = <T = Record<string, unknown>>(s: string): T => JSON.parse(s) as T;

describe('dossier ingest', () => {
  const db = tmp.path('ingest.db');

  it('ingests files of every format, then says unchanged on a second run', () => {
    const files = ['stargate-phone-call.txt', 'stargate-money-doubts.html', 'tech-desk.rss', 'briefs.jsonl'].map(example);
    const first = dossier(['ingest', ...files, '--db', db, '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(json(first.stdout)).toMatchObject({ files: 4, articles: 6, new: 6, unchanged: 0, failed: 0 });
    const second = dossier(['ingest', ...files, '--db', db, '--json']);
    expect(json(second.stdout)).toMatchObject({ articles: 6, new: 0, unchanged: 6, failed: 0 });
    expect(second.code).toBe(0);
  });

  it('prints a table summary without --json, and no progress bar when not on a terminal', () => {
    const r = dossier(['ingest', example('fictional-orrin-acquisition.txt'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/new.*unchanged.*failed.*entities.*relations.*quotes/s);
    expect(r.stderr).toBe('');
  });

  it('uses DOSSIER_DB when --db is absent', () => {
    const envDb = tmp.path('env.db');
    const r = dossier(['ingest', example('fictional-orrin-acquisition.txt'), '--json'], { DOSSIER_DB: envDb });
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ db: envDb, new: 1 });
    expect(existsSync(envDb)).toBe(true);
  });

  it('bad inputs: one line each, the rest goes on, exit 1, nothing stored changes', () => {
    const bad = tempDir('dossier-bad-');
    const files = [
      bad.write('binary.txt', Buffer.from([0x00, 0xff, 0x00, 0x12])),
      bad.write('latin1.txt', Buffer.from('caf\xe9 au lait', 'latin1')),
      bad.write('empty.txt', ''),
      bad.write('nothing.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'),
      bad.write('broken.jsonl', '{"text": "A fine article about Halvorsen Robotics."}\n{not json}\n'),
      bad.write('broken.rss', 'this is not a feed at all <<< >>'),
      bad.write('huge.txt', 'word '.repeat(3000)),
      bad.path('missing.txt'),
    ];
    const before = new SqliteStore(db).stats();
    const dbBytes = readFileSync(db);
    const r = dossier(['ingest', ...files, '--db', db, '--max-file-size', '10k', '--json']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(8);
    for (const l of lines) expect(l).toMatch(/^error INPUT_[A-Z_]+: \S+: .+/);
    const codes = lines.map((l) => /^error (\S+): (\S+?):/.exec(l)!.slice(1).join(' ').replace(bad.dir, '')).sort();
    expect(codes).toEqual([
      'INPUT_BINARY /binary.txt',
      'INPUT_EMPTY /empty.txt',
      'INPUT_EMPTY /nothing.html',
      'INPUT_ENCODING /latin1.txt',
      'INPUT_NOT_FOUND /missing.txt',
      'INPUT_PARSE /broken.jsonl',
      'INPUT_PARSE /broken.rss',
      'INPUT_TOO_LARGE /huge.txt',
    ]);
    expect(lines.find((l) => l.includes('broken.jsonl'))).toMatch(/broken\.jsonl:2: not valid JSON/);
    // The good line of broken.jsonl went in; nothing that was there changed.
    expect(json(r.stdout)).toMatchObject({ new: 1, failed: 8 });
    const after = new SqliteStore(db).stats();
    expect(after.documents).toBe(before.documents + 1);
    expect(dbBytes.length).toBeGreaterThan(0);
  });

  it('usage errors: unknown flag, missing argument, bad values -> one line, exit 2', () => {
    const cases: Array<[string[], RegExp]> = [
      [['ingest', '--bogus', 'x'], /^error USAGE: unknown option '--bogus'/],
      [['ingest'], /^error USAGE: missing required argument 'paths'/],
      [['ingest', 'x', '--max-file-size', 'lots'], /^error USAGE: --max-file-size must be a size/],
      [['entities', '--limit', '0', '--db', db], /^error USAGE: --limit must be a whole number/],
      [['entities', '--type', 'ANIMAL', '--db', db], /^error USAGE: unknown entity type "ANIMAL"/],
      [['extract', '--format', 'xml', example('stargate-phone-call.txt')], /^error USAGE: unknown --format "xml"/],
      [['frobnicate'], /^error USAGE: unknown command 'frobnicate'/],
    ];
    for (const [args, message] of cases) {
      const r = dossier(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('a database that is not one: STORE_OPEN, exit 2, the file is left alone', () => {
    const junk = tmp.write('junk.db', 'not a database '.repeat(100));
    const r = dossier(['ingest', example('stargate-phone-call.txt'), '--db', junk]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error STORE_OPEN: .*junk\.db: not a Dossier database/);
    expect(readFileSync(junk, 'utf8')).toBe('not a database '.repeat(100));
  });
});

describe('dossier extract', () => {
  it('writes SPEC JSON, one file per input, named after it, every offset slicing to its text', () => {
    const out = tmp.path('extract-out');
    const inputs = ['stargate-phone-call.txt', 'fictional-tidewell-funding.txt', 'stargate-money-doubts.html', 'briefs.jsonl'].map(example);
    const r = dossier(['extract', '--format', 'json', '--out', out, ...inputs]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['briefs.1.json', 'briefs.2.json', 'fictional-tidewell-funding.json', 'stargate-money-doubts.json', 'stargate-phone-call.json']);
    const texts: Record<string, string> = {
      'stargate-phone-call.json': parsePlainText(readFileSync(inputs[0]!, 'utf8')).text,
      'fictional-tidewell-funding.json': parsePlainText(readFileSync(inputs[1]!, 'utf8')).text,
      'stargate-money-doubts.json': extractHtmlArticle(readFileSync(inputs[2]!, 'utf8'))!.text,
    };
    for (const [file, text] of Object.entries(texts)) {
      const doc = json<{ document: Record<string, unknown>; entities: unknown[]; values: unknown[]; relations: unknown[]; quotes: unknown[] }>(readFileSync(join(out, file), 'utf8'));
      expect(Object.keys(doc)).toEqual(['document', 'entities', 'values', 'relations', 'quotes']);
      expect(Object.keys(doc.document)).toEqual(['id', 'source', 'title', 'published', 'text_length']);
      expect(doc.document.text_length).toBe(text.length);
      expect(doc.document.published).toMatch(/^2025-01-2\d$/);
      // Every object with start, end and text in it, at any depth, points at that text.
      let spans = 0;
      const visit = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(visit);
        if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && !('id' in o && 'speaker' in o)) {
            expect(text.slice(o.start, o.end)).toBe(o.text);
            spans++;
          }
          Object.values(o).forEach(visit);
        }
      };
      visit(doc);
      expect(spans).toBeGreaterThanOrEqual(0);
    }
  });

  it('prints one JSON document to stdout for one file without --out', () => {
    const r = dossier(['extract', '--format', 'json', example('fictional-orrin-acquisition.txt')]);
    expect(r.code).toBe(0);
    const doc = json<{ document: { source: string; published: string } }>(r.stdout);
    expect(doc.document).toMatchObject({ published: '2025-01-29' });
    expect(doc.document.source).toMatch(/fictional-orrin-acquisition\.txt$/);
  });

  it('several files without --out is a usage error; a bad file among good ones exits 1', () => {
    expect(dossier(['extract', example('stargate-phone-call.txt'), example('fictional-orrin-acquisition.txt')]).code).toBe(2);
    const out = tmp.path('extract-bad');
    const r = dossier(['extract', '--out', out, example('stargate-phone-call.txt'), tmp.path('nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error INPUT_NOT_FOUND: .*nope\.txt: no such file or directory/);
    expect(readdirSync(out)).toEqual(['stargate-phone-call.json']);
  });
});

describe('queries on a populated database', () => {
  // Filled through the store with hand-made Docs, so these tests do not depend on today's NLP stages.
  const db = tmp.path('queries.db');
  const store = new SqliteStore(db);
  store.write(fictionalPair().map((doc) => ({ doc, origin: doc.meta.source })));
  store.close();

  it('stats', () => {
    const r = dossier(['stats', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ documents: 2, actors: 8, relations: 6, quotes: 2, edges: 6 });
    expect(dossier(['stats', '--db', db]).stdout).toMatch(/articles\s*│\s*2 \(2025-01-27 to 2025-01-28\)/);
  });

  it('entities, with --type and --limit', () => {
    const all = json<Array<{ name: string; documents: number }>>(dossier(['entities', '--db', db, '--json']).stdout);
    expect(all[0]).toMatchObject({ name: 'Pelican Ventures', documents: 2 });
    const people = json<Array<{ type: string }>>(dossier(['entities', '--type', 'person', '--limit', '2', '--db', db, '--json']).stdout);
    expect(people).toHaveLength(2);
    expect(people.every((p) => p.type === 'PERSON')).toBe(true);
    expect(dossier(['entities', '--db', db]).stdout).toMatch(/Pelican Ventures/);
  });

  it('show NAME: names, roles, ties and quotes, each with its sentence and article', () => {
    const r = dossier(['show', 'Brightwater Analytics', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const d = json<{ actor: { name: string }; ties: Array<{ type: string; counterpart: { name: string }; evidence: { sentence: { text: string }; doc: { title: string } } }> }>(r.stdout);
    expect(d.actor.name).toBe('Brightwater Analytics');
    expect(d.ties.map((t) => [t.type, t.counterpart.name, t.evidence.doc.title])).toEqual([
      ['funds', 'Pelican Ventures', 'Halvorsen sues Brightwater'],
      ['sues', 'Halvorsen Robotics', 'Halvorsen sues Brightwater'],
    ]);
    const text = dossier(['show', 'brightwater analytics', '--db', db]).stdout;
    expect(text).toMatch(/Brightwater Analytics\s+\(ORG #\d+; 1 article/);
    expect(text).toContain('Halvorsen Robotics sued');
  });

  it('show: NOT_FOUND with suggestions, AMBIGUOUS with candidates, #id picks one', () => {
    const none = dossier(['show', 'Nobody Atall', '--db', db]);
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe('error NOT_FOUND: no entity matches "Nobody Atall" (try `dossier search` or `dossier entities`)');
    const near = dossier(['show', 'Pelican', '--db', db]);
    expect(near.stderr).toMatch(/^error NOT_FOUND: no entity matches "Pelican" \(did you mean: Pelican Ventures \[ORG #\d+, 2 articles\]\)/);
    // Brightwater alone is an alias in one article; add a second actor known by it to make it ambiguous.
    const amb = tmp.path('amb.db');
    copyFileSync(db, amb);
    const s = new SqliteStore(amb);
    const [a] = fictionalPair();
    const other = { ...a!, id: 'x'.repeat(64), entities: a!.entities!.map((e) => (e.id === 'e1' ? { ...e, type: 'PERSON' as const } : e)) };
    s.write([{ doc: other, origin: 'c.txt' }]);
    s.close();
    const two = dossier(['show', 'Halvorsen Robotics', '--db', amb]);
    expect(two.code).toBe(1);
    expect(two.stderr).toMatch(/^error AMBIGUOUS: "Halvorsen Robotics" matches 2 entities: Halvorsen Robotics \[(ORG|PERSON) #\d+, 1 article\]; Halvorsen Robotics \[(ORG|PERSON) #\d+, 1 article\]/);
    const id = /#(\d+)/.exec(two.stderr)![1]!;
    expect(dossier(['show', `#${id}`, '--db', amb, '--json']).code).toBe(0);
    expect(dossier(['show', 'Halvorsen Robotics', '--type', 'ORG', '--db', amb, '--json']).code).toBe(0);
  });

  it('a reader that closes the pipe early (`show X | head -1`) ends the command quietly', () => {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" show "Brightwater Analytics" --db "${db}" | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^Brightwater Analytics/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('search TEXT: sentences and entity names', () => {
    const r = json<{ actors: Array<{ name: string }>; sentences: Array<{ sentence: { text: string } }> }>(dossier(['search', 'Quillfeather', '--db', db, '--json']).stdout);
    expect(r.actors.map((a) => a.name).sort()).toEqual(['Jonas Quillfeather', 'Mara Quillfeather']);
    expect(r.sentences).toHaveLength(3);
    expect(dossier(['search', 'zebra', '--db', db]).stdout).toMatch(/nothing matches "zebra"/);
  });

  it('reading commands on a missing database: STORE_OPEN, no file created', () => {
    const missing = tmp.path('never.db');
    const r = dossier(['stats', '--db', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error STORE_OPEN: .*never\.db: no database here \(run `dossier ingest` first/);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('dossier demo', () => {
  it('ingests examples/ and shows what it found; a second run is idempotent', () => {
    const db = tmp.path('demo.db');
    const first = dossier(['demo', '--db', db, '--json']);
    expect(first.code).toBe(0);
    const r = json<{ ingest: { new: number; failed: number; articles: number }; stats: { documents: number } }>(first.stdout);
    expect(r.ingest).toMatchObject({ articles: 9, new: 9, failed: 0 });
    const size = statSync(db).size;
    const second = dossier(['demo', '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Dossier demo: 9 articles/);
    expect(second.stdout).toMatch(/who is who/);
    expect(json<{ ingest: { unchanged: number } ; stats: { documents: number } }>(dossier(['demo', '--db', db, '--json']).stdout)).toMatchObject({ ingest: { unchanged: 9 }, stats: { documents: 9 } });
    expect(statSync(db).size).toBe(size);
  });
});
