// A worker thread that runs the default pipeline on articles sent by the ingest process. Workers
// only extract; the one writer stays in the main thread (docs/decisions/0063-parallel-extraction.md).

import { parentPort } from 'node:worker_threads';
import { createDoc, type DocMeta } from '../nlp/doc.js';
import { createDefaultPipeline } from '../nlp/default-pipeline.js';

export interface ExtractJob {
  id: number;
  text: string;
  meta: Partial<DocMeta>;
}

const pipeline = createDefaultPipeline();
parentPort!.on('message', (job: ExtractJob) => {
  try {
    parentPort!.postMessage({ id: job.id, doc: pipeline.run(createDoc(job.text, job.meta)) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
