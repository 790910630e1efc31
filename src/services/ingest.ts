// The ingest use case: paths -> articles -> pipeline -> store, for the CLI now and HTTP later.
// Bad inputs are reported one by one and the batch goes on; an article already stored is skipped
// before extraction; writes go to the store in batches (one transaction, a savepoint per article).

import { availableParallelism } from 'node:os';
import { DossierError, PipelineError } from '../errors.js';
import { DEFAULT_LIMITS, type InputLimits, type SourceItem } from '../ingest/article.js';
import { expandPaths, readArticles } from '../ingest/sources.js';
import { createDoc } from '../nlp/doc.js';
import { createDefaultPipeline } from '../nlp/default-pipeline.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Doc } from '../nlp/doc.js';
import type { Store, StoreInput } from '../store/store.js';
import { ExtractPool, type Extracted } from './extract-pool.js';

/** Articles handed to workers and not yet written, per worker: enough to keep them busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 48;

export interface IngestProgress {
  bytesDone: number;
  bytesTotal: number;
  articles: number;
  new: number;
  unchanged: number;
  failed: number;
}

export interface IngestOptions {
  pipeline?: Pipeline;
  limits?: InputLimits;
  /** Articles per write transaction. */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Every failure, as it happens (an input error, a stage that threw, a write that failed). */
  onError?: (e: DossierError) => void;
  onSkipped?: (origin: string, reason: string) => void;
  /**
   * Extraction worker threads; 0 (the default) extracts in this thread. With workers the default
   * pipeline runs in them (options.pipeline is not used) and this thread only reads and writes.
   */
  workers?: number | 'auto';
}

/** "auto": every core but at most four for inputs worth it; a worker loads its own models first. */
const AUTO_WORKERS_MIN_BYTES = 2 * 1024 * 1024;
function workerCount(option: IngestOptions['workers'], bytes: number): number {
  if (option === 'auto') return bytes >= AUTO_WORKERS_MIN_BYTES && availableParallelism() > 1 ? Math.min(availableParallelism(), 4) : 0;
  return option ?? 0;
}

export interface IngestSummary {
  files: number;
  articles: number;
  new: number;
  unchanged: number;
  failed: number;
  skipped: number;
  sentences: number;
  entities: number;
  values: number;
  relations: number;
  quotes: number;
  seconds: number;
  /** Seconds spent reading and parsing input, in the pipeline, and writing. */
  timings: { read: number; pipeline: number; store: number };
  /** The first failures, as one-line errors (all of them went to onError). */
  errors: Array<{ code: string; message: string; hint?: string }>;
}

const MAX_ERRORS_KEPT = 1000;

export async function ingestPaths(paths: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const batchSize = options.batchSize ?? 64;
  const expanded = await expandPaths(paths);
  const progress: IngestProgress = {
    bytesDone: 0,
    bytesTotal: expanded.files.reduce((n, f) => n + f.size, 0),
    articles: 0,
    new: 0,
    unchanged: 0,
    failed: 0,
  };
  const summary: IngestSummary = {
    files: expanded.files.length, articles: 0, new: 0, unchanged: 0, failed: 0, skipped: 0,
    sentences: 0, entities: 0, values: 0, relations: 0, quotes: 0, seconds: 0,
    timings: { read: 0, pipeline: 0, store: 0 }, errors: [],
  };
  const fail = (e: DossierError) => {
    summary.failed++;
    if (summary.errors.length < MAX_ERRORS_KEPT) summary.errors.push(e.toJSON());
    options.onError?.(e);
  };

  let batch: StoreInput[] = [];
  const pending = new Set<string>();
  const flush = () => {
    if (!batch.length) return;
    const t = performance.now();
    const outcomes = store.write(batch);
    summary.timings.store += performance.now() - t;
    for (const o of outcomes) {
      if (o.status === 'new' && o.counts) {
        summary.new++;
        summary.sentences += o.counts.sentences;
        summary.entities += o.counts.entities;
        summary.values += o.counts.values;
        summary.relations += o.counts.relations;
        summary.quotes += o.counts.quotes;
      } else if (o.status === 'unchanged') summary.unchanged++;
      else if (o.error) fail(o.error);
    }
    batch = [];
    pending.clear();
  };

  const workers = workerCount(options.workers, progress.bytesTotal);
  const pool = workers > 0 ? new ExtractPool(workers) : null;
  const pipeline = pool ? null : (options.pipeline ?? createDefaultPipeline());
  const inFlight: Array<{ origin: string; id: string; result: Promise<Extracted> }> = [];
  const inFlightIds = new Set<string>();
  const settleOne = async () => {
    const job = inFlight.shift()!;
    const tp = performance.now();
    try {
      const { doc, layers } = await job.result;
      batch.push({ doc, origin: job.origin, layers });
      pending.add(job.id);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      fail(new PipelineError(`${job.origin}: extraction failed (${msg})`, 'report it as a bug with the article', 'PIPELINE_FAILED', e));
    }
    inFlightIds.delete(job.id);
    summary.timings.pipeline += performance.now() - tp;
    if (batch.length >= batchSize) flush();
  };

  const items = readArticles(expanded, limits)[Symbol.asyncIterator]();
  try {
    for (;;) {
      const t = performance.now();
      const next = await items.next();
      summary.timings.read += performance.now() - t;
      if (next.done) break;
      const item: SourceItem = next.value;
      progress.bytesDone += item.bytes;
      if (item.kind === 'error') fail(item.error);
      else if (item.kind === 'skipped') {
        summary.skipped++;
        options.onSkipped?.(item.origin, item.reason);
      } else {
        summary.articles++;
        const a = item.article;
        const meta = { source: a.source, title: a.title, url: a.url, published: a.published };
        const doc = createDoc(a.text, meta);
        if (pending.has(doc.id) || inFlightIds.has(doc.id) || store.hasDocument(doc.id)) {
          summary.unchanged++;
        } else if (pool) {
          inFlight.push({ origin: a.origin, id: doc.id, result: pool.run(a.text, meta) });
          inFlightIds.add(doc.id);
          while (inFlight.length >= pool.size * IN_FLIGHT_PER_WORKER) await settleOne();
        } else {
          const tp = performance.now();
          try {
            batch.push({ doc: pipeline!.run(doc), origin: a.origin });
            pending.add(doc.id);
          } catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            fail(new PipelineError(`${a.origin}: extraction failed (${msg})`, 'report it as a bug with the article', 'PIPELINE_FAILED', e));
          }
          summary.timings.pipeline += performance.now() - tp;
          if (batch.length >= batchSize) flush();
        }
      }
      progress.articles = summary.articles;
      progress.new = summary.new + batch.length;
      progress.unchanged = summary.unchanged;
      progress.failed = summary.failed;
      options.onProgress?.(progress);
    }
    while (inFlight.length) await settleOne();
  } finally {
    await pool?.close();
  }
  flush();
  progress.new = summary.new;
  progress.bytesDone = progress.bytesTotal;
  options.onProgress?.(progress);
  const ms = (x: number) => Math.round(x) / 1000;
  summary.timings = { read: ms(summary.timings.read), pipeline: ms(summary.timings.pipeline), store: ms(summary.timings.store) };
  summary.seconds = ms(performance.now() - started);
  return summary;
}
