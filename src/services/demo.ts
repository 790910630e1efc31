// The demo: ingest the bundled corpus (examples/) and gather what the store found in it.

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { EdgeView, QuoteView, Store, StoreStats, ActorSummary } from '../store/store.js';
import { ingestPaths, type IngestOptions, type IngestSummary } from './ingest.js';

/** examples/ at the package root, from src/services or dist/services. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface DemoResult {
  ingest: IngestSummary;
  stats: StoreStats;
  actors: ActorSummary[];
  ties: EdgeView[];
  quotes: QuoteView[];
}

export async function runDemo(store: Store, options: IngestOptions = {}, dir = EXAMPLES_DIR): Promise<DemoResult> {
  // The corpus's README describes it and is no article.
  const files = readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'README.md').map((f) => join(dir, f));
  const ingest = await ingestPaths(files, store, options);
  return {
    ingest,
    stats: store.stats(),
    actors: store.actors({ limit: 15 }),
    ties: store.edges({ limit: 20 }),
    quotes: store.quotes({ limit: 12 }),
  };
}
