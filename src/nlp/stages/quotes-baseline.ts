import type { Doc, Entity, EntityType, Mention, Quote, Span, Token } from '../doc.js';
import { need, type Stage } from '../pipeline.js';
import { ORG_DESCRIPTIONS, SPEAKER_PRONOUNS, SPEECH_VERBS } from '../data/baseline-speech-cues.js';
import { TITLE_FIRST_WORDS } from '../data/baseline-titles.js';
import { titleAt } from './entities-baseline.js';

// Baseline direct quotes: words between quotation marks (straight or curly), attributed to the
// subject of the nearest speech verb ("said", "wrote", "told") in the sentence that holds the quote:
// first after it ("..., Musk said"), else before it (Musk said: "..."). A pronoun subject ("he
// said") is resolved to the nearest earlier entity of a fitting type. A quote with no cue that
// follows a quote with a speaker continues it. The quote stage of the extraction branch replaces it.

/** Words a quotation needs; with a speech verb required nearby, even one quoted word is a statement ("\"peanut stuff,\" he said"). */
const MIN_QUOTE_WORDS = 1;
/** How far from the quote (in tokens) a speech verb and its subject are looked for. */
const CUE_AFTER = 10;
const CUE_BEFORE = 20;
const SUBJECT_DISTANCE = 8;

const QUOTE_MARKS = new Set(['"', '“', '”']);

/** Inner spans of quotations: straight and curly pairs, never across a paragraph break. */
export function quotationSpans(text: string): Span[] {
  const out: Span[] = [];
  let curly = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && isParagraphBreak(text, i)) {
      curly = -1;
      straight = -1;
    } else if (ch === '“') curly = i;
    else if (ch === '”' && curly >= 0) {
      out.push(trim(text, curly + 1, i));
      curly = -1;
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        out.push(trim(text, straight + 1, i));
        straight = -1;
      }
    }
  }
  return out.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
}

/** A line break followed, after blanks, by another line break. */
function isParagraphBreak(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return false;
}

/** White space and a trailing comma are not part of the quoted words. */
function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The first token starting at or after `offset` (binary search). */
function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Attribution {
  cue: Span | null;
  cueToken: number;
  speaker: string | null;
  speakerMention: Span | null;
  sentence: number;
}

