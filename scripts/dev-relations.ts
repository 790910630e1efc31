// Developer aid, not shipped: prints the relations (with trigger and evidence) of predictions written by
// score-dev.ts / score-oracle.ts. `npx tsx scripts/dev-relations.ts PRED_DIR NAME`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const [dir, name] = process.argv.slice(2);
const d = JSON.parse(readFileSync(join(dir!, `${name}.json`), 'utf8'));
const ent = new Map(d.entities.map((e: { id: string; name: string }) => [e.id, e.name]));
for (const r of d.relations) {
  console.log(`${r.type}(${ent.get(r.subject)}, ${r.object ? ent.get(r.object) : 'null'}) role=${r.role ?? ''} amt=${r.amount ?? ''} ${r.confidence}\n    ${r.evidence.text.slice(0, 160)}`);
}
