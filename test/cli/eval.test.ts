import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conllRelationType } from '../../src/evals/conll04.js';
import { parseAnn } from '../../src/evals/polnear.js';
import { dossier, ROOT } from '../helpers/cli.js';

// The external evaluations as a user runs them, on tiny datasets we wrote in the datasets' formats.
const conll = join(ROOT, 'test/fixtures/conll04-mini');
const polnear = join(ROOT, 'test/fixtures/polnear-mini');

describe('eval conll04', () => {
  it.each([
    ['position', 'PERSON', 'ORG', 'Work_For'],
    ['located_in', 'ORG', 'GPE', 'OrgBased_In'],
    ['located_in', 'GPE', 'GPE', 'Located_In'],
    ['located_in', 'LOC', 'GPE', 'Located_In'],
    ['position', 'PERSON', 'GPE', null],
    ['funds', 'ORG', 'ORG', null],
  ] as const)('maps %s(%s, %s) to %s', (type, s, o, want) => {
    expect(conllRelationType(type, s, o)).toBe(want);
  });

  it('prints per-type rows and ends with the overall relation F1', () => {
    const r = dossier(['eval', 'conll04', '--split', 'test', '--data', conll]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Work_For +P \d\.\d{3} +R \d\.\d{3} +F1 \d\.\d{3}/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Peop +P/));
    expect(lines.at(-1)).toMatch(/^f1: \d\.\d{3}$/);
    expect(r.stdout).toMatch(/mapping: PERSON->Peop/);
  });

  it('reports the figures as JSON', () => {
    const r = dossier(['eval', 'conll04', '--data', conll, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.sentences).toBe(3);
    // every gold relation of the three mapped types is counted once; Live_In is not scored
    const gold = (t: string) => report.relationsByType[t].tp + report.relationsByType[t].fn;
    expect([gold('Work_For'), gold('OrgBased_In'), gold('Located_In')]).toEqual([2, 1, 1]);
    expect(Object.keys(report.relationsByType)).toEqual(['Work_For', 'OrgBased_In', 'Located_In']);
    // the appositive title is read; the tie only implied ("flew home from Vantor Systems headquarters") is not
    expect(report.relationsByType.Work_For.tp).toBe(1);
  });

  it.each([
    [['eval', 'conll04', '--split', 'validation', '--data', conll], 2, /error USAGE: unknown --split "validation"/],
    [['eval', 'conll04', '--data', '/nonexistent/conll04'], 1, /error INPUT_NOT_FOUND: .*conll04_test.json: does not exist/],
    [['eval', 'conll04', '--data', conll, '--limit', 'x'], 2, /error USAGE: --limit must be a whole number/],
  ] as const)('fails clearly on bad input: %j', (args, code, message) => {
    const r = dossier([...args]);
    expect(r.code).toBe(code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('eval polnear', () => {
  it('parses attributions, skipping lines that do not parse, and tells direct from reported content', () => {
    const text = 'Ann said the bill was dead. “No,” Bo said.';
    const ann = [
      'T1\tSource 0 3\tAnn', 'T2\tCue 4 8\tsaid', 'T3\tContent 9 26\tthe bill was dead', 'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
      'T4\tContent 28 32\t“No,”', 'T5\tSource 33 35\tBo', 'E2\tAttribution:T4 Content:T4 Source:T5', 'T6 malformed',
      'T7\tContent 0 3;9 12\tAnn the', 'E3\tAttribution:T7 Content:T7',
    ].join('\n');
    const gold = parseAnn(ann, text);
    expect(gold.map((g) => [g.direct, g.content.length, g.source.length])).toEqual([[false, 1, 1], [true, 1, 1], [false, 2, 0]]);
  });

  it('prints detection by type, source accuracy, and ends with the overall F1', () => {
    const r = dossier(['eval', 'polnear', '--split', 'test', '--data', polnear]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}direct +P 1\.000 +R 1\.000/m);
    expect(r.stdout).toMatch(/^ {2}reported +P 1\.000 +R 1\.000/m);
    expect(r.stdout).toMatch(/^source accuracy +1\.000 \(2\/2/m);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('f1: 1.000');
  });

  it('fails clearly on a folder that is not a PolNeAR split', () => {
    const r = dossier(['eval', 'polnear', '--data', conll]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error INPUT_NOT_FOUND: .* is not a PolNeAR split/);
  });
});

describe('eval thresholds for CI', () => {
  it.each([
    [['eval', 'conll04', '--data', conll, '--min-f1', '0.5'], 0],
    [['eval', 'conll04', '--data', conll, '--min-f1', '1'], 1],
    [['eval', 'polnear', '--data', polnear, '--min-f1', '1'], 0],
  ] as const)('%j exits %i', (args, code) => {
    const r = dossier([...args]);
    expect(r.code).toBe(code);
    if (code) expect(r.stderr).toMatch(/error BELOW_THRESHOLD: f1 \d\.\d{3} is below --min-f1 1/);
  });

  it('refuses a threshold that is not a fraction', () => {
    const r = dossier(['eval', 'conll04', '--data', conll, '--min-f1', '85']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error USAGE: --min-f1 must be a number from 0 to 1/);
  });
});
