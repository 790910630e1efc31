import type { Command } from 'commander';
import { registerDemo } from './demo.js';
import { registerEvalConll04 } from './eval-conll04.js';
import { registerEvalNer } from './eval-ner.js';
import { registerEvalPolnear } from './eval-polnear.js';
import { registerEntities } from './entities.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerShow } from './show.js';
import { registerStats } from './stats.js';

// One module per command; each registers itself on the program.
export function registerCommands(program: Command): void {
  registerIngest(program);
  registerExtract(program);
  registerStats(program);
  registerEntities(program);
  registerShow(program);
  registerSearch(program);
  registerDemo(program);
  registerServe(program);
  registerEvalNer(program);
  registerEvalConll04(program);
  registerEvalPolnear(program);
}
