// One hash of everything the default pipeline extracts from the first N AllSides articles (chunks
// aside), to show that a speed change left the output byte for byte the same: run it before and
// after. `npm run build && node scripts/extraction-hash.mjs [N=300]`
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDefaultPipeline } from '../dist/nlp/default-pipeline.js';
import { createDoc } from '../dist/nlp/doc.js';

const wanted = Number(process.argv[2] ?? 300);
const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../shared/data/allsides-news/articles_2015-2020.jsonl');
const pipeline = createDefaultPipeline();
const hash = createHash('sha256');
let n = 0;
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line);
  if (typeof text !== 'string' || text.length <= 200) continue;
  hash.update(JSON.stringify({ ...pipeline.run(createDoc(text)), chunks: undefined }));
  if (++n >= wanted) break;
}
console.log(`${hash.digest('hex').slice(0, 16)} over ${n} articles`);
