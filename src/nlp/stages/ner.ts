import type { Doc, Mention, Span, Token } from '../doc.js';
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

interface Piece extends Span {
  sentence: number;
}

/** The words the tagger reads, sentence by sentence, with the text span of each. */
export function taggerWords(doc: Doc, tokens: readonly Token[]): { words: string[][]; pieces: Piece[][] } {
  const words: string[][] = [];
  const pieces: Piece[][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k === 0 || t.sentence !== tokens[k - 1]!.sentence) {
      words.push([]);
      pieces.push([]);
    }
    const w = words[words.length - 1]!;
    const p = pieces[pieces.length - 1]!;
    const text = doc.text.slice(t.start, t.end);
    const m = text.length > 4 && text.includes('-') ? NAME_COMPOUND.exec(text) : null;
    if (m) {
      const cut = t.start + m[1]!.length;
      w.push(m[1]!, m[2]!);
      p.push({ start: t.start, end: cut, sentence: t.sentence }, { start: cut, end: t.end, sentence: t.sentence });
    } else {
      w.push(trainingForm(text));
      p.push({ start: t.start, end: t.end, sentence: t.sentence });
    }
  }
  return { words, pieces };
}

export function findMentions(doc: Doc, tagger: NerTagger, typer: EntityTyper, repair: MentionRepair): Mention[] {
  const { words, pieces } = taggerWords(doc, need(doc, 'tokens', 'ner'));
  const spans = tagger.tagDocument(words);
  const mentions: Mention[] = [];
  spans.forEach((sentence, s) => {
    for (const span of repair.repair(words[s]!, sentence)) {
      const type = typer.typeOf(span.type, words[s]!.slice(span.start, span.end), words[s]![span.end]);
      if (!type) continue;
      const a = pieces[s]![span.start]!;
      const b = pieces[s]![span.end - 1]!;
      mentions.push({ start: a.start, end: b.end, type, sentence: a.sentence, score: Math.round(span.score * 1000) / 1000 });
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
