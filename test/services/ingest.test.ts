// The ingest use case with pipelines richer than today's default: whatever layers the stages add
// are stored, and a stage that throws on one article fails that article only.
import { describe, expect, it } from 'vitest';
import type { DossierError } from '../../src/errors.js';
import type { Doc, Entity, Mention } from '../../src/nlp/doc.js';
import { createPipeline, need, type Stage } from '../../src/nlp/pipeline.js';
import { tokenizeStage } from '../../src/nlp/stages/tokenize.js';
import { ingestPaths } from '../../src/services/ingest.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { tempDir } from '../helpers/tmp.js';

/** A toy entity stage: runs of capitalised words after the first word of a sentence are ORGs. */
const capitalisedOrgs: Stage = {
  name: 'toy-entities',
  requires: ['sentences', 'tokens'],
  adds: ['mentions', 'entities'],
  run(doc: Doc): Doc {
    if (doc.text.includes('BOOM')) throw new Error('toy stage cannot read this');
    const tokens = need(doc, 'tokens', 'toy-entities');
    const mentions: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const first = i === 0 || tokens[i - 1]!.sentence !== t.sentence;
      if (!first && /^[A-Z][a-z]+$/.test(doc.text.slice(t.start, t.end))) mentions.push({ start: t.start, end: t.end, type: 'ORG', sentence: t.sentence });
    }
    const byName = new Map<string, Entity>();
    mentions.forEach((m, i) => {
      const name = doc.text.slice(m.start, m.end);
      const e = byName.get(name) ?? { id: `e${byName.size + 1}`, type: 'ORG', name: { start: m.start, end: m.end }, mentions: [], aliases: [], roles: [] };
      e.mentions.push(i);
      byName.set(name, e);
    });
    return { ...doc, mentions, entities: [...byName.values()] };
  },
};

describe('ingestPaths', () => {
  const tmp = tempDir();
  const corpus = tmp.write('c.jsonl', [
    { text: 'Yesterday Acme met Globex. Then Acme left.', published: '2024-01-02' },
    { text: 'Only BOOM here, with Initech.' },
    { text: 'Later Globex bought Initech.' },
  ].map((o) => JSON.stringify(o)).join('\n'));

  it('stores the layers a richer pipeline adds; a stage that throws fails that article only', async () => {
    const store = new SqliteStore(tmp.path('x.db'));
    const errors: DossierError[] = [];
    const pipeline = createPipeline([tokenizeStage, capitalisedOrgs]);
    const s = await ingestPaths([corpus], store, { pipeline, batchSize: 2, onError: (e) => errors.push(e) });
    expect(s).toMatchObject({ articles: 3, new: 2, unchanged: 0, failed: 1, entities: 4, sentences: 3 });
    expect(errors.map((e) => e.toLine())).toEqual([
      `error PIPELINE_FAILED: ${corpus}:2: extraction failed (toy stage cannot read this) (report it as a bug with the article)`,
    ]);
    // Globex is one actor across both articles.
    expect(store.findActors('globex')[0]!.actor.documents).toBe(2);
    const again = await ingestPaths([corpus], store, { pipeline });
    expect(again).toMatchObject({ new: 0, unchanged: 2, failed: 1 });
    store.close();
  });

  it('reports progress up to every byte of the input', async () => {
    const store = new SqliteStore(tmp.path('y.db'));
    const seen: number[] = [];
    let total = 0;
    await ingestPaths([corpus], store, { onProgress: (p) => { seen.push(p.bytesDone); total = p.bytesTotal; } });
    expect(seen.at(-1)).toBe(total);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    store.close();
  });
});
