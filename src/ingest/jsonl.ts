// JSON Lines: one article per line, `{"text", "title"?, "url"?, "published"? (or "date"), "source"?}`.
// Streamed byte by byte-chunk: a 60 MB file never becomes one string, and a bad line is reported
// with its line number while the others go on.

import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import type { InputLimits, RawArticle, SourceItem } from './article.js';
import { decodeText } from './decode.js';
import { normalizePublished } from './dates.js';

const NEWLINE = 0x0a;

/** The lines of a file as byte arrays (without the line break), with their 1-based numbers and sizes. */
async function* byteLines(path: string, maxLineBytes: number): AsyncGenerator<{ line: number; bytes: Buffer | null; size: number }> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let tooLong = false;
  let line = 1;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      const piece = chunk.subarray(from, nl);
      const size = pendingSize + piece.length + 1;
      if (tooLong || size > maxLineBytes) yield { line, bytes: null, size };
      else yield { line, bytes: pending.length ? Buffer.concat([...pending, piece]) : piece, size };
      pending = [];
      pendingSize = 0;
      tooLong = false;
      line++;
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    pendingSize += rest.length;
    // A line longer than the limit is not kept in memory: only its size is counted until it ends.
    if (pendingSize > maxLineBytes) {
      tooLong = true;
      pending = [];
    } else if (rest.length) pending.push(Buffer.from(rest));
  }
  if (pendingSize > 0) yield { line, bytes: tooLong ? null : Buffer.concat(pending), size: pendingSize };
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** One parsed line -> an article, or an InputError naming `file:line`. */
export function articleFromJson(value: unknown, where: string, path: string, limits: InputLimits): RawArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('INPUT_PARSE', where, 'a line must be a JSON object with a "text" string');
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new InputError('INPUT_PARSE', where, 'no "text" string in the object');
  if (!o.text.trim()) throw new InputError('INPUT_EMPTY', where, 'the "text" is empty');
  if (o.text.length > limits.maxArticleChars) {
    throw new InputError('INPUT_TOO_LARGE', where, `article of ${o.text.length} characters is over the limit of ${limits.maxArticleChars}`, 'raise --max-article-size');
  }
  return {
    text: o.text,
    title: str(o.title),
    url: str(o.url),
    published: normalizePublished(o.published ?? o.date),
    source: str(o.source) ?? where,
    origin: where,
  };
}

export async function* readJsonLines(path: string, limits: InputLimits): AsyncGenerator<SourceItem> {
  // UTF-8 takes at most 3 bytes per UTF-16 unit, JSON escapes up to 6: a generous cap that still bounds memory.
  const maxLineBytes = limits.maxArticleChars * 6 + 64 * 1024;
  let articles = 0;
  let failures = 0;
  for await (const { line, bytes, size } of byteLines(path, maxLineBytes)) {
    const where = `${path}:${line}`;
    if (bytes === null) {
      failures++;
      yield { kind: 'error', error: new InputError('INPUT_TOO_LARGE', where, `line of ${size} bytes is over the article limit`, 'raise --max-article-size'), bytes: size };
      continue;
    }
    try {
      const raw = decodeText(bytes, where);
      if (!raw.trim()) {
        yield { kind: 'skipped', origin: where, reason: 'blank line', bytes: size };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        throw new InputError('INPUT_PARSE', where, `not valid JSON (${(e as Error).message})`);
      }
      articles++;
      yield { kind: 'article', article: articleFromJson(value, where, path, limits), bytes: size };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failures++;
      yield { kind: 'error', error: e, bytes: size };
    }
  }
  if (articles === 0 && failures === 0) {
    yield { kind: 'error', error: new InputError('INPUT_EMPTY', path, 'no JSON lines in the file'), bytes: 0 };
  }
}
