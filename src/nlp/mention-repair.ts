// Span repairs between the tagger and the mentions, for conventions of modern news the CoNLL
// training data hardly shows. A span that swallowed a title is split at it: the name after the title
// is the PERSON, what comes before (an employer: "Microsoft CEO", "Supreme Court Justice") keeps
// an organisation type, and an organisation span that ends in a title loses it ("House Minority
// Leader" -> "House"); a span of titles alone is dropped. A legislator's party-and-state tag
// ("R-N.C.") and a stock ticker quoted beside a company ("(KO)") are not entities. A name starts
// with a capital, and a person's name that repeats its first word is two names (pages that print
// a politician's full name beside the short one).

import type { TokenSpan } from './ner-tagger.js';
import { NAME_SUFFIXES, ORG_HEAD_WORDS, PARTY_STATE_TAG, TITLE_MODIFIERS, TITLE_WORDS } from './data/person-titles.js';
import type { Gazetteer } from './features/gazetteer.js';

const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');
/** Words that end organisation names but are none alone ("Inc.", "LLC", "Group", "Committee"). */
const BARE_HEADS: ReadonlySet<string> = new Set(['inc', 'llc', 'corp', 'co', 'ltd', 'plc', 'group', 'committee', 'holdings', 'no']);
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

export class MentionRepair {
  private readonly firstNames: number;
  private readonly tickers: number;

  constructor(private readonly gazetteer: Gazetteer | null) {
    const bit = (name: string) => (gazetteer && gazetteer.lists.includes(name) ? 1 << gazetteer.lists.indexOf(name) : 0);
    this.firstNames = bit('first-name');
    this.tickers = bit('ticker');
  }

  private inList(word: string, mask: number): boolean {
    if (!this.gazetteer || !mask) return false;
    return this.gazetteer.match([word]).some((m) => m.lists & mask);
  }

  /** Repaired spans of one sentence (token indexes into `words`). */
  repair(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
    const out: TokenSpan[] = [];
    for (const whole of spans) {
      const span = this.cutAtBracket(words, whole);
      if (!span) continue;
      if (span.end - span.start === 1 && (PARTY_STATE_TAG.test(words[span.start]!) || this.isTicker(words, span.start))) continue;
      if (span.end - span.start === 1 && span.type !== 'PER' && BARE_HEADS.has(bare(words[span.start]!))) continue;
      if (span.end - span.start > 1 && this.isTicker(words, span.end - 1)) {
        out.push(...this.repair(words, [{ ...span, end: span.end - 1 }]));
        continue;
      }
      for (const part of this.splitTitle(words, this.trimLower(words, span))) {
        for (const piece of this.splitRepeat(words, part)) {
          const trimmed = this.trimTitle(words, piece);
          if (trimmed && !this.onlyTitles(words, trimmed)) out.push(trimmed);
        }
      }
    }
    return out;
  }

  /**
   * A name stops at a bracket ("Orrin (ORRN" -> "Orrin"), and a social-media handle or hashtag
   * ("@realDonaldTrump") is an address, not a name.
   */
  private cutAtBracket(words: readonly string[], span: TokenSpan): TokenSpan | null {
    let end = span.end;
    for (let i = span.start + 1; i < span.end; i++) {
      if (/^[()[\]{}]$/.test(words[i]!)) {
        end = i;
        break;
      }
    }
    if (/^[@#]/.test(words[span.start]!) && end - span.start === 1) return null;
    return end === span.end ? span : { ...span, end };
  }

  /** A listed ticker symbol quoted as one: "Corvid (CVRD) said", "Orrin Systems Inc. ORRN, +4.12%". */
  private isTicker(words: readonly string[], i: number): boolean {
    const w = words[i]!;
    if (!/^[A-Z][A-Z.]{0,5}$/.test(w) || !this.inList(w, this.tickers)) return false;
    const quoted = words[i - 1] === '(' && words[i + 1] === ')';
    // "Kestrel Holdings Inc. KSTL, +0.65%": a ticker printed after the name, then its price move.
    const priced = words[i + 1] === ',' && /^[+-]\d/.test(words[i + 2] ?? '');
    return quoted || priced;
  }

  /** A name does not start with a lowercase word ("year-old Whitcombe" -> "Whitcombe"); "iPhone" is not one. */
  private trimLower(words: readonly string[], span: TokenSpan): TokenSpan {
    let start = span.start;
    while (start < span.end - 1 && /^\p{Ll}[\p{Ll}'’-]*$/u.test(words[start]!)) start++;
    return start === span.start ? span : { ...span, start };
  }

  /** A person's name does not repeat its first word: "Lena Corwick Lena Maria" is two names. */
  private splitRepeat(words: readonly string[], span: TokenSpan): TokenSpan[] {
    if (span.type !== 'PER') return [span];
    for (let i = span.start + 1; i < span.end; i++) {
      if (words[i] === words[span.start]) return [{ ...span, end: i }, ...this.splitRepeat(words, { ...span, start: i })];
    }
    return [span];
  }

  /** Nothing but titles ("Majority Leader", "Justice", "Jr."): not a name. */
  private onlyTitles(words: readonly string[], span: TokenSpan): boolean {
    for (let i = span.start; i < span.end; i++) {
      const w = bare(words[i]!);
      if (!TITLE_WORDS.has(w) && !TITLE_MODIFIERS.has(w) && !NAME_SUFFIXES.has(w)) return false;
    }
    return true;
  }

  /** An organisation or place span does not end in a title: "House Minority Leader" -> "House". */
  private trimTitle(words: readonly string[], span: TokenSpan): TokenSpan | null {
    if (span.type === 'PER') return span;
    let end = span.end;
    if (!TITLE_WORDS.has(bare(words[end - 1]!))) return span;
    while (end > span.start && (TITLE_WORDS.has(bare(words[end - 1]!)) || TITLE_MODIFIERS.has(bare(words[end - 1]!)))) end--;
    return end > span.start ? { ...span, end } : null;
  }

  private splitTitle(words: readonly string[], span: TokenSpan): TokenSpan[] {
    // The last title word with a name after it.
    let title = -1;
    for (let i = span.end - 2; i >= span.start; i--) {
      if (TITLE_WORDS.has(bare(words[i]!))) {
        title = i;
        break;
      }
    }
    if (title < 0) return [span];
    const tail = { start: title + 1, end: span.end };
    const tailWords = words.slice(tail.start, tail.end);
    if (!tailWords.every(capitalised) || ORG_HEAD_WORDS.has(bare(tailWords[tailWords.length - 1]!))) return [span];
    if (span.type !== 'PER' && !this.inList(tailWords[0]!, this.firstNames)) return [span];
    let headEnd = title;
    while (headEnd > span.start && (TITLE_WORDS.has(bare(words[headEnd - 1]!)) || TITLE_MODIFIERS.has(bare(words[headEnd - 1]!)))) headEnd--;
    const out: TokenSpan[] = [];
    if (headEnd > span.start && capitalised(words[span.start]!)) {
      out.push({ start: span.start, end: headEnd, type: span.type === 'PER' ? 'ORG' : span.type, score: span.score });
    }
    out.push({ ...tail, type: 'PER', score: span.score });
    return out;
  }
}
