// Re-extracts stored articles with the current pipeline: each article's facts are replaced, what
// people corrected is applied again (pins, rejections, renames), everything else is kept.

import { PipelineError, type DossierError } from '../errors.js';
import { createDoc } from '../nlp/doc.js';
import { createDefaultPipeline } from '../nlp/default-pipeline.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Store, StoreInput } from '../store/store.js';

export interface ReprocessSummary {
  articles: number;
  replaced: number;
  failed: number;
  seconds: number;
  errors: Array<{ code: string; message: string; hint?: string }>;
}

export function reprocessAll(
  store: Store,
  options: { pipeline?: Pipeline; batchSize?: number; onError?: (e: DossierError) => void; onProgress?: (done: number) => void } = {},
): ReprocessSummary {
  const started = performance.now();
  const pipeline = options.pipeline ?? createDefaultPipeline();
  const batchSize = options.batchSize ?? 64;
  const summary: ReprocessSummary = { articles: 0, replaced: 0, failed: 0, seconds: 0, errors: [] };
  const fail = (e: DossierError) => {
    summary.failed++;
    if (summary.errors.length < 1000) summary.errors.push(e.toJSON());
    options.onError?.(e);
  };
  let after = 0;
  for (;;) {
    const page = store.articles(after, batchSize);
    if (!page.length) break;
    after = page[page.length - 1]!.id;
    const batch: StoreInput[] = [];
    for (const a of page) {
      summary.articles++;
      try {
        batch.push({ doc: pipeline.run(createDoc(a.text, a.meta)), origin: a.origin });
      } catch (e) {
        fail(new PipelineError(`${a.origin ?? a.sha.slice(0, 12)}: extraction failed, the old facts are kept (${(e as Error).message})`, 'report it as a bug', 'PIPELINE_FAILED', e));
      }
    }
    for (const o of store.replace(batch)) {
      if (o.status === 'failed' && o.error) fail(o.error);
      else summary.replaced++;
    }
    options.onProgress?.(summary.articles);
  }
  summary.seconds = Math.round(performance.now() - started) / 1000;
  return summary;
}
