// A worker thread that runs the default pipeline on articles sent by the ingest process. Workers
// only extract; the one writer stays in the main thread (docs/decisions/0063-parallel-extraction.md).

import { parentPort } from 'node:worker_threads';
import { createDoc, layersOf, type Doc, type DocMeta, type Layer } from '../nlp/doc.js';
import { createDefaultPipeline } from '../nlp/default-pipeline.js';

export interface ExtractJob {
  id: number;
  text: string;
  meta: Partial<DocMeta>;
}

export interface ExtractResult {
  id: number;
  /** The Doc without its tokens and tags (see below); `layers` names everything the pipeline made. */
  doc?: Doc;
  layers?: Layer[];
  error?: string;
}

const pipeline = createDefaultPipeline();
parentPort!.on('message', (job: ExtractJob) => {
  let result: ExtractResult;
  try {
    const doc = pipeline.run(createDoc(job.text, job.meta));
    // Tokens and part-of-speech tags are most of a Doc's bytes and the store keeps neither, so they
    // are not copied to the writer: that copy cost both threads more than a millisecond per article.
    const { tokens: _tokens, pos: _pos, ...kept } = doc;
    result = { id: job.id, doc: kept, layers: layersOf(doc) };
  } catch (e) {
    result = { id: job.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(result);
});
