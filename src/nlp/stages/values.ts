import type { Doc, MoneyBound, Token, Value } from '../doc.js';
import { need, type Stage } from '../pipeline.js';
import {
  dayNumber, isoDay, isoMonth, isoOfDayNumber, isoOfMonthNumber, isoOfPeriod, isoYear,
  isValidDate, monthNumber, parseIsoDay, weekdayOf,
} from '../calendar.js';
import {
  ADJECTIVE_MARKERS, AMBIGUOUS_CURRENCY_WORDS, AMBIGUOUS_MONTHS, BE_FORMS, BOUND_PHRASES, CENT_WORDS,
  COUNT_NOUNS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DAY_PARTS, DOLLAR_PREFIXES, FUTURE_BEFORE_TO,
  FUTURE_WORDS, MONTH_CONTEXT_WORDS, MONTHS, MULTIPLIER_SUFFIXES, MULTIPLIER_WORDS, NONPAST_WORDS, NOT_PAST_ED, NUMBER_WORDS,
  ORDINAL_WORDS, PAST_WORDS, PER_UNIT_WORDS, PERCENT_WORDS, PERIOD_MODIFIERS, SEASONS, VAGUE_MULTIPLIERS,
  VAGUE_SCALES, WEEKDAY_NAME_MODIFIERS, WEEKDAYS, YEAR_BLOCKERS,
} from '../data/value-words.js';

// MONEY, PERCENT and DATE values (SPEC section 2). One pass over the tokens: at each token the
// matchers below try the patterns that can start there and propose drafts; overlapping drafts are
// settled longest first. Relative dates are resolved against the publication date; the rules are
// in docs/decisions/0021-relative-date-resolution.md. Matchers look at a handful of neighbouring
// tokens and use set lookups, so the stage is linear in the text.

type Draft =
  | { type: 'MONEY'; first: number; last: number; value: number; currency: string; bound: MoneyBound }
  | { type: 'DATE'; first: number; last: number; value: string }
  | { type: 'PERCENT'; first: number; last: number; value: number };

/** Where a yearless date points: the tense of its clause, or an explicit "last"/"next". */
type Direction = 'past' | 'future' | 'before' | 'after' | 'this';

interface Pub {
  y: number;
  m: number;
  d: number;
  day: number;
}

class Ctx {
  readonly w: string[];
  readonly lw: string[];
  readonly sentFirst: number[];
  readonly sentLast: number[];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    sentenceCount: number,
    readonly pub: Pub | null,
  ) {
    const n = tokens.length;
    this.w = new Array<string>(n);
    this.lw = new Array<string>(n);
    this.sentFirst = new Array<number>(sentenceCount).fill(-1);
    this.sentLast = new Array<number>(sentenceCount).fill(-1);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const s = text.slice(t.start, t.end);
      this.w[i] = s;
      this.lw[i] = s.toLowerCase();
      if (this.sentFirst[t.sentence] === -1) this.sentFirst[t.sentence] = i;
      this.sentLast[t.sentence] = i;
    }
  }

  get n(): number {
    return this.tokens.length;
  }

  /** True when token j exists and lies in the same sentence as token i. */
  same(i: number, j: number): boolean {
    return j >= 0 && j < this.tokens.length && this.tokens[j]!.sentence === this.tokens[i]!.sentence;
  }

  /** Token j's lower-cased text when it is in i's sentence, else ''. */
  at(i: number, j: number): string {
    return this.same(i, j) ? this.lw[j]! : '';
  }

  /** No characters between tokens i and i + 1. */
  glued(i: number): boolean {
    return i + 1 < this.tokens.length && this.tokens[i]!.end === this.tokens[i + 1]!.start;
  }

  /** Only spaces or tabs (no line break) between tokens i and i + 1. */
  spaced(i: number): boolean {
    if (i + 1 >= this.tokens.length) return false;
    const a = this.tokens[i]!.end;
    const b = this.tokens[i + 1]!.start;
    for (let k = a; k < b; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return true;
  }

  isNumber(i: number): boolean {
    return i >= 0 && i < this.tokens.length && this.tokens[i]!.kind === 'number';
  }

  isCapitalized(i: number): boolean {
    const s = this.w[i];
    if (!s) return false;
    const c = s.charCodeAt(0);
    return c >= 65 && c <= 90;
  }
}

// ---- numbers ------------------------------------------------------------------------------------

interface ParsedNumber {
  value: number;
  /** Letters glued to the digits ("bn" in "1.8bn", "th" in "4th"), lower case. */
  suffix: string;
  /** The digits carried a thousands separator or a decimal point. */
  formatted: boolean;
  digits: number;
}

const NUMBER_SHAPE = /^(\d+(?:,\d{3})*)(\.\d+)?([A-Za-z]*)$/;

function parseNumber(s: string): ParsedNumber | null {
  const m = NUMBER_SHAPE.exec(s);
  if (!m) return null;
  const int = m[1]!.replace(/,/g, '');
  const value = Number(int + (m[2] ?? ''));
  if (!Number.isFinite(value)) return null;
  return { value, suffix: m[3]!.toLowerCase(), formatted: m[1]!.includes(',') || m[2] !== undefined, digits: int.length };
}

interface Amount {
  first: number;
  last: number;
  /** The number as written, before any multiplier. */
  base: number;
  value: number;
  /** A multiplier word or suffix was seen ("million", "bn"). */
  scaled: boolean;
}

/**
 * A number at token i (digits, or number words such as "five", "a" before a multiplier), with the
 * multiplier that follows it: "1.5 million", "10B", "two hundred billion".
 */
