import type { Doc, Sentence, Token, TokenKind } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../data/abbreviations.js';

// A single left-to-right scan with sticky regular expressions: linear in the text, no backtracking
// across tokens, so a 5 MB line costs what five thousand short articles cost.

const SPACE = /\s+/uy;
const URL = /(?:https?:\/\/|www\.)[^\s<>"“”]+/uy;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const HANDLE = /[@#][\p{L}\p{N}_]+/uy;
/** Dotted acronyms and initialisms: "U.S.", "a.m.", "N.Y.", "D.C." */
const DOTTED = /(?:\p{L}+-)?(?:\p{L}\.){2,}/uy;
/** Numbers with separators and an optional unit or ordinal suffix: "3.6", "1,000", "1.8bn", "4th". */
const NUMBER = /\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+(?![\p{L}\p{N}]))?/uy;
/** Words, with hyphen, ampersand and dash compounds: "Austin-based", "AT&T", "737-800". */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑&][\p{L}\p{M}\p{N}]+)*/uy;
/** An apostrophe and the letters after it, to tell clitics ("'s", "n't") from names ("O'Brien"). */
const APOSTROPHE_TAIL = /['’]([\p{L}]+)/uy;
const ELLIPSIS = /\.{2,}|…/uy;
const DASHES = /-{2,}|[—–]/uy;

const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);
const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const SYMBOLS = /[\p{Sc}\p{Sm}%&@#°^|~]/u;

function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Splits text into tokens. Offsets are UTF-16 indexes into `text`. (Each token also carries
 * `sentence: 0`, which segment() fills in, so that tokens are built once.)
 *
 * The patterns are tried in a fixed order; cheap tests of the characters at hand skip the ones that
 * cannot match there (a URL starts with h or w, a handle with @ or #, an e-mail address needs an @
 * before the next space, a dotted acronym is a word followed by a period), with the same result.
 */
export function tokenizeText(text: string): Array<Omit<Token, 'sentence'>> {
  const out: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind) => out.push({ start, end, kind, sentence: 0 });
  let i = 0;
  const n = text.length;
  // The next '@' at or after i (-1: none left), and the last space before it.
  let at = text.indexOf('@');
  let spaceBeforeAt = at >= 0 ? text.lastIndexOf(' ', at) : -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = c === 32 ? i + 1 : c > 32 && c < 127 ? -1 : matchAt(SPACE, text, i);
    if (end > 0) {
      if (c === 32 && end < n && text.charCodeAt(end) <= 32) end = matchAt(SPACE, text, i);
      i = end;
      continue;
    }
    if ((c === 104 || c === 119) && (end = matchAt(URL, text, i)) > 0) {
      // Sentence punctuation right after a URL belongs to the sentence, not the URL.
      while (end > i + 1 && /[.,;:!?)\]'’]/.test(text[end - 1]!)) end--;
      push(i, end, 'symbol');
      i = end;
      continue;
    }
    if (at >= 0 && at < i) {
      at = text.indexOf('@', i);
      spaceBeforeAt = at >= 0 ? text.lastIndexOf(' ', at) : -1;
    }
    if (
      (at >= 0 && spaceBeforeAt < i && (end = matchAt(EMAIL, text, i)) > 0) ||
      ((c === 64 || c === 35) && (end = matchAt(HANDLE, text, i)) > 0)
    ) {
      push(i, end, 'symbol');
      i = end;
      continue;
    }
    const wordEnd = matchAt(WORD, text, i);
    if (wordEnd > 0 && text.charCodeAt(wordEnd) === 46 && (end = matchAt(DOTTED, text, i)) > 0) {
      push(i, end, 'word');
      i = end;
      continue;
    }
    if (wordEnd > 0 && (end = matchAt(NUMBER, text, i)) > 0) {
      push(i, end, 'number');
      i = end;
      continue;
    }
    if (wordEnd > 0) {
      i = scanWordTail(text, i, wordEnd, push);
      continue;
    }
    if ((end = matchAt(ELLIPSIS, text, i)) > 0 || (end = matchAt(DASHES, text, i)) > 0) {
      push(i, end, 'punct');
      i = end;
      continue;
    }
    // One code point (a surrogate pair stays whole).
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + len);
    push(i, i + len, SYMBOLS.test(ch) ? 'symbol' : 'punct');
    i += len;
  }
  return out;
}

/**
 * After a word: splits clitics ("Trump's" -> "Trump" "'s", "don't" -> "do" "n't"), joins names with
 * an inner apostrophe ("O'Brien"), and keeps the period of known abbreviations ("Sen.", "Inc.").
 * Returns the index after what it consumed.
 */
