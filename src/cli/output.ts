// What every command shares: where the database is, how numbers and flags are read, tables for
// people (cli-table3) and JSON for machines.

import Table from 'cli-table3';
import { UsageError } from '../errors.js';
import { parseSize } from '../ingest/article.js';
import type { Evidence } from '../store/store.js';

export const DEFAULT_DB = 'dossier.db';

/** --db, else DOSSIER_DB, else ./dossier.db. */
export function dbPath(flag: string | undefined): string {
  return flag ?? (process.env.DOSSIER_DB || DEFAULT_DB);
}

export function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} must be a whole number above 0, not "${value}"`);
  return Number(value);
}

export function parseSizeFlag(flag: string, value: string): number {
  const n = parseSize(value);
  if (n === null) throw new UsageError(`${flag} must be a size such as 50MB, 500k or 1048576, not "${value}"`);
  return n;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

const color = () => process.stdout.isTTY === true && !process.env.NO_COLOR;

export function heading(text: string): string {
  return color() ? `\u001b[1m${text}\u001b[22m` : text;
}

export function dim(text: string): string {
  return color() ? `\u001b[2m${text}\u001b[22m` : text;
}

/** A table sized to the terminal; on a pipe it is plain text of the same shape. */
export function table(head: string[], rows: Array<Array<string | number | null>>, widths?: number[]): string {
  const t = new Table({
    head: head.every((h) => h === '') ? [] : head,
    style: { head: color() ? ['cyan'] : [], border: color() ? ['grey'] : [] },
    wordWrap: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const r of rows) t.push(r.map((c) => (c === null ? '' : String(c))));
  return t.toString();
}

/** Column widths that fill the terminal: fixed ones as given, the rest shared by `flexible` columns. */
export function fitWidths(fixed: Array<number | null>): number[] {
  const total = Math.max(60, Math.min(process.stdout.columns ?? 120, 160));
  const used = fixed.reduce<number>((n, w) => n + (w ?? 0), 0) + fixed.length + 1;
  const flex = fixed.filter((w) => w === null).length || 1;
  const each = Math.max(16, Math.floor((total - used) / flex));
  return fixed.map((w) => w ?? each);
}

export function cite(e: Evidence): string {
  const d = e.doc;
  const where = [d.title ?? d.source ?? d.sha.slice(0, 12), d.published].filter(Boolean).join(', ');
  return `${e.sentence.text.replace(/\s+/gu, ' ').trim()}\n${dim(`— ${where}`)}`;
}

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
