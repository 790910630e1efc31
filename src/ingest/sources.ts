// From the paths a user gives to a stream of articles: directories are walked recursively (hidden
// entries skipped), each file's format is told by its extension or, failing that, by its first bytes,
// and every bad input becomes one InputError while the rest of the batch goes on.

import { open, readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { formatBytes, type InputLimits, type RawArticle, type SourceItem } from './article.js';
import { decodeText, looksBinary } from './decode.js';
import { readFeed } from './feed.js';
import { extractHtmlArticle } from './html.js';
import { readJsonLines } from './jsonl.js';
import { parsePlainText } from './plain-text.js';

export type InputFormat = 'text' | 'html' | 'jsonl' | 'feed';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed', '.feed': 'feed',
};

export interface InputFile {
  path: string;
  size: number;
  /** True when the user named the file; false when it was found by walking a directory. */
  explicit: boolean;
}

export interface Expanded {
  files: InputFile[];
  errors: InputError[];
}

function fsError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('INPUT_NOT_FOUND', path, 'no such file or directory', 'check the path');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('INPUT_UNREADABLE', path, 'permission denied', 'check the file permissions');
  return new InputError('INPUT_UNREADABLE', path, `cannot be read (${code ?? (e as Error).message})`);
}

/** Lists the files under the given paths, in a stable order, with their sizes for the progress bar. */
export async function expandPaths(paths: readonly string[]): Promise<Expanded> {
  const files: InputFile[] = [];
  const errors: InputError[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      errors.push(fsError(path, e));
      return;
    }
    if (st.isDirectory()) {
      let entries;
      try {
        entries = await readdir(path);
      } catch (e) {
        errors.push(fsError(path, e));
        return;
      }
      for (const name of entries.sort()) {
        if (!name.startsWith('.')) await visit(join(path, name), false);
      }
    } else if (st.isFile()) {
      files.push({ path, size: st.size, explicit });
    } else if (explicit) {
      errors.push(new InputError('INPUT_UNSUPPORTED', path, 'not a regular file or directory'));
    }
  };
  for (const p of paths) await visit(p, true);
  return { files, errors };
}

/** Tells a format from the first bytes of a file whose extension says nothing. */
export function sniffFormat(head: string): InputFormat | null {
  const s = head.replace(/^\uFEFF/, '').trimStart().slice(0, 2048).toLowerCase();
  if (s.startsWith('<?xml') ? /<(rss|feed|rdf:rdf)[\s>]/.test(s) : /^<(rss|feed|rdf:rdf)[\s>]/.test(s)) return 'feed';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)[\s>]/.test(s)) return 'html';
  // JSON Lines has a whole object on its first line; a JSON document laid out over lines ("{" alone
  // on the first) is something else (annotation files beside the articles, settings).
  if (s.startsWith('{')) return /^\{[ \t]*\r?\n/.test(s) ? null : 'jsonl';
  if (/^date\s+\d{4}-\d{2}-\d{2}/.test(s)) return 'text';
  return null;
}

async function readHead(path: string, bytes = 8192): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function checkArticle(text: string, where: string, limits: InputLimits): void {
  if (!text.trim()) throw new InputError('INPUT_EMPTY', where, 'no text');
  if (text.length > limits.maxArticleChars) {
    throw new InputError('INPUT_TOO_LARGE', where, `article of ${text.length} characters is over the limit of ${limits.maxArticleChars}`, 'raise --max-article-size');
  }
}

/** The articles in one file, or the errors that kept them out. */
export async function* readFileArticles(file: InputFile, limits: InputLimits): AsyncGenerator<SourceItem> {
  const { path, size } = file;
  const error = (e: InputError, bytes = size): SourceItem => ({ kind: 'error', error: e, bytes });
  try {
    if (size > limits.maxFileBytes) {
      throw new InputError('INPUT_TOO_LARGE', path, `${formatBytes(size)} is over the file limit of ${formatBytes(limits.maxFileBytes)}`, 'raise --max-file-size');
    }
    if (size === 0) throw new InputError('INPUT_EMPTY', path, 'empty file');
    let head: Buffer;
    try {
      head = await readHead(path);
    } catch (e) {
      throw fsError(path, e);
    }
    if (looksBinary(head)) throw new InputError('INPUT_BINARY', path, 'binary content (NUL bytes)', 'give a text, HTML, JSONL or feed file');
    const ext = extname(path).toLowerCase();
    let format: InputFormat | null = BY_EXTENSION[ext] ?? null;
    if (!format) {
      format = sniffFormat(head.toString('utf8'));
      if (!format && ext === '') format = 'text';
      if (!format) {
        const reason = `unsupported file type "${ext}"`;
        if (!file.explicit) {
          yield { kind: 'skipped', origin: path, reason, bytes: size };
          return;
        }
        throw new InputError('INPUT_UNSUPPORTED', path, reason, 'give .txt, .html, .jsonl, .rss/.atom/.xml files or rename it');
      }
    }
    if (format === 'jsonl') {
      yield* readJsonLines(path, limits);
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (e) {
      throw fsError(path, e);
    }
    const raw = decodeText(bytes, path);
    if (!raw.trim()) throw new InputError('INPUT_EMPTY', path, 'the file holds only white space');
    const base = { url: null, source: path, origin: path };
    if (format === 'text') {
      const { text, published } = parsePlainText(raw);
      checkArticle(text, path, limits);
      yield { kind: 'article', article: { ...base, text, title: null, published }, bytes: size };
    } else if (format === 'html') {
      const html = extractHtmlArticle(raw);
      if (!html) throw new InputError('INPUT_EMPTY', path, 'no article text found in the HTML', 'is it a page with an article?');
      checkArticle(html.text, path, limits);
      const article: RawArticle = { ...base, text: html.text, title: html.title, published: html.published, url: html.url };
      yield { kind: 'article', article, bytes: size };
    } else {
      const { articles, empty } = readFeed(raw, path);
      const share = Math.floor(size / (articles.length + empty.length));
      for (const origin of empty) yield { kind: 'skipped', origin, reason: 'feed item without content', bytes: share };
      for (const article of articles) {
        try {
          checkArticle(article.text, article.origin, limits);
          yield { kind: 'article', article, bytes: share };
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          yield error(e, share);
        }
      }
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    yield error(e);
  }
}

/** Every article under the given paths, in order, with the errors met on the way. */
export async function* readArticles(expanded: Expanded, limits: InputLimits): AsyncGenerator<SourceItem> {
  for (const e of expanded.errors) yield { kind: 'error', error: e, bytes: 0 };
  for (const file of expanded.files) yield* readFileArticles(file, limits);
}