function amountAt(c: Ctx, i: number, allowSuffix: boolean): Amount | null {
  if (i < 0 || i >= c.n) return null;
  let base: number;
  let last = i;
  let scaled = false;
  let mult = 1;
  if (c.isNumber(i)) {
    const p = parseNumber(c.w[i]!);
    if (!p) return null;
    base = p.value;
    if (p.suffix) {
      const s = MULTIPLIER_SUFFIXES.get(p.suffix);
      if (!allowSuffix || s === undefined) return null;
      mult = s;
      scaled = true;
    }
  } else {
    const words = numberWordsAt(c, i);
    if (!words) return null;
    base = words.value;
    last = words.last;
    // "a", "an" and "half" only count before a multiplier ("a billion dollars").
    if (words.needsMultiplier && !MULTIPLIER_WORDS.has(c.at(i, last + 1))) return null;
  }
  while (!scaled || mult < 1e12) {
    const m = MULTIPLIER_WORDS.get(c.at(i, last + 1));
    if (m === undefined) break;
    mult = scaled ? mult * m : m;
    scaled = true;
    last++;
  }
  return { first: i, last, base, value: base * mult, scaled };
}

function numberWordsAt(c: Ctx, i: number): { value: number; last: number; needsMultiplier: boolean } | null {
  const first = c.lw[i]!;
  if (!NUMBER_WORDS.has(first) && !first.includes('-')) return null;
  let total = 0;
  let current = 0;
  let last = i - 1;
  let k = i;
  while (c.same(i, k)) {
    const v = wordNumber(c.lw[k]!);
    if (v === null) break;
    if (v === 100 && current > 0) current *= 100;
    else if (v === 0.5 && k === i && c.at(i, k + 1) === 'a') {
      // "half a billion dollars"
      current = 0.5;
      k++;
    } else current += v;
    last = k;
    k++;
  }
  if (last < i) return null;
  total += current;
  const single = last === i;
  return { value: total, last, needsMultiplier: single && (first === 'a' || first === 'an' || first === 'half') };
}

/** "five" -> 5, "twenty-five" -> 25, else null. */
function wordNumber(w: string): number | null {
  const v = NUMBER_WORDS.get(w);
  if (v !== undefined) return v;
  const dash = w.indexOf('-');
  if (dash > 0) {
    const a = NUMBER_WORDS.get(w.slice(0, dash));
    const b = NUMBER_WORDS.get(w.slice(dash + 1));
    if (a !== undefined && b !== undefined && a >= 20 && a < 100 && b < 10) return a + b;
  }
  return null;
}

// ---- bounds and units ---------------------------------------------------------------------------

/** The longest bound phrase ending right before token i: its bound and its first token. */
function boundBefore(c: Ctx, i: number): { bound: MoneyBound; first: number } | null {
  let best: { bound: MoneyBound; first: number } | null = null;
  for (const [words, bound] of BOUND_PHRASES) {
    const first = i - words.length;
    if (!c.same(i, first)) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = c.lw[first + k] === words[k];
    if (ok && (!best || first < best.first)) best = { bound, first };
  }
  return best;
}

/** "a share", "an hour", "per month", "-a-share" after an amount: the last token of the unit, or -1. */
function perUnitAfter(c: Ctx, last: number): number {
  const a = c.at(last, last + 1);
  if ((a === 'a' || a === 'an' || a === 'per') && PER_UNIT_WORDS.has(c.at(last, last + 2))) return last + 2;
  if (a === '-' && c.glued(last) && c.glued(last + 1)) {
    const b = c.at(last, last + 2);
    const dash = b.indexOf('-');
    if (dash > 0 && ['a', 'an', 'per'].includes(b.slice(0, dash)) && PER_UNIT_WORDS.has(b.slice(dash + 1))) return last + 2;
  }
  return -1;
}

// ---- money --------------------------------------------------------------------------------------

interface MoneyHead {
  first: number;
  currency: string;
  amount: Amount;
  /** The currency came before the number (symbol or code), so a following range end may omit it. */
  prefixed: boolean;
}

/** A currency symbol or code and the amount after it, starting at token i. */
function prefixedMoneyAt(c: Ctx, i: number): MoneyHead | null {
  const w = c.w[i]!;
  let currency = CURRENCY_SYMBOLS.get(w);
  let first = i;
  if (currency !== undefined) {
    if (w === '$' && i > 0 && c.glued(i - 1) && c.same(i, i - 1)) {
      const prefixed = DOLLAR_PREFIXES.get(c.w[i - 1]!);
      if (prefixed) {
        currency = prefixed;
        first = i - 1;
      }
    }
    if (!(c.glued(i) || c.spaced(i))) return null;
  } else if (CURRENCY_CODES.has(w) && c.spaced(i)) {
    currency = w === 'RMB' ? 'CNY' : w;
  } else return null;
  const amount = amountAt(c, i + 1, true);
  if (!amount || !c.same(i, amount.first)) return null;
  return { first, currency, amount, prefixed: true };
}

/** An amount followed by a currency word or code ("80 billion dollars", "5 million euros", "50 cents"). */
function suffixedMoneyAt(c: Ctx, i: number): MoneyHead | null {
  const amount = amountAt(c, i, false);
  if (!amount) return null;
  const k = amount.last + 1;
  const word = c.at(i, k);
  if (CENT_WORDS.has(word)) {
    return { first: i, currency: 'USD', amount: { ...amount, last: k, value: amount.value / 100 }, prefixed: false };
  }
  const cur = CURRENCY_WORDS.get(word);
  if (cur !== undefined && (amount.scaled || !AMBIGUOUS_CURRENCY_WORDS.has(word))) {
    // "pounds" of weight read as money only with a multiplier and not before "of" ("2 million pounds of beef").
    if (word === 'pounds' && c.at(i, k + 1) === 'of') return null;
    return { first: i, currency: cur, amount: { ...amount, last: k }, prefixed: false };
  }
  if (CURRENCY_CODES.has(c.w[k] ?? '') && c.same(i, k)) {
    return { first: i, currency: c.w[k] === 'RMB' ? 'CNY' : c.w[k]!, amount: { ...amount, last: k }, prefixed: false };
  }
  return null;
}

