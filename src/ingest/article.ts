// What every reader yields: one article's text and metadata, before the pipeline sees it, or a
// one-line error for an input that could not be read. Readers never throw for bad input: a batch
// goes on past a bad file or line.

import type { InputError } from '../errors.js';

export interface RawArticle {
  text: string;
  title: string | null;
  url: string | null;
  /** ISO YYYY-MM-DD. */
  published: string | null;
  /** Where the article says it came from (a JSONL `source`, e.g. an outlet), else the file path. */
  source: string;
  /** Where it was read from: a file path, with `:LINE` for JSONL or `#N` for a feed item. */
  origin: string;
}

export type SourceItem =
  | { kind: 'article'; article: RawArticle; bytes: number }
  | { kind: 'error'; error: InputError; bytes: number }
  | { kind: 'skipped'; origin: string; reason: string; bytes: number };

export interface InputLimits {
  /** Largest file read, in bytes (JSONL files are streamed, but the limit still applies). */
  maxFileBytes: number;
  /** Largest article text, in UTF-16 code units (characters). */
  maxArticleChars: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxArticleChars: 1_000_000,
};

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i;
const UNIT: Record<string, number> = { b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "256MB", "500k", "1048576" -> bytes (or characters); null for anything else. */
export function parseSize(s: string): number | null {
  const m = SIZE.exec(s.trim());
  if (!m) return null;
  const n = Math.floor(Number(m[1]) * UNIT[(m[2] ?? 'b').toLowerCase()]!);
  return n > 0 ? n : null;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
