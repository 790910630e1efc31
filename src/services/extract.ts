// The extract use case: files -> SPEC section 5 JSON, no database. One output per article, named
// after its input: NAME.json for NAME.txt or NAME.html, NAME.LINE.json for a JSONL line,
// NAME.ITEM.json for a feed item.

import { basename, extname } from 'node:path';
import { PipelineError, type DossierError } from '../errors.js';
import { DEFAULT_LIMITS, type InputLimits } from '../ingest/article.js';
import { expandPaths, readArticles } from '../ingest/sources.js';
import { createDoc } from '../nlp/doc.js';
import { createDefaultPipeline } from '../nlp/default-pipeline.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { toSpecJson, type SpecDocument } from '../nlp/serialize.js';

export type ExtractItem =
  | { kind: 'document'; name: string; origin: string; json: SpecDocument }
  | { kind: 'error'; error: DossierError };

/** The output file name (without .json) for an article read from `origin`. */
export function outputName(origin: string): string {
  const m = /^(.*?)(?::(\d+)|#(\d+))?$/.exec(origin)!;
  const file = m[1]!;
  const stem = basename(file, extname(file));
  const n = m[2] ?? m[3];
  return n ? `${stem}.${n}` : stem;
}

export async function* extractPaths(
  paths: readonly string[],
  options: { pipeline?: Pipeline; limits?: InputLimits } = {},
): AsyncGenerator<ExtractItem> {
  const pipeline = options.pipeline ?? createDefaultPipeline();
  const expanded = await expandPaths(paths);
  for await (const item of readArticles(expanded, options.limits ?? DEFAULT_LIMITS)) {
    if (item.kind === 'error') yield { kind: 'error', error: item.error };
    if (item.kind !== 'article') continue;
    const a = item.article;
    // The SPEC's document.source is the path (or URL) the article came from.
    let json: SpecDocument;
    try {
      json = toSpecJson(pipeline.run(createDoc(a.text, { source: a.origin, title: a.title, url: a.url, published: a.published })));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      yield { kind: 'error', error: new PipelineError(`${a.origin}: extraction failed (${msg})`, 'report it as a bug with the article', 'PIPELINE_FAILED', e) };
      continue;
    }
    yield { kind: 'document', name: outputName(a.origin), origin: a.origin, json };
  }
}