/** "billions of dollars", "hundreds of thousands of dollars": vague amounts. */
function vagueMoneyAt(c: Ctx, i: number): Draft | null {
  let k = i;
  let scale = 1;
  const s = VAGUE_SCALES.get(c.lw[i]!);
  if (s !== undefined) {
    if (c.at(i, i + 1) !== 'of') return null;
    scale = s;
    k = i + 2;
  }
  let mult = VAGUE_MULTIPLIERS.get(c.at(i, k));
  if (mult === undefined) return null;
  // "hundreds of millions of billions" does not occur; one nested "of" is enough.
  if (c.at(i, k + 1) === 'of' && VAGUE_MULTIPLIERS.has(c.at(i, k + 2))) {
    mult *= VAGUE_MULTIPLIERS.get(c.at(i, k + 2))!;
    k += 2;
  }
  if (c.at(i, k + 1) !== 'of') return null;
  const cur = CURRENCY_WORDS.get(c.at(i, k + 2));
  if (cur === undefined || AMBIGUOUS_CURRENCY_WORDS.has(c.at(i, k + 2))) return null;
  return { type: 'MONEY', first: i, last: k + 2, value: scale * mult, currency: cur, bound: 'vague' };
}

/** Words that join the two ends of a range. */
const RANGE_JOINERS = new Set(['to', '-', '–', 'and']);

function moneyAt(c: Ctx, i: number): Draft[] {
  const vague = vagueMoneyAt(c, i);
  if (vague) return [vague];
  // A currency word may close a range whose first end is a bare number: "5 to 7 billion dollars".
  const head = prefixedMoneyAt(c, i) ?? suffixedMoneyAt(c, i) ?? bareRangeStart(c, i);
  if (!head) return [];
  const bound = boundBefore(c, head.first);
  let first = bound ? bound.first : head.first;
  const kind: MoneyBound = bound ? bound.bound : 'exact';

  // A range: "$628,000 to $1.7 million", "$5 to $7 billion", "between $1 billion and $2 billion".
  const joiner = c.at(i, head.amount.last + 1);
  const k = head.amount.last + 2;
  if (RANGE_JOINERS.has(joiner) && (joiner !== 'and' || c.at(i, first - 1) === 'between') && c.same(i, k)) {
    let second = head.prefixed ? prefixedMoneyAt(c, k) : suffixedMoneyAt(c, k);
    if (!second && head.prefixed) {
      const a = amountAt(c, k, true);
      // "$5 to 10 workers" pays five dollars to ten workers; it is no range.
      if (a && !COUNT_NOUNS.has(c.at(k, a.last + 1))) second = { first: k, currency: head.currency, amount: a, prefixed: true };
    }
    if (second && second.currency === head.currency) {
      const a = head.amount;
      // "$5 to $7 billion": the multiplier written once applies to both ends.
      const firstValue = !a.scaled && second.amount.scaled && a.base < second.amount.base
        ? a.base * (second.amount.value / second.amount.base)
        : a.value;
      if (c.at(i, first - 1) === 'between') first--;
      const unit = perUnitAfter(c, second.amount.last);
      return [
        { type: 'MONEY', first, last: a.last, value: firstValue, currency: head.currency, bound: kind === 'exact' ? 'lower' : kind },
        { type: 'MONEY', first: second.first, last: unit > 0 ? unit : second.amount.last, value: second.amount.value, currency: second.currency, bound: 'upper' },
      ];
    }
  }
  // A bare number is money only as the first end of a range.
  if (!head.prefixed && CURRENCY_WORDS.get(c.at(i, head.amount.last)) === undefined && !CENT_WORDS.has(c.at(i, head.amount.last))
    && !CURRENCY_CODES.has(c.w[head.amount.last]!)) return [];
  const unit = perUnitAfter(c, head.amount.last);
  return [{ type: 'MONEY', first, last: unit > 0 ? unit : head.amount.last, value: head.amount.value, currency: head.currency, bound: kind }];
}

/**
 * The first end of "5 to 7 billion dollars": a bare number whose range partner carries the currency.
 * Returned as a head with the partner's currency, so the range logic pairs them.
 */
function bareRangeStart(c: Ctx, i: number): MoneyHead | null {
  if (!c.isNumber(i)) return null;
  const joiner = c.at(i, i + 1);
  if (joiner !== 'to' && joiner !== '-' && joiner !== '–') return null;
  const second = suffixedMoneyAt(c, i + 2);
  if (!second) return null;
  const amount = amountAt(c, i, false);
  if (!amount || amount.last !== i || amount.base >= second.amount.base) return null;
  return { first: i, currency: second.currency, amount, prefixed: false };
}

// ---- percent ------------------------------------------------------------------------------------

/** The last token of a percent sign or word after token k, or -1. */
function percentUnitAfter(c: Ctx, k: number): number {
  const a = c.at(k, k + 1);
  if (a === '%') return k + 1;
  if (PERCENT_WORDS.has(a)) {
    if (a === 'percentage') {
      const b = c.at(k, k + 2);
      return b === 'point' || b === 'points' ? k + 2 : -1;
    }
    return k + 1;
  }
  if (a === 'per' && c.at(k, k + 2) === 'cent') return k + 2;
  return -1;
}

function signBefore(c: Ctx, i: number): { sign: number; first: number } {
  const s = c.w[i - 1];
  if ((s === '+' || s === '-' || s === '−') && c.same(i, i - 1) && c.glued(i - 1)) {
    // A sign, not a joiner: nothing glued before it ("385-41" is a vote tally).
    if (i - 2 < 0 || !c.glued(i - 2) || !c.same(i, i - 2)) return { sign: s === '+' ? 1 : -1, first: i - 1 };
  }
  return { sign: 1, first: i };
}

