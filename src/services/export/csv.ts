// CSV (RFC 4180: CRLF records, fields quoted when they hold a comma, quote or line break; UTF-8,
// a header row, columns in a fixed order) in four files of one folder: nodes.csv, edges.csv,
// quotes.csv and evidence.csv (one row per sentence a tie or quote was read in). Lists are JSON
// arrays in one cell. Written with csv-stringify, each file a stream with backpressure.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { stringify, type Stringifier } from 'csv-stringify';
import type { ExportSource } from '../../store/store.js';
import { emptyCounts, type ExportCounts } from './counts.js';
import { SYMMETRIC_RELATIONS, type RelationType } from '../../nlp/doc.js';

export const CSV_COLUMNS = {
  nodes: ['id', 'type', 'name', 'aliases', 'roles', 'articles'],
  edges: ['id', 'source', 'source_name', 'target', 'target_name', 'type', 'symmetric', 'sources', 'articles', 'first_seen', 'last_seen'],
  quotes: ['id', 'speaker', 'speaker_name', 'anonymous', 'direct', 'text', 'cue', 'medium', 'date', 'about', 'stance', 'article'],
  evidence: ['kind', 'ref', 'fact', 'article', 'url', 'title', 'published', 'sentence', 'start', 'end', 'text',
    'role', 'amount', 'currency', 'bound', 'amount_text', 'date', 'purpose', 'medium', 'confidence'],
} as const;

export type CsvFile = keyof typeof CSV_COLUMNS;
export const CSV_FILES = Object.keys(CSV_COLUMNS) as CsvFile[];

type Cell = string | number | boolean | null;

class CsvOut {
  private readonly csv: Stringifier;
  private readonly file: ReturnType<typeof createWriteStream>;

  constructor(path: string, columns: readonly string[]) {
    this.file = createWriteStream(path, { encoding: 'utf8' });
    this.csv = stringify({
      header: true,
      columns: [...columns],
      record_delimiter: '\r\n',
      cast: { boolean: (v) => (v ? 'true' : 'false') },
    });
    this.csv.pipe(this.file);
  }

  async row(cells: Cell[]): Promise<void> {
    if (!this.csv.write(cells)) await once(this.csv, 'drain');
  }

  async end(): Promise<void> {
    const done = once(this.file, 'finish');
    this.csv.end();
    await done;
  }
}

/** Writes the four files into `dir` (which exists); `pathOf` may name temporary files. */
export async function writeCsv(src: ExportSource, dir: string, pathOf: (file: string) => string = (f) => join(dir, f)): Promise<ExportCounts> {
  const n = emptyCounts();
  const out = Object.fromEntries(CSV_FILES.map((f) => [f, new CsvOut(pathOf(`${f}.csv`), CSV_COLUMNS[f])])) as Record<CsvFile, CsvOut>;
  try {
    for (const node of src.nodes()) {
      n.actors++;
      await out.nodes.row([node.id, node.type, node.name, JSON.stringify(node.aliases), JSON.stringify(node.roles), node.documents]);
    }
    for (const e of src.edges()) {
      n.ties++;
      await out.edges.row([e.key, e.subject.id, e.subject.name, e.object?.id ?? null, e.object?.name ?? null, e.type,
        SYMMETRIC_RELATIONS.has(e.type as RelationType), e.evidence.length, new Set(e.evidence.map((x) => x.article.id)).size,
        e.firstSeen, e.lastSeen]);
      for (const x of e.evidence) {
        n.sources++;
        await out.evidence.row(['tie', e.key, x.fact, x.article.sha, x.article.url, x.article.title, x.article.published,
          x.sentence.index, x.sentence.start, x.sentence.end, x.sentence.text, x.role, x.amount?.value ?? null,
          x.amount?.currency ?? null, x.amount?.bound ?? null, x.amount?.text ?? null, x.date, x.purpose, x.medium, x.confidence]);
      }
    }
    for (const q of src.quotes()) {
      n.quotes++;
      await out.quotes.row([q.id, q.speaker?.id ?? null, q.speaker?.name ?? null, q.anonymous, q.direct, q.text, q.cue, q.medium,
        q.date, JSON.stringify(q.about.map((a) => a.id)), JSON.stringify(q.stance), q.article.sha]);
      await out.evidence.row(['quote', q.id, q.fact, q.article.sha, q.article.url, q.article.title, q.article.published,
        q.sentence.index, q.sentence.start, q.sentence.end, q.sentence.text, null, null, null, null, null, q.date, null, q.medium, null]);
    }
  } finally {
    await Promise.all(Object.values(out).map((o) => o.end()));
  }
  return n;
}
