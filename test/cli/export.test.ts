// `dossier export` as a user meets it: the built CLI in a child process, a database of the
// hand-made export fixture; every bad input is one `error CODE:` line and writes nothing.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossier } from '../helpers/cli.js';
import { FIXTURE, exportStore } from '../helpers/export-fixture.js';
import { handMadeDoc } from '../helpers/hand-made-doc.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir('dossier-cli-export-');
const db = tmp.path('x.db');

beforeAll(() => {
  const store = exportStore(db);
  // An ORG with a person's name, so that "Pell Marrow" alone is ambiguous.
  store.write([{ doc: handMadeDoc('Pell Marrow Holdings bought a mill.', { entities: [{ id: 'e1', type: 'ORG', name: 'Pell Marrow' }] }), origin: null }]);
  store.close();
});

describe('dossier export', () => {
  it('writes a file and says what it wrote on stderr', () => {
    const out = tmp.path('all.ftm');
    const r = dossier(['export', '--format', 'ftm', '--out', out, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^exported ${FIXTURE.actors + 1} actors, ${FIXTURE.ties} ties \\(${FIXTURE.sources} sources\\), ${FIXTURE.quotes} quotes, ${FIXTURE.articles + 1} articles as ftm to .*all\\.ftm\\n$`));
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { schema: string });
    expect(lines.filter((l) => l.schema === 'Article')).toHaveLength(FIXTURE.articles + 1);
  });

  it('writes to stdout without --out', () => {
    const r = dossier(['export', '--format', 'jsonld', '--db', db, '--type', 'owns']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { '@graph': Array<{ '@type'?: string }> };
    expect(doc['@graph'].filter((x) => x['@type'] === 'Claim')).toHaveLength(2);
    expect(r.stderr).toMatch(/^exported 4 actors, 2 ties \(2 sources\), 1 quotes, 3 articles as jsonld to stdout\n$/);
  });

  it('--json prints the summary as JSON; --entity with #id and --depth pick a neighbourhood', () => {
    const first = dossier(['export', '--format', 'csv', '--out', tmp.path('csv'), '--db', db, '--entity', "Tamsin O'Rourke", '--json']);
    expect(first.code).toBe(0);
    const r1 = JSON.parse(first.stdout) as { filter: { entity: number; depth: number }; counts: { actors: number } };
    expect(r1.filter.depth).toBe(1);
    expect(readdirSync(tmp.path('csv')).sort()).toEqual(['edges.csv', 'evidence.csv', 'nodes.csv', 'quotes.csv']);
    const second = dossier(['export', '--format', 'gexf', '--out', tmp.path('n.gexf'), '--db', db, '--entity', `#${r1.filter.entity}`, '--depth', '2', '--json']);
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as { counts: { actors: number } }).counts.actors).toBeGreaterThan(r1.counts.actors);
  });

  const existingDir = tmp.path('a-folder');
  const existingFile = tmp.path('a-file.txt');
  beforeAll(() => {
    mkdirSync(existingDir, { recursive: true });
    writeFileSync(existingFile, 'keep me\n');
  });

  it.each([
    { args: ['--format', 'xml'], code: 2, error: /^error USAGE: unknown export format "xml" \(use one of ftm, graphml, gexf, csv, jsonld\)$/ },
    { args: [], code: 2, error: /^error USAGE: required option '--format <format>' not specified/ },
    { args: ['--format', 'csv'], code: 2, error: /^error USAGE: csv export needs --out DIR/ },
    { args: ['--format', 'csv', '--out', existingFile], code: 2, error: /^error USAGE: --out .*a-file\.txt: a file is there; csv export writes a folder/ },
    { args: ['--format', 'ftm', '--out', existingDir], code: 2, error: /^error USAGE: --out .*a-folder: is a folder; ftm export writes one file/ },
    { args: ['--format', 'ftm', '--out', '/nonexistent-dossier/x.ftm'], code: 2, error: /^error USAGE: --out \/nonexistent-dossier\/x\.ftm: the folder \/nonexistent-dossier does not exist/ },
    { args: ['--format', 'ftm', '--depth', '2'], code: 2, error: /^error USAGE: --depth needs --entity/ },
    { args: ['--format', 'ftm', '--entity', 'Tamsin', '--depth', 'two'], code: 2, error: /^error USAGE: --depth must be a whole number from 0 to 10, not "two"$/ },
    { args: ['--format', 'ftm', '--type', 'bribes'], code: 2, error: /^error USAGE: unknown tie type "bribes" \(use one of position, founded/ },
    { args: ['--format', 'ftm', '--since', 'yesterday'], code: 2, error: /^error USAGE: --since must be a date YYYY-MM-DD/ },
    { args: ['--format', 'ftm', '--since', '2024-13-01'], code: 2, error: /^error USAGE: --since must be a date/ },
    { args: ['--format', 'ftm', '--entity', 'Nobody Atall'], code: 1, error: /^error NOT_FOUND: no entity matches "Nobody Atall"/ },
    { args: ['--format', 'ftm', '--entity', 'Pell Marrow'], code: 1, error: /^error AMBIGUOUS: "Pell Marrow" matches 2 entities: Pell Marrow \[(PERSON|ORG) #\d+/ },
    { args: ['--format', 'ftm', '--db', tmp.path('missing.db')], code: 2, error: /^error STORE_OPEN: .*missing\.db: no database here/ },
  ].map((c) => ({ ...c, flags: c.args.join(' ') || '(no flags)' })))('$flags: $error', ({ args, code, error }) => {
    const before = readdirSync(tmp.dir).sort();
    const r = dossier(['export', '--db', db, ...args]);
    expect(r.code).toBe(code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(error);
    expect(r.stdout).toBe('');
    expect(readdirSync(tmp.dir).sort()).toEqual(before);
    expect(readFileSync(existingFile, 'utf8')).toBe('keep me\n');
  });
});