function percentAt(c: Ctx, i: number): Draft[] {
  let amount: { value: number; last: number } | null = null;
  if (c.isNumber(i)) {
    const p = parseNumber(c.w[i]!);
    if (!p) return [];
    if (p.suffix === 'pct') return [percentDraft(c, i, i, p.value)];
    if (p.suffix) return [];
    amount = { value: p.value, last: i };
  } else {
    const words = numberWordsAt(c, i);
    if (!words || words.needsMultiplier) return [];
    amount = { value: words.value, last: words.last };
  }
  const unit = percentUnitAfter(c, amount.last);
  if (unit > 0) return [percentDraft(c, i, unit, amount.value)];
  // "5 to 10 percent", "5-10%": the first end takes the unit of the second.
  const joiner = c.at(i, amount.last + 1);
  if (RANGE_JOINERS.has(joiner) && joiner !== 'and' && c.isNumber(amount.last + 2)) {
    const k = amount.last + 2;
    const p2 = parseNumber(c.w[k]!);
    const unit2 = p2 && !p2.suffix ? percentUnitAfter(c, k) : -1;
    // Ranges rise ("5 to 10 percent"); "from 2.2 percent in 1985 to 4.1 percent" joins no range.
    if (p2 && unit2 > 0 && amount.value < p2.value) return [percentDraft(c, i, amount.last, amount.value), percentDraft(c, k, unit2, p2.value)];
  }
  return [];
}

function percentDraft(c: Ctx, i: number, last: number, value: number): Draft {
  const { sign, first } = signBefore(c, i);
  const bound = boundBefore(c, first);
  return { type: 'PERCENT', first: bound ? bound.first : first, last, value: sign * value };
}

// ---- tense --------------------------------------------------------------------------------------

/** How far (in tokens) the tense cue of a date is looked for, to its left and to its right. */
const LEFT_WINDOW = 20;
const RIGHT_WINDOW = 8;

const CLAUSE_BREAKS = new Set([';', '"', '“', '”', '(', ')', '—', '–', ':', '[', ']']);

/** Prepositions that end a period; and how many tokens they may stand before the date they govern. */
const DEADLINE_WORDS = new Set(['until', 'till', 'through']);
const DEADLINE_REACH = 4;

/** Present-tense forms of "be" among the non-past cues. */
const PRESENT_BE = new Set(['is', 'are', 'am', "'re", '’re', "'m", '’m']);

/** Relative pronouns and conjunctions that open a new clause: a tense cue beyond one belongs to that clause. */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'where', 'while', 'but', 'although', 'because', 'that']);

/**
 * The tense of the clause around tokens first..last: the nearest tense cue to the left within the
 * sentence and the clause, else the nearest to the right (a fronted "On Friday, the company said").
 * News narrates in the past, so a past-tense verb is a cue; a future auxiliary ("will", "would"),
 * a schedule word ("scheduled", "set to", "plans to"), a deadline preposition ("until", "through")
 * or a present-tense "is" is a future cue.
 */
function tenseAround(c: Ctx, first: number, last: number, present: boolean): 'past' | 'future' | null {
  for (let k = first - 1; c.same(first, k) && first - k <= LEFT_WINDOW; k--) {
    const w = c.lw[k]!;
    if (CLAUSE_BREAKS.has(w)) break;
    // "until June 4", "through the end of September": a deadline word counts only when it governs
    // the date ("squeaked through, with 217 votes on May 4" is no deadline).
    const cue = DEADLINE_WORDS.has(w) && first - k > DEADLINE_REACH ? null : tenseCue(c, k, present);
    if (cue) return cue;
    if (CLAUSE_OPENERS.has(w)) break;
    // ", recalling a March 30 call": a participle after a comma opens a clause of its own.
    if (c.w[k - 1] === ',' && w.length > 4 && w.endsWith('ing')) break;
  }
  for (let k = last + 1; c.same(last, k) && k - last <= RIGHT_WINDOW; k++) {
    const w = c.lw[k]!;
    if (CLAUSE_BREAKS.has(w) || CLAUSE_OPENERS.has(w)) break;
    const cue = tenseCue(c, k, present);
    if (cue) return cue;
  }
  return null;
}

/**
 * The tense cue token k gives, if any. `present`: a present-tense "is" counts as a future cue. That
 * holds for a month ("He is up for re-election in November") but not for a weekday, which news
 * pairs with the present for what just happened ("Tarrant is condemning the strike Saturday").
 */
function tenseCue(c: Ctx, k: number, present: boolean): 'past' | 'future' | null {
  const w = c.lw[k]!;
  if (FUTURE_WORDS.has(w) || (NONPAST_WORDS.has(w) && c.w[k] === w && (present || !PRESENT_BE.has(w)))) {
    const next = c.at(k, k + 1);
    // "would have met", "may have met": a modal before "have" looks back.
    if (next === 'have') return 'past';
    // "may be behind the announcement": a modal of possibility before "be" judges, it does not schedule.
    if (next === 'be' && NONPAST_WORDS.has(w)) return null;
    return 'future';
  }
  if (FUTURE_BEFORE_TO.has(w)) {
    const next = c.at(k, k + 1);
    if (next === 'to' || next === 'for') return 'future';
  }
  if (PAST_WORDS.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && c.tokens[k]!.kind === 'word' && !c.isCapitalized(k)) {
    const prev = c.at(k, k - 1);
    // A participle after "be"/"is" is passive and an -ed word after a determiner is an adjective:
    // the auxiliary further left decides.
    if (BE_FORMS.has(prev) || ADJECTIVE_MARKERS.has(prev) || prev === 'to') return null;
    return 'past';
  }
  return null;
}

// ---- dates --------------------------------------------------------------------------------------

/** Day of month in a token: "4", "4th", "22nd"; null when it is not one. */
function dayOfMonth(c: Ctx, k: number): number | null {
  if (!c.isNumber(k)) return null;
  const p = parseNumber(c.w[k]!);
  if (!p || p.formatted || p.digits > 2) return null;
  if (p.suffix && !['st', 'nd', 'rd', 'th'].includes(p.suffix)) return null;
  if (p.value < 1 || p.value > 31) return null;
  // "June 2%" or "June 5 million" is no date.
  const next = c.at(k, k + 1);
  if (next === '%' || MULTIPLIER_WORDS.has(next) || PERCENT_WORDS.has(next)) return null;
  return p.value;
}

/** A four-digit year in a token (1000..2999), null otherwise. */
function yearOf(c: Ctx, k: number): number | null {
  if (!c.isNumber(k)) return null;
  const s = c.w[k]!;
  if (s.length !== 4) return null;
  const y = Number(s);
  return Number.isInteger(y) && y >= 1000 && y <= 2999 ? y : null;
}