export function findQuotes(text: string, tokens: readonly Token[], mentions: readonly Mention[], entities: readonly Entity[]): Quote[] {
  const w = tokens.map((t) => text.slice(t.start, t.end));
  const lw = w.map((s) => s.toLowerCase());
  const mentionEnding = new Map<number, number>();
  const mentionStarting = new Map<number, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const a = tokenFrom(tokens, m.start);
    const b = tokenFrom(tokens, m.end) - 1;
    if (tokens[a]?.start === m.start) mentionStarting.set(a, i);
    if (b >= 0 && tokens[b]!.end === m.end) mentionEnding.set(b, i);
  }
  const entityOfMention = new Map<number, Entity>();
  for (const e of entities) for (const i of e.mentions) entityOfMention.set(i, e);
  const same = (a: number, b: number) => b >= 0 && b < tokens.length && tokens[a]!.sentence === tokens[b]!.sentence;

  /** The nearest entity mentioned before offset whose type fits a pronoun. */
  const antecedent = (offset: number, want: EntityType | 'ANY'): Entity | null => {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.end > offset) continue;
      if (want === 'ANY' || m.type === want) return entityOfMention.get(i) ?? null;
    }
    return null;
  };

  const fromMention = (mi: number): Pick<Attribution, 'speaker' | 'speakerMention'> => ({
    speaker: entityOfMention.get(mi)?.id ?? null,
    speakerMention: { start: mentions[mi]!.start, end: mentions[mi]!.end },
  });

  const subjectOf = (c: number, quoteStart: number): Pick<Attribution, 'speaker' | 'speakerMention'> | null => {
    // A participle ("Corwick dismissed the venture, dubbed Lighthouse, writing ...") takes the subject of
    // the sentence: its first person or organisation.
    if (lw[c]!.endsWith('ing')) {
      for (let j = c - 1; j >= 0 && same(c, j); j--) {
        if (!same(c, j - 1)) {
          for (let k = j; k < c; k++) {
            const mi = mentionStarting.get(k);
            if (mi !== undefined && mentions[mi]!.type !== 'GPE' && mentions[mi]!.end <= quoteStart) return fromMention(mi);
          }
        }
      }
    }
    for (let j = c - 1; j >= 0 && c - j <= SUBJECT_DISTANCE && same(c, j); j--) {
      if (QUOTE_MARKS.has(w[j]!)) break;
      const mi = mentionEnding.get(j);
      if (mi !== undefined && mentions[mi]!.type !== 'GPE') return fromMention(mi);
      // "the former state treasurer said": a title before the verb describes a person named earlier.
      if (TITLE_FIRST_WORDS.has(lw[j]!) && titleAt(w, j, c - 1) && lw[j - 1] !== ',') {
        return { speaker: antecedent(Math.min(quoteStart, tokens[j]!.start), 'PERSON')?.id ?? null, speakerMention: { start: tokens[j]!.start, end: tokens[j]!.end } };
      }
      if (ORG_DESCRIPTIONS.has(lw[j]!) && lw[j - 1] === 'the') {
        return { speaker: antecedent(Math.min(quoteStart, tokens[j]!.start), 'ORG')?.id ?? null, speakerMention: { start: tokens[j - 1]!.start, end: tokens[j]!.end } };
      }
      const pronoun = SPEAKER_PRONOUNS.get(lw[j]!);
      if (pronoun) {
        return { speaker: antecedent(Math.min(quoteStart, tokens[j]!.start), pronoun)?.id ?? null, speakerMention: { start: tokens[j]!.start, end: tokens[j]!.end } };
      }
    }
    // "..., said Musk", "according to Musk"
    for (let j = c + 1; j <= c + 4 && same(c, j); j++) {
      const mi = mentionStarting.get(j);
      if (mi !== undefined && mentions[mi]!.type !== 'GPE') return fromMention(mi);
    }
    return null;
  };

  const isCue = (k: number) => SPEECH_VERBS.has(lw[k]!) || (lw[k] === 'according' && lw[k + 1] === 'to');

  const attribute = (q: Span): Attribution | null => {
    const first = tokenFrom(tokens, q.start);
    const after = tokenFrom(tokens, q.end);
    let close = after;
    while (close < tokens.length && tokens[close]!.start < q.end + 2 && /^[,.!?;:"”]$/.test(w[close]!)) close++;
    const tryCue = (k: number): Attribution | null => {
      const subject = subjectOf(k, q.start);
      const cueEnd = lw[k] === 'according' ? k + 1 : k;
      return { cue: { start: tokens[k]!.start, end: tokens[cueEnd]!.end }, cueToken: k, speaker: subject?.speaker ?? null, speakerMention: subject?.speakerMention ?? null, sentence: tokens[k]!.sentence };
    };
    for (let k = close; k < close + CUE_AFTER && k < tokens.length && same(Math.max(close - 1, 0), k); k++) {
      if (QUOTE_MARKS.has(w[k]!)) break;
      if (isCue(k)) return tryCue(k);
    }
    for (let k = first - 1; k >= 0 && first - k <= CUE_BEFORE && same(first, k); k--) {
      if (QUOTE_MARKS.has(w[k]!) && k < first - 1) break;
      if (isCue(k)) return tryCue(k);
    }
    return null;
  };

  /** The quotation starts its sentence (only its opening mark before it): a statement on its own. */
  const opensSentence = (first: number) => first === 0 || !same(first, first - 1) || (QUOTE_MARKS.has(w[first - 1]!) && !same(first, first - 2));

  const quotes: Quote[] = [];
  let previous: { quote: Quote; endSentence: number } | null = null;
  for (const q of quotationSpans(text)) {
    const first = tokenFrom(tokens, q.start);
    const last = tokenFrom(tokens, q.end) - 1;
    let words = 0;
    for (let k = first; k <= last; k++) if (tokens[k]!.kind === 'word') words++;
    if (words < MIN_QUOTE_WORDS || last < first) continue;
    const startSentence = tokens[first]!.sentence;
    const endSentence = tokens[last]!.sentence;
    const a = attribute(q);
    if (a && previous && previous.quote.cue && a.cue && previous.quote.cue.start === a.cue.start) {
      // Fragments of one statement around one cue: "“X,” he said, “Y.”"
      previous.quote.parts.push(q);
      previous.endSentence = endSentence;
      continue;
    }
    let quote: Quote;
    if (a) {
      quote = base(quotes.length, q, a.sentence);
      quote.cue = a.cue;
      quote.speaker = a.speaker;
      quote.speakerMention = a.speakerMention;
    } else if (previous && previous.quote.speaker && startSentence - previous.endSentence <= 2 && opensSentence(first)) {
      quote = base(quotes.length, q, startSentence);
      quote.speaker = previous.quote.speaker;
    } else continue;
    quotes.push(quote);
    previous = { quote, endSentence };
  }
  return quotes;
}

function base(n: number, part: Span, sentence: number): Quote {
  return {
    id: `q${n + 1}`, direct: true, parts: [part], speaker: null, speakerMention: null, anonymous: null, cue: null,
    medium: null, about: [], date: null, stance: [], sentence,
  };
}

export const quotesBaselineStage: Stage = {
  name: 'quotes-baseline',
  requires: ['tokens', 'mentions', 'entities'],
  adds: ['quotes'],
  run(doc: Doc): Doc {
    return {
      ...doc,
      quotes: findQuotes(doc.text, need(doc, 'tokens', 'quotes-baseline'), need(doc, 'mentions', 'quotes-baseline'), need(doc, 'entities', 'quotes-baseline')),
    };
  },
};
