// Quotation spans in a text: double quotes (straight and curly, mixed as scraped text mixes them),
// guillemets, and single quotes used as primary marks. A quotation left open at the end of a
// paragraph ends there (news style opens the next paragraph with a new mark when the speaker goes
// on). Single quotes inside a double quotation are nested and not returned.

import type { Span } from '../doc.js';

export interface Quotation {
  /** The words inside the marks. */
  inner: Span;
  /** From the opening mark to the closing mark (or the paragraph end). */
  outer: Span;
  closed: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const WORD = /[\p{L}\p{N}]/u;

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{—–\-/]/.test(ch);
}

/** Trims white space and a trailing comma inside the marks ("“...,”" -> "..."). */
function innerSpan(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /[\s,]/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  const paraRe = /[^\n]+/g;
  for (const para of text.matchAll(paraRe)) {
    const p0 = para.index!;
    const p1 = p0 + para[0].length;
    const doubles = scanDoubles(text, p0, p1);
    out.push(...doubles);
    out.push(...scanSingles(text, p0, p1, doubles));
  }
  return out.sort((a, b) => a.outer.start - b.outer.start);
}

function scanDoubles(text: string, p0: number, p1: number): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  const marks = /["“”„«»]/g;
  marks.lastIndex = p0;
  for (let m = marks.exec(text); m && m.index < p1; m = marks.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    // Direction: curly marks say it; a straight mark opens after space and closes before it.
    let opens: boolean;
    if (OPEN_DOUBLE.has(ch)) opens = open < 0 || !(next === undefined || /\s/.test(next));
    else if (CLOSE_DOUBLE.has(ch)) opens = false;
    else opens = open < 0 ? isSpaceOrStart(prev) || (next !== undefined && WORD.test(next) && !WORD.test(prev ?? ' ')) : false;
    if (opens && open < 0) {
      open = i;
      continue;
    }
    if (!opens && open >= 0) {
      out.push({ inner: innerSpan(text, open + 1, i), outer: { start: open, end: i + 1 }, closed: true });
      open = -1;
    } else if (opens && open >= 0) {
      // A second opening mark before the first closed: the first quotation ran to here.
      out.push({ inner: innerSpan(text, open + 1, i), outer: { start: open, end: i }, closed: false });
      open = i;
    }
  }
  if (open >= 0) {
    let end = p1;
    while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
    out.push({ inner: innerSpan(text, open + 1, end), outer: { start: open, end }, closed: false });
  }
  return out.filter((q) => q.inner.end > q.inner.start);
}

/**
 * Single quotes as primary marks: an opening ‘ or ' after a space and before a letter, closed by ’
 * or ' after a letter and before a space or punctuation, outside any double quotation, holding at
 * least two words (apostrophes in "don't", "Democrats’" never open one).
 */
function scanSingles(text: string, p0: number, p1: number, doubles: readonly Quotation[]): Quotation[] {
  const out: Quotation[] = [];
  const inside = (i: number) => doubles.some((d) => i >= d.outer.start && i < d.outer.end);
  const marks = /['‘]/g;
  marks.lastIndex = p0;
  for (let m = marks.exec(text); m && m.index < p1; m = marks.exec(text)) {
    let i = m.index;
    if (inside(i)) continue;
    if (!isSpaceOrStart(text[i - 1]) || !WORD.test(text[i + 1] ?? '')) continue;
    for (let j = i + 2; j < p1; j++) {
      const c = text[j]!;
      if (c === '"' || c === '“' || c === '”') break;
      if (c !== '’' && c !== "'") continue;
      const before = text[j - 1] ?? '';
      const after = text[j + 1];
      if (!(WORD.test(before) || /[.,!?]/.test(before))) continue;
      if (after !== undefined && !/[\s.,;:!?)]/.test(after)) continue; // "don't", "Trump’s"
      const inner = innerSpan(text, i + 1, j);
      if (text.slice(inner.start, inner.end).trim().split(/\s+/).length >= 2) out.push({ inner, outer: { start: i, end: j + 1 }, closed: true });
      i = j;
      marks.lastIndex = j + 1;
      break;
    }
  }
  return out;
}