function pushDay(out: Draft[], first: number, last: number, y: number, m: number, d: number): void {
  if (isValidDate(y, m, d)) out.push({ type: 'DATE', first, last, value: isoDay(y, m, d) });
}

/** Direction words right before token k ("last June", "next Friday", "this past Monday"). */
function directionBefore(c: Ctx, k: number): { dir: Direction; first: number } | null {
  const a = c.at(k, k - 1);
  if (a === 'last') return { dir: 'before', first: k - 1 };
  if (a === 'next') return { dir: 'after', first: k - 1 };
  if (a === 'this') return { dir: 'this', first: k - 1 };
  if (a === 'past' && c.at(k, k - 2) === 'this') return { dir: 'before', first: k - 2 };
  if (a === 'coming' && (c.at(k, k - 2) === 'this' || c.at(k, k - 2) === 'the')) return { dir: 'after', first: k - 2 };
  return null;
}

/** Direction from the clause's tense; null when the text gives no cue. `month`: the date is a bare month. */
function clauseDirection(c: Ctx, first: number, last: number, month = false): 'past' | 'future' | null {
  return tenseAround(c, first, last, month);
}

/** Words that make a weekday a habit ("every Friday"). */
const HABITUAL = new Set(['every', 'each']);

function resolveWeekday(pub: Pub, wd: number, dir: Direction | null): string {
  const today = weekdayOf(pub.day);
  let delta: number;
  switch (dir) {
    case 'before':
      delta = -(((today - wd + 7) % 7) || 7);
      break;
    case 'after':
      delta = ((wd - today + 7) % 7) || 7;
      break;
    case 'future':
    case 'this':
      delta = (wd - today + 7) % 7;
      break;
    default:
      delta = -((today - wd + 7) % 7);
  }
  return isoOfDayNumber(pub.day + delta);
}

/** A yearless month (1..12): a month number (y * 12 + m - 1). */
function resolveMonth(pub: Pub, m: number, dir: Direction | null): number {
  const now = monthNumber(pub.y, pub.m);
  const thisYear = monthNumber(pub.y, m);
  const past = thisYear <= now ? thisYear : thisYear - 12;
  const future = thisYear >= now ? thisYear : thisYear + 12;
  switch (dir) {
    case 'before':
      return thisYear < now ? thisYear : thisYear - 12;
    case 'after':
      return thisYear > now ? thisYear : thisYear + 12;
    case 'this':
      return thisYear;
    case 'past':
      return past;
    case 'future':
      return future;
    default:
      // No cue: news looks back, so the past reading wins unless the coming one is far nearer.
      return (future - now) * 2 < now - past ? future : past;
  }
}

/** A reading this far (in days) from publication is "almost a year away"... */
const NEAR_YEAR_DAYS = 300;
/** ...and loses to the other reading when that one lies within this many days. */
const NEAR_PUB_DAYS = 60;

/** A yearless month and day: the year it falls in. */
function resolveMonthDay(pub: Pub, m: number, d: number, dir: Direction | null): number | null {
  const candidates = [pub.y - 1, pub.y, pub.y + 1].filter((y) => isValidDate(y, m, d));
  const days = candidates.map((y) => ({ y, n: dayNumber(y, m, d) }));
  const past = days.filter((x) => x.n <= pub.day).pop();
  const future = days.find((x) => x.n >= pub.day);
  switch (dir) {
    case 'before':
      return days.filter((x) => x.n < pub.day).pop()?.y ?? null;
    case 'after':
      return days.find((x) => x.n > pub.day)?.y ?? null;
    case 'this':
      return isValidDate(pub.y, m, d) ? pub.y : null;
    case 'past':
    case 'future': {
      const [want, other] = dir === 'past' ? [past, future] : [future, past];
      // News gives the year of a date that lies about a year away, and a publication date may be
      // off by days (updates, time zones): a tense reading almost a year away loses to the other
      // reading when that one lies within two months of publication.
      if (want && other && Math.abs(want.n - pub.day) > NEAR_YEAR_DAYS && Math.abs(other.n - pub.day) <= NEAR_PUB_DAYS) return other.y;
      return want?.y ?? other?.y ?? null;
    }
    default:
      if (!past) return future?.y ?? null;
      if (!future) return past.y;
      return (future.n - pub.day) * 2 < pub.day - past.n ? future.y : past.y;
  }
}

/** "Wednesday morning", "yesterday afternoon": the last token including a day part, else k. */
function dayPartAfter(c: Ctx, k: number): number {
  return DAY_PARTS.has(c.at(k, k + 1)) ? k + 1 : k;
}

/** A month name at token k, or null. */
function monthAt(c: Ctx, k: number): number | null {
  if (k < 0 || k >= c.n) return null;
  return MONTHS.get(c.w[k]!) ?? null;
}

/** An explicit month-day(-year) date starting at token k ("Jan. 5", "June 4th, 2020", "5 June 2020"). */
function explicitDayAt(c: Ctx, k: number): { last: number; y: number | null; m: number; d: number } | null {
  const m = monthAt(c, k);
  if (m !== null) {
    const d = dayOfMonth(c, k + 1);
    if (d === null || !c.same(k, k + 1)) return null;
    let last = k + 1;
    let y: number | null = null;
    const after = c.at(k, last + 1);
    if ((after === ',' || after === 'of') && yearOf(c, last + 2) !== null && c.same(k, last + 2)) {
      y = yearOf(c, last + 2);
      last += 2;
    } else if (yearOf(c, last + 1) !== null && c.same(k, last + 1)) {
      y = yearOf(c, last + 1);
      last += 1;
    }
    return { last, y, m, d };
  }
  const d = dayOfMonth(c, k);
  if (d !== null) {
    let j = k + 1;
    if (c.at(k, j) === 'of' && c.at(k, k - 1) === 'the') j++;
    const m2 = monthAt(c, j);
    if (m2 === null || !c.same(k, j)) return null;
    let last = j;
    let y: number | null = null;
    if (yearOf(c, j + 1) !== null && c.same(k, j + 1)) {
      y = yearOf(c, j + 1);
      last = j + 1;
    } else if (c.at(k, j + 1) === ',' && yearOf(c, j + 2) !== null && c.same(k, j + 2)) {
      y = yearOf(c, j + 2);
      last = j + 2;
    }
    return { last, y, m: m2, d };
  }
  return null;
}

