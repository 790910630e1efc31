// The export use case, shared by the CLI and (later) HTTP: checks the options, picks the part of
// the graph (Store.exportGraph), and streams it in one format to a file, a folder (csv) or stdout.
// Files are written under a temporary name and renamed when complete, so a failed export never
// leaves a half file in place of a good one.

import { existsSync, mkdirSync, renameSync, rmSync, statSync, createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '../../errors.js';
import { RELATION_TYPES } from '../../nlp/doc.js';
import type { ExportFilter, ExportSource, Store } from '../../store/store.js';
import { resolveActor } from '../queries.js';
import type { ExportCounts } from './counts.js';
import { CSV_FILES, writeCsv } from './csv.js';
import { writeFtm } from './ftm.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJsonld } from './jsonld.js';
import { Sink } from './sink.js';

export type { ExportCounts } from './counts.js';

export const EXPORT_FORMATS = ['ftm', 'graphml', 'gexf', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type FileWriter = (src: ExportSource, out: Sink) => Promise<ExportCounts>;
const FILE_WRITERS: Record<Exclude<ExportFormat, 'csv'>, FileWriter> = {
  ftm: writeFtm,
  graphml: writeGraphml,
  gexf: writeGexf,
  jsonld: writeJsonld,
};

/** What each format holds, for the summary: GraphML and GEXF have no quotes or articles, csv no article rows. */
export const FORMAT_HOLDS: Record<ExportFormat, ReadonlyArray<'quotes' | 'articles'>> = {
  ftm: ['quotes', 'articles'],
  graphml: [],
  gexf: [],
  csv: ['quotes'],
  jsonld: ['quotes', 'articles'],
};

export interface ExportOptions {
  format: string;
  /** A file (a folder for csv); none: stdout. */
  out?: string;
  /** A name or #ID: only this actor and its neighbourhood. */
  entity?: string;
  depth?: number;
  type?: string;
  since?: string;
  /** Where "no --out" writes; stdout unless a test gives another stream. */
  stdout?: Writable;
}

export interface ExportResult {
  format: ExportFormat;
  /** The file or folder written, or null for stdout. */
  out: string | null;
  filter: ExportFilter;
  counts: ExportCounts;
}

const ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Checks every option before anything is read or written. */
export function exportFilter(store: Store, o: ExportOptions): { format: ExportFormat; filter: ExportFilter } {
  if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) {
    throw new UsageError(`unknown export format "${o.format}"`, `use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const filter: ExportFilter = {};
  if (o.type !== undefined) {
    if (!(RELATION_TYPES as readonly string[]).includes(o.type)) throw new UsageError(`unknown tie type "${o.type}"`, `use one of ${RELATION_TYPES.join(', ')}`);
    filter.type = o.type;
  }
  if (o.since !== undefined) {
    if (!ISO.test(o.since)) throw new UsageError(`--since must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not "${o.since}"`);
    filter.since = o.since;
  }
  if (o.depth !== undefined) {
    if (o.entity === undefined) throw new UsageError('--depth needs --entity', 'give the actor whose neighbourhood to export');
    if (!Number.isInteger(o.depth) || o.depth < 0 || o.depth > 10) throw new UsageError(`--depth must be a whole number from 0 to 10, not "${o.depth}"`);
  }
  if (o.entity !== undefined) {
    filter.entity = resolveActor(store, o.entity).id;
    filter.depth = o.depth ?? 1;
  }
  return { format: o.format as ExportFormat, filter };
}

function checkOut(format: ExportFormat, out: string | undefined): string | null {
  if (out === undefined) {
    if (format === 'csv') throw new UsageError('csv export needs --out DIR', 'it writes nodes.csv, edges.csv, quotes.csv and evidence.csv into that folder');
    return null;
  }
  const path = resolve(out);
  const isDir = existsSync(path) && statSync(path).isDirectory();
  if (format === 'csv') {
    if (existsSync(path) && !isDir) throw new UsageError(`--out ${out}: a file is there; csv export writes a folder`, 'give a folder path (it is created when missing)');
    if (!existsSync(dirname(path))) throw new UsageError(`--out ${out}: the folder ${dirname(path)} does not exist`, 'create it first');
  } else {
    if (isDir) throw new UsageError(`--out ${out}: is a folder; ${format} export writes one file`, 'give a file path');
    if (!existsSync(dirname(path))) throw new UsageError(`--out ${out}: the folder ${dirname(path)} does not exist`, 'create it first');
  }
  return path;
}

const tmpName = (path: string) => `${path}.partial-${process.pid}`;

export async function runExport(store: Store, o: ExportOptions): Promise<ExportResult> {
  const { format, filter } = exportFilter(store, o);
  const out = checkOut(format, o.out);
  const src = store.exportGraph(filter);
  try {
    if (format === 'csv') {
      mkdirSync(out!, { recursive: true });
      const tmp = (f: string) => tmpName(join(out!, f));
      try {
        const counts = await writeCsv(src, out!, tmp);
        for (const f of CSV_FILES) renameSync(tmp(`${f}.csv`), join(out!, `${f}.csv`));
        return { format, out, filter, counts };
      } catch (e) {
        for (const f of CSV_FILES) rmSync(tmp(`${f}.csv`), { force: true });
        throw e;
      }
    }
    const write = FILE_WRITERS[format];
    if (out === null) {
      const sink = new Sink(o.stdout ?? process.stdout);
      const counts = await write(src, sink);
      await sink.flush();
      return { format, out, filter, counts };
    }
    const tmp = tmpName(out);
    try {
      const sink = new Sink(createWriteStream(tmp, { encoding: 'utf8' }));
      const counts = await write(src, sink);
      await sink.end();
      renameSync(tmp, out);
      return { format, out, filter, counts };
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  } finally {
    src.close();
  }
}
