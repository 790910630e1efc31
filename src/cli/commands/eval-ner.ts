import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import { ConllFormatError, parseConll, type ConllDocument } from '../../nlp/conll.js';
import { EntityTyper } from '../../nlp/entity-types.js';
import { MentionRepair } from '../../nlp/mention-repair.js';
import { SpanScorer, scoreConll, type PrfRow } from '../../nlp/ner-eval.js';
import { NerTagger } from '../../nlp/ner-tagger.js';
import type { TagSpan } from '../../nlp/learn/tag-scheme.js';
import { evalGroup } from './eval.js';

// `dossier eval ner --conll FILE`: the entity tagger on a CoNLL-2003 style file (IOB1 or IOB2),
// scored as conlleval does (exact span and type). Two views:
// - conll (default): the tagger's own four types (PER, ORG, LOC, MISC), the standard CoNLL figure;
// - dossier: the mentions Dossier outputs, mapped back for scoring (PERSON -> PER, ORG -> ORG,
//   GPE and LOC -> LOC, PRODUCT -> MISC); MISC spans Dossier drops (nationalities, events) count as missed.

const DOSSIER_TO_CONLL: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', PRODUCT: 'MISC' };

function readConll(path: string): ConllDocument[] {
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new InputError('INPUT_UNREADABLE', path, 'is not a file', 'give a CoNLL file, e.g. ../shared/data/conll2003/eng.testb');
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', path, code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`, 'check the path');
  }
  if (text.includes('\u0000')) throw new InputError('INPUT_BINARY', path, 'is a binary file, not a CoNLL text file', 'give a CoNLL file');
  let docs: ConllDocument[];
  try {
    docs = parseConll(text);
  } catch (e) {
    if (e instanceof ConllFormatError) throw new InputError('INPUT_PARSE', path, e.message, 'expect "word POS chunk TAG" lines');
    throw e;
  }
  const sentences = docs.reduce((n, d) => n + d.length, 0);
  if (!sentences) throw new InputError('INPUT_EMPTY', path, 'has no tagged tokens', 'give a CoNLL file with sentences');
  return docs;
}

export function formatReport(scorer: SpanScorer): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const line = (name: string, r: PrfRow) =>
    `${name.padEnd(8)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)} ${String(r.tp).padStart(6)} ${String(r.fp).padStart(6)} ${String(r.fn).padStart(6)}`;
  const rows = [`${'type'.padEnd(8)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'f1'.padStart(6)} ${'tp'.padStart(6)} ${'fp'.padStart(6)} ${'fn'.padStart(6)}`];
  for (const [t, r] of Object.entries(scorer.byType())) rows.push(line(t, r));
  const overall = scorer.overall();
  rows.push(line('overall', overall), `f1: ${overall.f1.toFixed(4)}`);
  return rows.join('\n');
}

export function evaluateNer(docs: readonly ConllDocument[], tagger: NerTagger, view: 'conll' | 'dossier'): SpanScorer {
  if (view === 'conll') return scoreConll(docs, (s) => tagger.tagDocument(s));
  const typer = new EntityTyper(tagger.gazetteer, tagger.wordTypes);
  const repair = new MentionRepair(tagger.gazetteer);
  return scoreConll(docs, (sentences) =>
    tagger.tagDocument(sentences).map((spans, i) =>
      repair.repair(sentences[i]!, spans).flatMap((s): TagSpan[] => {
        const type = typer.typeOf(s.type, sentences[i]!.slice(s.start, s.end), sentences[i]![s.end]);
        return type ? [{ start: s.start, end: s.end, type: DOSSIER_TO_CONLL[type]! }] : [];
      }),
    ),
  );
}

export function registerEvalNer(program: Command): void {
  evalGroup(program)
    .command('ner')
    .description('score the entity tagger on a CoNLL-2003 style file: per-type and overall precision, recall, F1 (exact span and type)')
    .requiredOption('--conll <file>', 'CoNLL file: "word POS chunk TAG" lines, IOB1 or IOB2 tags')
    .option('--view <view>', 'conll: the tagger\'s four CoNLL types; dossier: Dossier\'s types mapped back (dropped MISC counts as missed)', 'conll')
    .option('--model <file>', 'an entity model file other than the shipped one')
    .action((opts: { conll: string; view: string; model?: string }) => {
      if (opts.view !== 'conll' && opts.view !== 'dossier') {
        throw new UsageError(`--view ${opts.view} is not a view`, 'use --view conll or --view dossier');
      }
      const docs = readConll(opts.conll);
      const tagger = NerTagger.load(opts.model);
      process.stdout.write(`${formatReport(evaluateNer(docs, tagger, opts.view))}\n`);
    });
}