function dateAt(c: Ctx, i: number): Draft[] {
  const w = c.w[i]!;
  const lw = c.lw[i]!;
  const out: Draft[] = [];
  const pub = c.pub;

  const wd = WEEKDAYS.get(w);
  if (wd !== undefined) {
    if (WEEKDAY_NAME_MODIFIERS.has(c.w[i - 1] ?? '') && c.same(i, i - 1)) return out;
    // "every Saturday", "each Monday", "every other Friday": a habit, not a date.
    if (HABITUAL.has(c.at(i, i - 1)) || (c.at(i, i - 1) === 'other' && HABITUAL.has(c.at(i, i - 2)))) return out;
    // "Sunday Times", "Monday Night Football": a weekday inside a name.
    const next = i + 1;
    if (c.same(i, next) && c.spaced(i) && c.isCapitalized(next) && monthAt(c, next) === null) return out;
    // "Friday, Jan. 17, 2025" and "Friday Jan. 17": the explicit date decides.
    const j = c.at(i, next) === ',' ? i + 2 : next;
    const explicit = c.same(i, j) ? explicitDayAt(c, j) : null;
    if (explicit && monthAt(c, j) !== null) {
      const y = explicit.y ?? (pub ? resolveMonthDay(pub, explicit.m, explicit.d, clauseDirection(c, i, explicit.last)) : null);
      if (y !== null) pushDay(out, i, explicit.last, y, explicit.m, explicit.d);
      return out;
    }
    if (!pub) return out;
    const before = directionBefore(c, i);
    const last = dayPartAfter(c, i);
    const dir = before?.dir === 'this' ? (clauseDirection(c, before.first, last) ?? 'future') : (before?.dir ?? clauseDirection(c, i, last));
    out.push({ type: 'DATE', first: before ? before.first : i, last, value: resolveWeekday(pub, wd, dir) });
    return out;
  }

  const m = monthAt(c, i);
  if (m !== null) return monthDates(c, i, m, i, null);

  // "mid-March", "mid-2019", "early-2018"
  const dash = lw.indexOf('-');
  if (dash > 0 && PERIOD_MODIFIERS.has(lw.slice(0, dash))) {
    const rest = w.slice(dash + 1);
    const mm = MONTHS.get(rest);
    if (mm !== undefined) return monthDates(c, i, mm, i, 'bare');
    if (/^\d{4}$/.test(rest)) {
      const y = Number(rest);
      if (y >= 1000 && y <= 2999) out.push({ type: 'DATE', first: i, last: i, value: isoYear(y) });
    }
    return out;
  }

  if (c.isNumber(i)) return numericDates(c, i);

  if (!pub) return out;
  return relativeDates(c, i, pub);
}

/**
 * Dates that start with the month name at token k (the span starts at `first`, which may hold a
 * modifier): "June 4th", "March 2019", "in June". `forced` = 'bare' when the month came glued to
 * a modifier and cannot take a day.
 */
function monthDates(c: Ctx, first: number, m: number, k: number, forced: 'bare' | null): Draft[] {
  const out: Draft[] = [];
  const pub = c.pub;
  if (forced === null) {
    const explicit = explicitDayAt(c, k);
    if (explicit) {
      const y = explicit.y ?? (pub ? resolveMonthDay(pub, m, explicit.d, directionBefore(c, k)?.dir ?? clauseDirection(c, k, explicit.last)) : null);
      if (y !== null) pushDay(out, first, explicit.last, y, m, explicit.d);
      return out;
    }
    // "March 2019", "March of 2019", "January, 2019"
    let j = k + 1;
    if (c.at(k, j) === 'of' || c.at(k, j) === ',') j++;
    const y = yearOf(c, j);
    if (y !== null && c.same(k, j)) {
      const mod = modifierBefore(c, k);
      out.push({ type: 'DATE', first: mod ?? first, last: j, value: isoMonth(y, m) });
      return out;
    }
  }
  if (!pub) return out;
  // A bare month name. Ambiguous names ("May", "March", "June") need a date word before them.
  const w = c.w[k]!;
  const prev = c.at(k, k - 1);
  const hasContext = forced === 'bare' || MONTH_CONTEXT_WORDS.has(prev) || (prev === 'and' || prev === 'or' || prev === ',') && monthAt(c, k - 2) !== null;
  if (!hasContext && (AMBIGUOUS_MONTHS.has(w) || w.endsWith('.') || k === c.sentFirst[c.tokens[k]!.sentence])) return out;
  // "November Harbor Trust", "April Castellan": a month name inside a name.
  if (forced === null && c.same(k, k + 1) && c.spaced(k) && c.isCapitalized(k + 1) && monthAt(c, k + 1) === null) return out;
  const dirWord = forced === null ? directionBefore(c, k) : null;
  const mod = forced === null ? modifierBefore(c, k) : null;
  const dir = dirWord?.dir ?? clauseDirection(c, first, k, true);
  out.push({
    type: 'DATE', first: dirWord ? dirWord.first : mod ?? first, last: k,
    value: isoOfMonthNumber(resolveMonth(pub, m, dir)),
  });
  return out;
}

/** "early", "mid", "late" (optionally after "the"... no: directly) before token k: its index. */
function modifierBefore(c: Ctx, k: number): number | null {
  return PERIOD_MODIFIERS.has(c.at(k, k - 1)) ? k - 1 : null;
}

