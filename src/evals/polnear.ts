// PolNeAR (Newell, Margolin & Ruths 2018): attribution relations (source, cue, content) in political
// news. Each article text is run through the pipeline; our quotes are matched to gold attributions.
//
//   - Detection: a quote matches a gold attribution when its text spans overlap the gold content
//     spans by at least half of the shorter of the two (in characters); one-to-one, largest
//     overlap first. Reported by type: `direct` (gold content inside quotation marks) and
//     `reported` (the rest), and overall.
//   - Source accuracy: on matched pairs whose gold attribution has a source, our speaker mention
//     overlaps the gold source span.
// When an article has several annotators' files, the one with the lowest annotator id is used.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc, type Span } from '../nlp/doc.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { InputError } from '../errors.js';
import { Tally, type PrfRow } from './prf.js';

export interface GoldAttribution {
  content: Span[];
  source: Span[];
  cue: Span[];
  direct: boolean;
}

export interface PolnearReport {
  articles: number;
  attributions: number;
  detection: PrfRow;
  byType: Record<string, PrfRow>;
  /** Matched pairs with a gold source, and how many of them our speaker mention overlaps. */
  sourceChecked: number;
  sourceCorrect: number;
  sourceAccuracy: number;
  /** Detection with the right source: a match counts only when the source is right too (or both have none). */
  attributed: PrfRow;
}

/** Parses a BRAT .ann file into attributions (discontinuous spans kept as several spans). */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const out: GoldAttribution[] = [];
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols.length >= 2) {
      const m = /^(\S+) (.+)$/.exec(cols[1]!);
      if (!m) continue;
      const parts = m[2]!.split(';').map((p) => p.trim().split(' ').map(Number));
      if (parts.some((p) => p.length !== 2 || p.some((n) => !Number.isFinite(n)))) continue;
      spans.set(cols[0]!, { type: m[1]!, spans: parts.map(([start, end]) => ({ start: start!, end: end! })) });
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols.length >= 2) {
      events.push(cols[1]!.split(' '));
    }
  }
  for (const ev of events) {
    const a: GoldAttribution = { content: [], source: [], cue: [], direct: false };
    for (const arg of ev) {
      const [role, id] = arg.split(':');
      const t = spans.get(id ?? '');
      if (!t || !role) continue;
      if (role.startsWith('Content')) a.content.push(...t.spans);
      else if (role.startsWith('Source')) a.source.push(...t.spans);
      else if (role.startsWith('Cue')) a.cue.push(...t.spans);
    }
    if (!a.content.length) continue;
    a.direct = isQuoted(text, a.content);
    out.push(a);
  }
  return out;
}

/** Content inside quotation marks: a mark at (or right before) its start and at (or right after) its end. */
function isQuoted(text: string, content: readonly Span[]): boolean {
  const start = Math.min(...content.map((s) => s.start));
  const end = Math.max(...content.map((s) => s.end));
  const open = text.slice(Math.max(0, start - 1), start + 1);
  const close = text.slice(Math.max(0, end - 2), end + 1);
  return /["“]/.test(open) && /["”]/.test(close);
}

function overlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

const length = (a: readonly Span[]) => a.reduce((n, s) => n + s.end - s.start, 0);

/** The .ann file per article (lowest annotator id when several annotated it). */
function annotationFiles(dir: string): Map<string, string> {
  const best = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    if (!best.has(m[1]!)) best.set(m[1]!, f);
  }
  return best;
}

export function evaluatePolnear(dir: string, pipeline: Pipeline, limit?: number): PolnearReport {
  if (!existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) {
    throw new InputError('INPUT_NOT_FOUND', dir, 'is not a PolNeAR split (no text/ and attributions/ folders)', 'give --data the folder that holds train/, dev/ and test/');
  }
  const anns = annotationFiles(dir);
  const names = [...anns.keys()].filter((n) => existsSync(join(dir, 'text', `${n}.txt`))).sort();
  const chosen = limit ? names.slice(0, limit) : names;
  const all = new Tally();
  const attributed = new Tally();
  const byType = new Map<string, Tally>([['direct', new Tally()], ['reported', new Tally()]]);
  let attributions = 0;
  let sourceChecked = 0;
  let sourceCorrect = 0;
  for (const name of chosen) {
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const gold = parseAnn(readFileSync(join(dir, 'attributions', anns.get(name)!), 'utf8'), text);
    attributions += gold.length;
    const doc = pipeline.run(createDoc(text));
    const preds = (doc.quotes ?? []).map((q) => ({ parts: q.parts, mention: q.speakerMention, direct: q.direct }));
    const pairs: Array<{ p: number; g: number; o: number }> = [];
    preds.forEach((p, pi) =>
      gold.forEach((g, gi) => {
        const o = overlap(p.parts, g.content);
        if (o > 0 && o * 2 >= Math.min(length(p.parts), length(g.content))) pairs.push({ p: pi, g: gi, o });
      }),
    );
    pairs.sort((a, b) => b.o - a.o);
    const usedP = new Set<number>();
    const usedG = new Set<number>();
    for (const { p, g } of pairs) {
      if (usedP.has(p) || usedG.has(g)) continue;
      usedP.add(p);
      usedG.add(g);
      const gt = gold[g]!;
      const t = byType.get(gt.direct ? 'direct' : 'reported')!;
      all.tp++;
      t.tp++;
      const mention = preds[p]!.mention;
      const right = gt.source.length ? !!mention && overlap([mention], gt.source) > 0 : !mention;
      if (gt.source.length) {
        sourceChecked++;
        if (right) sourceCorrect++;
      }
      if (right) attributed.tp++;
      else {
        attributed.fp++;
        attributed.fn++;
      }
    }
    preds.forEach((p, i) => {
      if (usedP.has(i)) return;
      all.fp++;
      attributed.fp++;
      byType.get(p.direct ? 'direct' : 'reported')!.fp++;
    });
    gold.forEach((g, i) => {
      if (usedG.has(i)) return;
      all.fn++;
      attributed.fn++;
      byType.get(g.direct ? 'direct' : 'reported')!.fn++;
    });
  }
  return {
    articles: chosen.length,
    attributions,
    detection: all.row(),
    byType: Object.fromEntries([...byType].map(([k, v]) => [k, v.row()])),
    sourceChecked,
    sourceCorrect,
    sourceAccuracy: sourceChecked ? Math.round((sourceCorrect / sourceChecked) * 1000) / 1000 : 0,
    attributed: attributed.row(),
  };
}
