// The one narrow interface the rest of Dossier uses to keep and query what was extracted.
// Services (src/services) depend on this, never on SQLite; the SQLite implementation is
// sqlite-store.ts. Read models are plain data, every fact carrying its evidence sentence.

import type { StoreError } from '../errors.js';
import type { Doc, EntityType, MoneyBound } from '../nlp/doc.js';

export interface WriteOutcome {
  sha: string;
  status: 'new' | 'unchanged' | 'failed';
  /** Set when status is "failed": the article was not stored, nothing else changed. */
  error?: StoreError;
  /** What was stored for a new article. */
  counts?: { sentences: number; entities: number; values: number; relations: number; quotes: number };
}

export interface StoreInput {
  doc: Doc;
  /** Where it was read from when that says more than doc.meta.source: "feed.jsonl:12", "feed.xml#3". */
  origin: string | null;
}

export interface DocRef {
  id: number;
  sha: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

export interface SentenceRef {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Evidence {
  doc: DocRef;
  sentence: SentenceRef;
}

export interface ActorRef {
  id: number;
  type: EntityType;
  name: string;
}

export interface ActorSummary extends ActorRef {
  /** Articles that mention the actor. */
  documents: number;
  /** Named mentions and resolved references across articles. */
  mentions: number;
  aliases: string[];
}

export interface MoneyView {
  value: number;
  currency: string;
  bound: MoneyBound;
  text: string;
}

export interface TieView {
  type: string;
  /** "out": the actor is the subject; "in": the object. */
  direction: 'out' | 'in';
  counterpart: ActorRef | null;
  role: string | null;
  amount: MoneyView | null;
  date: string | null;
  medium: string | null;
  purpose: string | null;
  confidence: number;
  evidence: Evidence;
}

export interface QuoteView {
  id: number;
  text: string;
  direct: boolean;
  speaker: ActorRef | null;
  anonymous: string | null;
  cue: string | null;
  medium: string | null;
  date: string | null;
  about: ActorRef[];
  evidence: Evidence;
}

export interface RoleView {
  label: string;
  /** The sentence the title was read in. */
  evidence: Evidence;
}

export interface ActorDossier {
  actor: ActorSummary;
  names: Array<{ name: string; count: number }>;
  roles: RoleView[];
  ties: TieView[];
  quotesBy: QuoteView[];
  quotesAbout: QuoteView[];
  documents: DocRef[];
}

export interface ActorMatch {
  actor: ActorSummary;
  /** How the query matched: the actor's display name, or another name it is known by. */
  by: 'name' | 'alias';
}

export interface SearchHit {
  doc: DocRef;
  sentence: SentenceRef;
}

export interface SearchResult {
  actors: ActorSummary[];
  sentences: SearchHit[];
}

export interface StoreStats {
  path: string;
  bytes: number;
  documents: number;
  sentences: number;
  actors: number;
  actorsByType: Record<string, number>;
  entityMentions: number;
  values: number;
  relations: number;
  relationsByType: Record<string, number>;
  edges: number;
  quotes: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

export interface EdgeView {
  type: string;
  subject: ActorRef;
  object: ActorRef | null;
  sources: number;
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: Evidence;
}

/** One highlighted span of an article, with what it was read as (the reader's hover). */
export interface AnnotationSpan {
  kind: 'entity' | 'value' | 'relation' | 'quote';
  start: number;
  end: number;
  sentence: number;
  /** Entity type, value type, relation type, or "direct"/"reported" for quotes. */
  label: string;
  /** Entities: the actor the span was resolved to; quotes: the speaker; relations: the subject. */
  actor: ActorRef | null;
  /** Relations: the object. */
  other: ActorRef | null;
  /** Entities: named | pronoun | description | alias; values: the normalised value as text. */
  detail: string | null;
}

/** An article as the reader shows it: its text and every span the pipeline read in it. */
export interface DocumentAnnotations {
  doc: DocRef;
  text: string;
  sentences: Array<{ index: number; start: number; end: number }>;
  spans: AnnotationSpan[];
}

export interface Store {
  readonly path: string;
  /** True when an article with this id (documentId of its text) is stored. */
  hasDocument(sha: string): boolean;
  /** Stored articles, latest published first, for the explorer's list. */
  documentList(query?: { limit?: number; offset?: number }): DocRef[];
  /** One article's text with its entity, value, relation and quote spans; null when no such article. */
  annotations(id: number): DocumentAnnotations | null;
  /** Id, type and name of many actors at once (unknown ids are left out). */
  actorRefs(ids: readonly number[]): ActorRef[];
  /**
   * Stores articles, each whole or not at all, in one write transaction for the batch. An article
   * already stored is "unchanged"; one that cannot be written is "failed" and leaves no trace.
   */
  write(inputs: readonly StoreInput[]): WriteOutcome[];
  stats(): StoreStats;
  actors(query?: { type?: EntityType; limit?: number }): ActorSummary[];
  /** Actors known by exactly this name (normalised), display-name matches first. */
  findActors(name: string, type?: EntityType): ActorMatch[];
  /** Actors whose names contain the text, most mentioned first. */
  suggestActors(text: string, limit?: number): ActorSummary[];
  actor(id: number): ActorSummary | null;
  dossier(id: number): ActorDossier | null;
  edges(query?: { limit?: number }): EdgeView[];
  quotes(query?: { limit?: number }): QuoteView[];
  search(text: string, query?: { limit?: number }): SearchResult;
  close(): void;
}