/** Dates that start with a number: years, "5 June", ISO "2019-07-12", US "7/12/2019". */
function numericDates(c: Ctx, i: number): Draft[] {
  const out: Draft[] = [];
  const w = c.w[i]!;
  // "7/12/2019"
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(w);
  if (slash) {
    pushDay(out, i, i, Number(slash[3]), Number(slash[1]), Number(slash[2]));
    return out;
  }
  const explicit = explicitDayAt(c, i);
  if (explicit) {
    const pub = c.pub;
    const y = explicit.y ?? (pub ? resolveMonthDay(pub, explicit.m, explicit.d, clauseDirection(c, i, explicit.last)) : null);
    const first = c.at(i, i - 1) === 'the' && c.at(i, i + 1) === 'of' ? i - 1 : i;
    if (y !== null) pushDay(out, first, explicit.last, y, explicit.m, explicit.d);
    return out;
  }
  const p = parseNumber(w);
  if (p && !p.suffix && !p.formatted && Number.isInteger(p.value) && p.value >= 1 && p.value <= 100 && c.pub) {
    const ago = agoDate(c, i, i, p.value, c.pub);
    if (ago) return [ago];
  }
  const y = yearOf(c, i);
  if (y === null) return out;
  // ISO "2019-07-12"
  if (c.at(i, i + 1) === '-' && c.glued(i) && c.glued(i + 1) && c.isNumber(i + 2) && c.w[i + 2]!.length === 2
    && c.at(i, i + 3) === '-' && c.glued(i + 2) && c.glued(i + 3) && c.isNumber(i + 4) && c.w[i + 4]!.length === 2) {
    pushDay(out, i, i + 4, y, Number(c.w[i + 2]), Number(c.w[i + 4]));
    if (out.length) return out;
  }
  if (!isYearReading(c, i, y)) return out;
  let first = i;
  const mod = modifierBefore(c, i);
  if (mod !== null) first = mod;
  out.push({ type: 'DATE', first, last: i, value: isoYear(y) });
  return out;
}

/** Whether the four-digit number at token i reads as a year. */
function isYearReading(c: Ctx, i: number, y: number): boolean {
  const prev = c.same(i, i - 1) ? c.w[i - 1]! : '';
  if (YEAR_BLOCKERS.has(prev) || CURRENCY_SYMBOLS.has(prev) || CURRENCY_CODES.has(prev)) return false;
  const next = c.at(i, i + 1);
  if (next === '%' || COUNT_NOUNS.has(next) || MULTIPLIER_WORDS.has(next) || PERCENT_WORDS.has(next)) return false;
  if (CURRENCY_WORDS.has(next) || next === 'a.m.' || next === 'p.m.' || next === 'hours') return false;
  // A number glued to letters or a decimal ("1990s", "2019.5") never reaches here; a thousands
  // separator ("2,019") has no four-digit token either. Years before 1900 need a date word before them.
  if (y < 1900 || y > 2099) return ['in', 'since', 'from', 'until', 'by', 'of', 'circa', 'year', 'before', 'after', 'around', 'c.'].includes(c.lw[i - 1] ?? '');
  return true;
}

/** Relative expressions: "yesterday", "last year", "this week", "four years ago", "the second quarter of 2020". */
function relativeDates(c: Ctx, i: number, pub: Pub): Draft[] {
  const out: Draft[] = [];
  const lw = c.lw[i]!;
  switch (lw) {
    case 'today':
    case 'tonight':
      // "USA Today", "USA TODAY NETWORK": a capitalised "Today" after a capitalised word names something.
      if (c.w[i] !== lw && i !== c.sentFirst[c.tokens[i]!.sentence] && c.same(i, i - 1) && c.isCapitalized(i - 1)) return out;
      out.push({ type: 'DATE', first: i, last: dayPartAfter(c, i), value: isoOfDayNumber(pub.day) });
      return out;
    case 'yesterday':
      out.push({ type: 'DATE', first: i, last: dayPartAfter(c, i), value: isoOfDayNumber(pub.day - 1) });
      return out;
    case 'tomorrow':
      out.push({ type: 'DATE', first: i, last: dayPartAfter(c, i), value: isoOfDayNumber(pub.day + 1) });
      return out;
    default:
  }
  if (lw === 'this' || lw === 'last' || lw === 'next') return periodDates(c, i, pub);
  if (lw === 'q1' || lw === 'q2' || lw === 'q3' || lw === 'q4') {
    const y = yearOf(c, i + 1);
    if (y !== null && c.same(i, i + 1)) out.push({ type: 'DATE', first: i, last: i + 1, value: isoYear(y) });
    return out;
  }
  const ord = ORDINAL_WORDS.get(lw);
  if (ord !== undefined) {
    // "the second quarter of 2020", "the first half of 2019"
    const unit = c.at(i, i + 1);
    const of = c.at(i, i + 2);
    const y = yearOf(c, i + 3);
    if ((unit === 'quarter' || unit === 'half') && (of === 'of' || of === 'in') && y !== null && c.same(i, i + 3)) {
      out.push({ type: 'DATE', first: c.at(i, i - 1) === 'the' ? i - 1 : i, last: i + 3, value: isoYear(y) });
    }
    return out;
  }
  // "four years ago", "a decade ago", "10 days ago"
  const n = wordNumber(lw);
  if (n !== null && n >= 1 && Number.isInteger(n)) {
    const ago = agoDate(c, i, i, n, pub);
    if (ago) out.push(ago);
  }
  return out;
}

function agoDate(c: Ctx, first: number, numTok: number, n: number, pub: Pub): Draft | null {
  if (c.at(numTok, numTok + 2) !== 'ago') return null;
  const last = numTok + 2;
  const unit = c.at(numTok, numTok + 1);
  switch (unit.endsWith('s') ? unit.slice(0, -1) : unit) {
    case 'year':
      return { type: 'DATE', first, last, value: isoYear(pub.y - n) };
    case 'decade':
      return { type: 'DATE', first, last, value: isoYear(pub.y - 10 * n) };
    case 'month':
      return { type: 'DATE', first, last, value: isoOfMonthNumber(monthNumber(pub.y, pub.m) - n) };
    case 'week':
      return { type: 'DATE', first, last, value: isoOfDayNumber(pub.day - 7 * n) };
    case 'day':
      return { type: 'DATE', first, last, value: isoOfDayNumber(pub.day - n) };
    default:
      return null;
  }
}

