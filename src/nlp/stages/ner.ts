import type { Doc, Mention, Token } from '../doc.js';
import { EntityTyper } from '../entity-types.js';
import { MentionRepair } from '../mention-repair.js';
import { NerTagger } from '../ner-tagger.js';
import { need, type Stage } from '../pipeline.js';
import { trainingForm } from '../features/word-form.js';

// Named mentions from the trained entity tagger (models/ner.bin, built by npm run train:ner):
// the tagger finds CoNLL-typed spans over the tokens, MentionRepair splits off titles, EntityTyper
// maps the CoNLL types to Dossier's.

/**
 * A name glued to a lowercase modifier by a hyphen ("Portland-based", "Kremlin-backed",
 * "Texas-born"): the tagger sees the name and the modifier as two words, so that the place or
 * organisation is found (the tokenizer keeps such compounds whole, as CoNLL does).
 */
const NAME_COMPOUND = /^(\p{Lu}[\p{L}\p{M}.'’&]*(?:-\p{Lu}[\p{L}\p{M}.'’&]*)*)(-\p{Ll}[\p{Ll}-]*)$/u;

/**
 * The words the tagger reads, sentence by sentence; `bounds[s]` holds the text start and end of
 * each word of sentence s (2 numbers per word), `sentence[s]` the document sentence it is in.
 */
export function taggerWords(doc: Doc, tokens: readonly Token[]): { words: string[][]; bounds: Int32Array[]; sentence: number[] } {
  const words: string[][] = [];
  const bounds: Int32Array[] = [];
  const sentence: number[] = [];
  const text = doc.text;
  let k = 0;
  while (k < tokens.length) {
    const s = tokens[k]!.sentence;
    let stop = k + 1;
    while (stop < tokens.length && tokens[stop]!.sentence === s) stop++;
    const w: string[] = [];
    // At most two words per token (a split compound).
    const b = new Int32Array(4 * (stop - k));
    let n = 0;
    for (; k < stop; k++) {
      const t = tokens[k]!;
      const form = text.slice(t.start, t.end);
      const m = form.length > 4 && form.includes('-') ? NAME_COMPOUND.exec(form) : null;
      if (m) {
        const cut = t.start + m[1]!.length;
        w.push(m[1]!, m[2]!);
        b[n++] = t.start;
        b[n++] = cut;
        b[n++] = cut;
        b[n++] = t.end;
      } else {
        w.push(trainingForm(form));
        b[n++] = t.start;
        b[n++] = t.end;
      }
    }
    words.push(w);
    bounds.push(b);
    sentence.push(s);
  }
  return { words, bounds, sentence };
}

export function findMentions(doc: Doc, tagger: NerTagger, typer: EntityTyper, repair: MentionRepair): Mention[] {
  const { words, bounds, sentence } = taggerWords(doc, need(doc, 'tokens', 'ner'));
  const spans = tagger.tagDocument(words);
  const mentions: Mention[] = [];
  spans.forEach((found, s) => {
    for (const span of repair.repair(words[s]!, found)) {
      const type = typer.typeOf(span.type, words[s]!.slice(span.start, span.end), words[s]![span.end]);
      if (!type) continue;
      const b = bounds[s]!;
      mentions.push({ start: b[2 * span.start]!, end: b[2 * span.end - 1]!, type, sentence: sentence[s]!, score: Math.round(span.score * 1000) / 1000 });
    }
  });
  return mentions;
}

/** A stage over a given tagger (tests and evaluations load other model files). */
export function createNerStage(tagger: NerTagger = NerTagger.load()): Stage {
  const typer = new EntityTyper(tagger.gazetteer, tagger.wordTypes);
  const repair = new MentionRepair(tagger.gazetteer);
  return {
    name: 'ner',
    requires: ['tokens'],
    adds: ['mentions'],
    run: (doc: Doc): Doc => ({ ...doc, mentions: findMentions(doc, tagger, typer, repair) }),
  };
}

/** The stage over the shipped model, loaded on first use. */
export const nerStage: Stage = {
  name: 'ner',
  requires: ['tokens'],
  adds: ['mentions'],
  run(doc: Doc): Doc {
    return (shipped ??= createNerStage()).run(doc);
  },
};
let shipped: Stage | null = null;
