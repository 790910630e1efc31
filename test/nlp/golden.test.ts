import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/nlp/doc.js';
import { createDefaultPipeline } from '../../src/nlp/default-pipeline.js';
import { toSpecJson } from '../../src/nlp/serialize.js';
import { parsePlainText } from '../../src/ingest/plain-text.js';

// Whole articles we wrote (test/fixtures/*.txt) through the default pipeline, compared with the
// reviewed output beside them (*.expected.json). After a deliberate change, regenerate with
// `UPDATE_GOLDEN=1 npx vitest run test/nlp/golden.test.ts` and review the diff before committing.

const dir = join(import.meta.dirname, '../fixtures');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt') && readdirSync(dir).includes(`${basename(f, '.txt')}.expected.json`));

describe('golden articles', () => {
  it('has at least one article', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles)('%s', (file) => {
    const { text, published } = parsePlainText(readFileSync(join(dir, file), 'utf8'));
    const json = toSpecJson(createDefaultPipeline().run(createDoc(text, { source: file, published })));
    // Every offset points at the text it claims.
    for (const e of json.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const v of json.values) expect(text.slice(v.start, v.end)).toBe(v.text);
    for (const q of json.quotes) if (q.speaker_mention) expect(text.slice(q.speaker_mention.start, q.speaker_mention.end)).toBe(q.speaker_mention.text);
    const expectedPath = join(dir, `${basename(file, '.txt')}.expected.json`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, `${JSON.stringify(json, null, 2)}\n`);
    expect(json).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
