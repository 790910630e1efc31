import { createHash } from 'node:crypto';

// The Doc: one article and every annotation on it. Annotations are spans (start/end UTF-16 offsets
// into `text`), never copied strings, so that provenance and highlighting come from the offsets.
// Layers are optional: a stage adds the layers it declares and reads those it requires
// (see pipeline.ts). Stages never mutate a layer they received; they return a new Doc.

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'PRODUCT';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'PRODUCT'];

export type RelationType =
  | 'position'
  | 'founded'
  | 'funds'
  | 'owns'
  | 'acquires'
  | 'pledges'
  | 'part_of'
  | 'partners_with'
  | 'sues'
  | 'met_with'
  | 'advises'
  | 'supports'
  | 'associate_of'
  | 'opposes'
  | 'family'
  | 'located_in';

export const RELATION_TYPES: readonly RelationType[] = [
  'position', 'founded', 'funds', 'owns', 'acquires', 'pledges', 'part_of', 'partners_with',
  'sues', 'met_with', 'advises', 'supports', 'associate_of', 'opposes', 'family', 'located_in',
];

/** Relation types whose direction carries no meaning (SPEC section 3). */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['partners_with', 'met_with', 'associate_of', 'family']);

export type Sentence = Span;

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  /** Index of the sentence holding this token. */
  sentence: number;
  kind: TokenKind;
}

/** A base phrase: a non-recursive noun, verb, prepositional... phrase over whole tokens. */
export interface Chunk extends Span {
  /** Phrase type: NP, VP, PP, ADVP, ADJP, SBAR, PRT, CONJP, INTJ, LST. */
  type: string;
  sentence: number;
  /** Token index of the first token, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

/** A named mention found by the entity stage: a span with a type. */
export interface Mention extends Span {
  type: EntityType;
  sentence: number;
  /** Tagger confidence in [0, 1] where the tagger gives one. */
  score?: number;
}

/** A title or role seen with a mention ("CEO" in "OpenAI CEO Sam Altman"). */
export interface RoleSpan extends Span {
  /** Normalised label: "CEO", "senator", "chair". */
  label: string;
  sentence: number;
}

/** One real-world referent in this article. */
export interface Entity {
  /** "e1", "e2", ... unique in the document. */
  id: string;
  type: EntityType;
  /** The span whose text is the canonical name (the fullest proper form). */
  name: Span;
  /** Indexes into doc.mentions of the named mentions of this entity. */
  mentions: number[];
  /** Other spans that name it without being a tagged mention: title forms, definite descriptions. */
  aliases: Span[];
  roles: RoleSpan[];
}

/** A pronoun or definite description resolved to an entity ("he", "the company", "the OpenAI CEO"). */
export interface Reference extends Span {
  entity: string;
  kind: 'pronoun' | 'description';
  sentence: number;
}

export type MoneyBound = 'exact' | 'upper' | 'lower' | 'approx' | 'vague';

interface ValueBase extends Span {
  /** "v1", "v2", ... unique in the document. */
  id: string;
  sentence: number;
}

export interface MoneyValue extends ValueBase {
  type: 'MONEY';
  /** Amount in the currency's units (500000000000 for "$500 billion"). */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  bound: MoneyBound;
}

export interface DateValue extends ValueBase {
  type: 'DATE';
  /** ISO YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
}

export interface PercentValue extends ValueBase {
  type: 'PERCENT';
  value: number;
}

export type Value = MoneyValue | DateValue | PercentValue;

export interface Relation {
  type: RelationType;
  /** Entity id. */
  subject: string;
  /** Entity id, or null where SPEC allows it (a pledge with no stated recipient). */
  object: string | null;
  role: string | null;
  /** A MONEY value id. */
  amount: string | null;
  /** A DATE value id. */
  date: string | null;
  purpose: Span | null;
  /** Where stated for met_with: "phone", "meeting", "dinner". */
  medium: string | null;
  confidence: number;
  /** Index of the evidence sentence. */
  sentence: number;
  /** The words that signal the relation ("CEO", "is suing", "backer"), for highlighting. */
  trigger: Span | null;
}

export interface Stance {
  /** A quote id, "relation:<index>" or an entity id. */
  target: string;
  kind: 'supports' | 'disputes';
}

export interface Quote {
  /** "q1", "q2", ... unique in the document. */
  id: string;
  direct: boolean;
  /** The quoted words: one span, or several fragments of one statement (joined by " ... " on output). */
  parts: Span[];
  /** Entity id, or null for an anonymous or unresolved source. */
  speaker: string | null;
  /** What the attribution points at in the text ("he", "Musk", "a person familiar with the matter"). */
  speakerMention: Span | null;
  /** For anonymous sources: the description span. */
  anonymous: Span | null;
  cue: Span | null;
  medium: Span | null;
  about: string[];
  /** ISO date when stated. */
  date: string | null;
  stance: Stance[];
  /** Index of the sentence that holds the attribution. */
  sentence: number;
}

export interface DocMeta {
  /** File path or URL the document came from. */
  source: string | null;
  title: string | null;
  url: string | null;
  /** Publication date, ISO YYYY-MM-DD; anchors relative dates. */
  published: string | null;
}

export interface Doc {
  /** SHA-256 (hex) of the normalised text. */
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly sentences?: Sentence[];
  readonly tokens?: Token[];
  /** Part-of-speech tags, parallel to tokens (Penn Treebank tags, as in CoNLL-2003: NNP, VBD, ...). */
  readonly pos?: string[];
  /** Base phrases (CoNLL-2000 style chunks: NP, VP, PP, ADVP, ADJP, SBAR, PRT, ...), in text order. */
  readonly chunks?: Chunk[];
  readonly mentions?: Mention[];
  readonly roles?: RoleSpan[];
  readonly entities?: Entity[];
  readonly references?: Reference[];
  readonly values?: Value[];
  readonly relations?: Relation[];
  readonly quotes?: Quote[];
}

/** The names of the optional layers; stages declare what they require and add in these terms. */
export type Layer =
  | 'sentences'
  | 'tokens'
  | 'pos'
  | 'chunks'
  | 'mentions'
  | 'roles'
  | 'entities'
  | 'references'
  | 'values'
  | 'relations'
  | 'quotes';

/** Every layer, in pipeline order. */
export const LAYERS: readonly Layer[] = ['sentences', 'tokens', 'pos', 'chunks', 'mentions', 'roles', 'entities', 'references', 'values', 'relations', 'quotes'];

/** The layers a Doc carries, in pipeline order. */
export function layersOf(doc: Doc): Layer[] {
  return LAYERS.filter((l) => doc[l] !== undefined);
}

export function spanText(doc: Pick<Doc, 'text'>, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/**
 * The form of the text that identifies a document: Unicode NFC, one kind of line break, runs of
 * white space collapsed, trimmed. Two copies of an article that differ only in layout get one id.
 */
export function normalizeForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function documentId(text: string): string {
  return createHash('sha256').update(normalizeForId(text), 'utf8').digest('hex');
}

/** A Doc with no layers yet. The text is kept exactly as given: offsets point into it. */
export function createDoc(text: string, meta: Partial<DocMeta> = {}): Doc {
  return {
    id: documentId(text),
    text,
    meta: { source: meta.source ?? null, title: meta.title ?? null, url: meta.url ?? null, published: meta.published ?? null },
  };
}
