import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/nlp/doc.js';
import { createDefaultPipeline } from '../../src/nlp/default-pipeline.js';
import { toSpecJson } from '../../src/nlp/serialize.js';
import { parsePlainText } from '../../src/ingest/plain-text.js';
import { entityNames, quoteStrings, relationStrings } from '../helpers/extract-doc.js';

// Whole articles we wrote (test/fixtures/extract/*.txt) through the default pipeline, checked against
// the facts a reader takes from them (*.facts.json): the entities, the ties, the claims and who made
// them, and which claim disputes which. Facts, not a snapshot: a better tagger must not break them.

interface Facts {
  entities: string[];
  relations: string[];
  notRelations: string[];
  quotes: string[];
  disputes: Array<[string, string]>;
}

const dir = join(import.meta.dirname, '../fixtures/extract');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe.each(articles)('golden facts: %s', (file) => {
  const facts = JSON.parse(readFileSync(join(dir, `${basename(file, '.txt')}.facts.json`), 'utf8')) as Facts;
  const { text, published } = parsePlainText(readFileSync(join(dir, file), 'utf8'));
  const json = toSpecJson(createDefaultPipeline().run(createDoc(text, { source: file, published })));
  const quotes = quoteStrings(json);
  const find = (want: string) => {
    const [speaker, words] = [want.slice(0, want.indexOf(': ')), want.slice(want.indexOf(': ') + 2)];
    return json.quotes.findIndex((_, i) => quotes[i]!.startsWith(`${speaker}: `) && quotes[i]!.includes(words));
  };

  it('finds the entities', () => {
    expect(entityNames(json)).toEqual(expect.arrayContaining(facts.entities));
  });
  it('finds the ties', () => {
    expect(relationStrings(json)).toEqual(expect.arrayContaining(facts.relations));
    for (const r of facts.notRelations) expect(relationStrings(json)).not.toContain(r);
  });
  it.each(facts.quotes)('attributes %s', (want) => {
    expect(find(want), `${want}\nin:\n${quotes.join('\n')}`).toBeGreaterThanOrEqual(0);
  });
  it('links the disputes', () => {
    for (const [a, b] of facts.disputes) {
      const qa = json.quotes[find(a)]!;
      const qb = json.quotes[find(b)]!;
      expect(qa.stance).toContainEqual({ target: qb.id, kind: 'disputes' });
    }
  });
  it('points every offset at its text', () => {
    for (const e of json.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const q of json.quotes) if (q.speaker_mention) expect(text.slice(q.speaker_mention.start, q.speaker_mention.end)).toBe(q.speaker_mention.text);
    for (const r of json.relations) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
});
