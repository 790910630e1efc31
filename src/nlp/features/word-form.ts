// Word-level views shared by the taggers' features: the form CoNLL/PTB training data would have
// written, digit-normalised lowercase, and orthographic shapes.

const QUOTES: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '‚': "'", '—': '--', '–': '-', '…': '...',
};
const ODD = /[“”„«»‘’‚—–…]/gu;

/** The token as the CoNLL-2003 (Reuters, PTB-style) training data would spell it. */
export function trainingForm(token: string): string {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if ((c >= 0x2013 && c <= 0x2026) || c === 0xab || c === 0xbb) return token.replace(ODD, (ch) => QUOTES[ch] ?? ch);
  }
  return token;
}

/** Lowercase with every digit as 0, so "1996" and "2024" share features. */
export function norm(word: string): string {
  // Most words are already lowercase ASCII without digits: returned as they are, nothing allocated.
  let upper = false;
  let digit = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if ((c >= 65 && c <= 90) || c > 127) upper = true;
  }
  const lower = upper ? word.toLowerCase() : word;
  return digit ? lower.replace(/[0-9]/g, '0') : lower;
}

/**
 * Shape: upper X, lower x, digit d, other kept; runs longer than two collapsed ("Xxxxx" -> "Xxx",
 * "OpenAI" -> "XxxXX", "U.S." -> "X.X.", "1996-08-30" -> "dd-dd-dd").
 */
export function shape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
    if (out.length > 12) break;
  }
  return out;
}

/** Short shape: every run collapsed to one character ("Xxxxx" -> "Xx", "OpenAI" -> "XxX"). */
export function shortShape(word: string): string {
  let out = '';
  for (const c of shape(word)) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** Capitalization class: one of a few cases that matter for names. */
export function capClass(word: string): number {
  const first = word[0] ?? '';
  const upperFirst = first !== first.toLowerCase();
  if (!upperFirst) return /\p{Lu}/u.test(word) ? 4 : /\p{L}/u.test(word) ? 0 : /\p{N}/u.test(word) ? 5 : 6;
  if (word.length > 1 && word === word.toUpperCase() && /\p{L}{2}/u.test(word)) return 2;
  return /\p{Lu}/u.test(word.slice(1)) ? 3 : 1;
}