/** "this year", "last month", "next week", "last quarter", "this summer", "earlier this year". */
function periodDates(c: Ctx, i: number, pub: Pub): Draft[] {
  const out: Draft[] = [];
  const lw = c.lw[i]!;
  const unit = c.at(i, i + 1);
  const prev = c.at(i, i - 1);
  // "the last year", "over the last month", "the next week" are durations, not dates.
  if (prev === 'the' || prev === 'past') return out;
  // "CBS This Morning", "This Week with ...": capitalised mid-sentence, it is a title.
  if (c.w[i] !== lw && i !== c.sentFirst[c.tokens[i]!.sentence] && c.isCapitalized(i + 1)) return out;
  const step = lw === 'last' ? -1 : lw === 'next' ? 1 : 0;
  const first = prev === 'earlier' || prev === 'later' ? i - 1 : i;
  const last = i + 1;
  if (!c.same(i, last)) return out;
  switch (unit) {
    case 'year':
      out.push({ type: 'DATE', first, last, value: isoYear(pub.y + step) });
      break;
    case 'month':
      out.push({ type: 'DATE', first, last, value: isoOfMonthNumber(monthNumber(pub.y, pub.m) + step) });
      break;
    case 'week': {
      const monday = pub.day - ((weekdayOf(pub.day) + 6) % 7) + 7 * step;
      const v = isoOfPeriod(monday, monday + 6);
      if (v) out.push({ type: 'DATE', first, last, value: v });
      break;
    }
    case 'quarter': {
      const q = Math.floor((pub.m - 1) / 3) + step;
      const y = pub.y + Math.floor(q / 4);
      out.push({ type: 'DATE', first, last, value: isoYear(y) });
      break;
    }
    case 'night':
      if (lw === 'last') out.push({ type: 'DATE', first, last, value: isoOfDayNumber(pub.day - 1) });
      break;
    case 'morning':
    case 'afternoon':
    case 'evening':
      if (lw === 'this') out.push({ type: 'DATE', first, last, value: isoOfDayNumber(pub.day) });
      break;
    default: {
      const season = SEASONS.get(unit);
      if (season) {
        let y = pub.y;
        if (step < 0 && pub.m <= season.last) y--;
        if (step > 0 && pub.m >= season.first) y++;
        out.push({ type: 'DATE', first, last, value: isoYear(y) });
      }
    }
  }
  return out;
}

// ---- the stage ----------------------------------------------------------------------------------

function pubOf(iso: string | null): Pub | null {
  const p = parseIsoDay(iso);
  return p ? { ...p, day: dayNumber(p.y, p.m, p.d) } : null;
}

/** Cheap test on a token before any matcher runs: can a value start here? */
function mayStart(c: Ctx, i: number): boolean {
  const t = c.tokens[i]!;
  if (t.kind === 'number' || t.kind === 'symbol') return true;
  const w = c.w[i]!;
  const ch = w.charCodeAt(0);
  if (ch >= 65 && ch <= 90) return true; // months, weekdays, codes, "Q2", number words at sentence start
  const lw = c.lw[i]!;
  return (
    NUMBER_WORDS.has(lw) || VAGUE_MULTIPLIERS.has(lw) || VAGUE_SCALES.has(lw) || lw === 'today' || lw === 'tonight'
    || lw === 'yesterday' || lw === 'tomorrow' || lw === 'this' || lw === 'last' || lw === 'next'
    || ORDINAL_WORDS.has(lw) || lw.includes('-')
  );
}

/** Every MONEY, PERCENT and DATE value in a tokenized text, in text order, with ids v1, v2, ... */
export function extractValues(text: string, tokens: readonly Token[], sentenceCount: number, published: string | null): Value[] {
  const c = new Ctx(text, tokens, sentenceCount, pubOf(published));
  const drafts: Draft[] = [];
  for (let i = 0; i < c.n; i++) {
    if (!mayStart(c, i)) continue;
    const money = moneyAt(c, i);
    if (money.length) {
      drafts.push(...money);
      continue;
    }
    const pct = percentAt(c, i);
    if (pct.length) {
      drafts.push(...pct);
      continue;
    }
    drafts.push(...dateAt(c, i));
  }
  // Longest first; a draft that overlaps a kept one is dropped.
  const order = drafts.map((d, k) => k).sort((a, b) => {
    const da = drafts[a]!;
    const db = drafts[b]!;
    return db.last - db.first - (da.last - da.first) || da.first - db.first;
  });
  const taken = new Uint8Array(c.n);
  const kept: Draft[] = [];
  for (const k of order) {
    const d = drafts[k]!;
    let free = true;
    for (let t = d.first; t <= d.last && free; t++) free = taken[t] === 0;
    if (!free) continue;
    for (let t = d.first; t <= d.last; t++) taken[t] = 1;
    kept.push(d);
  }
  kept.sort((a, b) => a.first - b.first);
  return kept.map((d, k) => {
    const start = tokens[d.first]!.start;
    const end = tokens[d.last]!.end;
    const base = { id: `v${k + 1}`, start, end, sentence: tokens[d.first]!.sentence };
    if (d.type === 'MONEY') return { ...base, type: 'MONEY', value: roundMoney(d.value), currency: d.currency, bound: d.bound };
    if (d.type === 'PERCENT') return { ...base, type: 'PERCENT', value: d.value };
    return { ...base, type: 'DATE', value: d.value };
  });
}

/** 1.7 * 1e6 is 1699999.9999999998 in floating point; amounts are kept to a hundredth of a unit. */
function roundMoney(v: number): number {
  return Math.round(v * 100) / 100;
}

export const valuesStage: Stage = {
  name: 'values',
  requires: ['sentences', 'tokens'],
  adds: ['values'],
  run(doc: Doc): Doc {
    const tokens = need(doc, 'tokens', 'values');
    const sentences = need(doc, 'sentences', 'values');
    return { ...doc, values: extractValues(doc.text, tokens, sentences.length, doc.meta.published) };
  },
};
