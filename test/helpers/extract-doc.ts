// Runs the extraction stages (roles, resolution, coreference, relations, quotes) on a hand-made text
// whose named mentions are given by the test, so the tests measure these stages and not the tagger.
// Tokens, part-of-speech tags and values come from the real stages.

import { createDoc, type Doc, type EntityType, type Mention } from '../../src/nlp/doc.js';
import { createPipeline, type Stage } from '../../src/nlp/pipeline.js';
import { tokenizeStage } from '../../src/nlp/stages/tokenize.js';
import { posStage } from '../../src/nlp/stages/pos.js';
import { valuesStage } from '../../src/nlp/stages/values.js';
import { rolesStage } from '../../src/nlp/stages/roles.js';
import { resolveStage } from '../../src/nlp/stages/resolve.js';
import { corefStage } from '../../src/nlp/stages/coref.js';
import { relationsStage } from '../../src/nlp/stages/relations.js';
import { quotesStage } from '../../src/nlp/stages/quotes.js';
import { toSpecJson, type SpecDocument } from '../../src/nlp/serialize.js';

/** Every occurrence of each name (longest first, whole words) becomes a tagged mention. */
function givenMentions(names: Record<string, EntityType>): Stage {
  return {
    name: 'given-mentions',
    requires: ['tokens'],
    adds: ['mentions'],
    run(doc: Doc): Doc {
      const found: Mention[] = [];
      const forms = Object.keys(names).sort((a, b) => b.length - a.length);
      for (const f of forms) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
        for (const m of doc.text.matchAll(re)) {
          const start = m.index!;
          const end = start + f.length;
          if (found.some((x) => x.start < end && start < x.end)) continue;
          const t = doc.tokens!.find((k) => k.end > start)!;
          found.push({ start, end, type: names[f]!, sentence: t.sentence, score: 1 });
        }
      }
      return { ...doc, mentions: found.sort((a, b) => a.start - b.start) };
    },
  };
}

export function extract(text: string, names: Record<string, EntityType>, published = '2025-01-22'): { doc: Doc; json: SpecDocument } {
  const pipeline = createPipeline([tokenizeStage, posStage, valuesStage, givenMentions(names), rolesStage, resolveStage, corefStage, relationsStage, quotesStage]);
  const doc = pipeline.run(createDoc(text, { published }));
  return { doc, json: toSpecJson(doc) };
}

/** Relations as "type(subject name, object name)" strings. */
export function relationStrings(json: SpecDocument): string[] {
  const name = new Map(json.entities.map((e) => [e.id, e.name]));
  return json.relations.map((r) => `${r.type}(${name.get(r.subject)}, ${r.object ? name.get(r.object) : 'null'})`);
}

/** Quotes as "speaker: text" strings; an anonymous speaker is written "[description]". */
export function quoteStrings(json: SpecDocument): string[] {
  const name = new Map(json.entities.map((e) => [e.id, e.name]));
  return json.quotes.map((q) => `${q.speaker ? name.get(q.speaker) : `[${q.anonymous ?? ''}]`}: ${q.text}`);
}

export function entityNames(json: SpecDocument): string[] {
  return json.entities.map((e) => `${e.type} ${e.name}`);
}