function scanWordTail(
  text: string,
  start: number,
  wordEnd: number,
  push: (s: number, e: number, k: TokenKind) => void,
): number {
  let end = wordEnd;
  for (;;) {
    const tailEnd = matchAt(APOSTROPHE_TAIL, text, end);
    if (tailEnd < 0) break;
    const tail = text.slice(end + 1, tailEnd);
    const lower = tail.toLowerCase();
    if (lower === 't' && /[nN]$/.test(text.slice(start, end)) && end - 1 > start) {
      push(start, end - 1, 'word');
      push(end - 1, tailEnd, 'word');
      return tailEnd;
    }
    if (CLITICS.has(lower)) {
      push(start, end, 'word');
      push(end, tailEnd, 'word');
      return tailEnd;
    }
    // An apostrophe inside a name or word: keep going with the rest of the word.
    const more = matchAt(WORD, text, end + 1);
    end = more > 0 ? more : tailEnd;
  }
  if (text[end] === '.') {
    const word = text.slice(start, end);
    const initial = word.length === 1 && isUpper(word);
    if (initial || TITLE_ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word)) {
      push(start, end + 1, 'word');
      return end + 1;
    }
  }
  push(start, end, /^\p{N}/u.test(text[start]!) ? 'number' : 'word');
  return end;
}

/** Where each sentence ends: the index of its last token. */
function sentenceEnds(text: string, tokens: ReadonlyArray<Omit<Token, 'sentence'>>): number[] {
  const ends: number[] = [];
  const n = tokens.length;
  const str = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  const gap = (k: number) => text.slice(tokens[k]!.end, tokens[k + 1]!.start);

  for (let k = 0; k < n; k++) {
    if (k + 1 === n) {
      ends.push(k);
      break;
    }
    let newline = false;
    for (let c = tokens[k]!.end; c < tokens[k + 1]!.start && !newline; c++) newline = text.charCodeAt(c) === 10;
    if (newline) {
      const between = gap(k);
      // A paragraph break always ends a sentence; a single line break only when it is not a hard wrap.
      const next = str(k + 1);
      const hardWrap =
        !/\n\s*\n/.test(between) && /[\p{Ll},;]$/u.test(str(k)) && /^\p{Ll}/u.test(next);
      if (!hardWrap) {
        ends.push(k);
        continue;
      }
    }
    // Only a token ending in ".", "!" or "?" can end a sentence here.
    const lastChar = text.charCodeAt(tokens[k]!.end - 1);
    if (lastChar !== 46 && lastChar !== 33 && lastChar !== 63) continue;
    const t = str(k);
    let last = k;
    let boundary = false;
    if (TERMINAL.has(t) || (t.endsWith('.') && t.length > 1 && tokens[k]!.kind === 'word')) {
      // Closing quotes and brackets stuck to the punctuation belong to the sentence it ends.
      while (last + 1 < n && CLOSERS.has(str(last + 1)) && gap(last) === '') last++;
      if (last + 1 >= n) {
        ends.push(n - 1);
        break;
      }
      const next = str(last + 1);
      const nextStartsSentence = isUpper(next[0]!) || /^\p{N}/u.test(next) || OPENERS.has(next) || next === '—';
      if (TERMINAL.has(t)) {
        boundary = nextStartsSentence;
      } else {
        const word = t.slice(0, -1);
        if (TITLE_ABBREVIATIONS.has(word) || (word.length === 1 && isUpper(word))) boundary = false;
        else if (NUMBER_ABBREVIATIONS.has(word)) boundary = nextStartsSentence && !/^\p{N}/u.test(next) && SENTENCE_OPENERS.has(next);
        else boundary = SENTENCE_OPENERS.has(next) || OPENERS.has(next);
      }
    }
    if (boundary) {
      ends.push(last);
      k = last;
    }
  }
  return ends;
}

/** Tokens and sentences for a text. */
export function segment(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const raw = tokenizeText(text);
  const ends = sentenceEnds(text, raw);
  const sentences: Sentence[] = [];
  const tokens: Token[] = new Array(raw.length);
  let first = 0;
  for (const last of ends) {
    const s = sentences.length;
    for (let k = first; k <= last; k++) {
      const t = raw[k] as Token;
      t.sentence = s;
      tokens[k] = t;
    }
    sentences.push({ start: raw[first]!.start, end: raw[last]!.end });
    first = last + 1;
  }
  return { sentences, tokens };
}

export const tokenizeStage: Stage = {
  name: 'tokenize',
  requires: [],
  adds: ['sentences', 'tokens'],
  run(doc: Doc): Doc {
    return { ...doc, ...segment(doc.text) };
  },
};
