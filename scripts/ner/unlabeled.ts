// The unlabeled news the word clusters are learned from, read from ../shared/data (never shipped):
// AllSides 2015-2020 (minus the 200 articles proposed for hand annotation, so that no article that
// may become gold shapes the features), BBC News 2004-05 (deduplicated), PolNeAR train texts, and the
// words of CoNLL-2003 eng.train (its 1996 Reuters vocabulary; labels unused).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConll } from '../../src/nlp/conll.js';

export const SHARED = resolve(import.meta.dirname, '../../../shared/data');

export function* unlabeledTexts(): Generator<{ source: string; text: string }> {
  const allsides = join(SHARED, 'allsides-news');
  const held = new Set(
    readFileSync(join(allsides, 'annotation_candidates_200.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { id: string }).id),
  );
  for (const line of readFileSync(join(allsides, 'articles_2015-2020.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { id: string; title?: string; text: string };
    if (held.has(a.id)) continue;
    yield { source: 'allsides', text: `${a.title ?? ''}\n\n${a.text}` };
  }
  const bbc = join(SHARED, 'bbc-news-2005');
  const seen = new Set<string>();
  for (const cat of readdirSync(bbc).filter((d) => !d.includes('.')).sort()) {
    for (const f of readdirSync(join(bbc, cat)).sort()) {
      const text = readFileSync(join(bbc, cat, f), 'utf8');
      const h = createHash('md5').update(text).digest('hex');
      if (seen.has(h)) continue;
      seen.add(h);
      yield { source: 'bbc', text };
    }
  }
  const polnear = join(SHARED, 'polnear/train/text');
  for (const f of readdirSync(polnear).sort()) yield { source: 'polnear', text: readFileSync(join(polnear, f), 'utf8') };
}

/** CoNLL eng.train sentences as token arrays (its tokens are already split). */
export function conllTrainTokens(): string[][] {
  const docs = parseConll(readFileSync(join(SHARED, 'conll2003/eng.train'), 'utf8'));
  return docs.map((d) => d.flatMap((s) => s.words));
}

/** Where scripts/build-clusters.ts writes the clusters that scripts/train-ner.ts compiles into the model. */
export const CLUSTERS_FILE = resolve(import.meta.dirname, '../../.cache/clusters.tsv');

/** Where scripts/build-clusters.ts writes the distributional word types. */
export const TYPES_FILE = resolve(import.meta.dirname, '../../.cache/word-types.tsv');

/** Where scripts/build-clusters.ts writes the case prior. */
export const CASE_FILE = resolve(import.meta.dirname, '../../.cache/case-prior.tsv');

/** Where scripts/build-silver.ts writes the names a trained tagger finds in the unlabeled news. */
export const SILVER_FILE = resolve(import.meta.dirname, '../../.cache/silver.tsv');
