// The one narrow interface the rest of Dossier uses to keep and query what was extracted.
// Services (src/services) depend on this, never on SQLite; the SQLite implementation is
// sqlite-store.ts. Read models are plain data, every fact carrying its evidence sentence.

import type { StoreError } from '../errors.js';
import type { Doc, EntityType, Layer, MoneyBound } from '../nlp/doc.js';

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
  /**
   * The layers the pipeline made, when the Doc no longer carries all of them (extraction workers
   * keep the tokens and tags, which the store does not keep); by default the Doc's own.
   */
  layers?: readonly Layer[];
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
  /** "r12": what `dossier reject` takes. */
  factId?: string;
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

/** What a quote is, however it is read (a view, an export). */
export interface QuoteFields {
  id: number;
  text: string;
  direct: boolean;
  speaker: ActorRef | null;
  anonymous: string | null;
  cue: string | null;
  medium: string | null;
  date: string | null;
  /** The actors it is about (in an export, the exported ones). */
  about: ActorRef[];
}

export interface QuoteView extends QuoteFields {
  /** "q7": what `dossier reject` takes. */
  factId?: string;
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

/** What `exportGraph` takes: the whole graph, one actor's neighbourhood, one tie type, a time window. */
export interface ExportFilter {
  /** Only this actor and the actors within `depth` ties of it (ties of the other filters). */
  entity?: number;
  depth?: number;
  /** Only ties of this type (SPEC section 3). */
  type?: string;
  /** Only facts read in articles published on or after this ISO date. */
  since?: string;
}

export interface ExportArticle {
  id: number;
  sha: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

export interface ExportNode {
  id: number;
  type: EntityType;
  name: string;
  /** Every other name the actor is known by. */
  aliases: string[];
  /** Titles read with the actor ("CEO", "mayor"), distinct. */
  roles: string[];
  /** Articles that mention it. */
  documents: number;
  /** Owned or bought by another actor in some article (FtM writes such an ORG as a Company, an asset). */
  owned: boolean;
}

/** One source of a tie: the relation as read in one sentence of one article. */
export interface ExportEvidence {
  /** The fact id ("r12"), as `dossier reject` takes it. */
  fact: FactId;
  article: ExportArticle;
  sentence: SentenceRef;
  role: string | null;
  amount: MoneyView | null;
  date: string | null;
  purpose: string | null;
  medium: string | null;
  confidence: number;
}

/** An actor at an end of an exported tie; `owned` as in ExportNode, so both give it the same schema. */
export interface ExportActorRef extends ActorRef {
  owned: boolean;
}

/** A tie across articles: one (type, subject, object), with every source. */
export interface ExportEdge {
  /** Stable: "<subject>-<type>-<object or none>"; a symmetric tie is filed under its lower actor id. */
  key: string;
  type: string;
  subject: ExportActorRef;
  /** Null for a pledge with no named recipient. */
  object: ExportActorRef | null;
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: ExportEvidence[];
}

export type ExportStanceTarget =
  | { kind: 'quote'; id: number }
  | { kind: 'tie'; fact: FactId; edge: string }
  | { kind: 'actor'; id: number };

export interface ExportQuote extends QuoteFields {
  /** "q7", as `dossier reject` takes it. */
  fact: FactId;
  /** Supports or disputes exported quotes, ties or actors. */
  stance: Array<{ kind: 'supports' | 'disputes'; target: ExportStanceTarget }>;
  article: ExportArticle;
  sentence: SentenceRef;
}

/** An exported actor named in an exported article, with the name it has there. */
export interface ExportMention {
  /** doc_entities.id */
  id: number;
  actor: ActorRef;
  article: ExportArticle;
  name: string;
}

/**
 * A read of the graph for export. Each method streams its rows from the database (never the whole
 * export in memory); call them one at a time, in any order, then close().
 */
export interface ExportSource {
  readonly filter: ExportFilter;
  articles(): Iterable<ExportArticle>;
  nodes(): Iterable<ExportNode>;
  /** Ordered by type, subject, object; each edge carries all its sources. */
  edges(): Iterable<ExportEdge>;
  quotes(): Iterable<ExportQuote>;
  mentions(): Iterable<ExportMention>;
  close(): void;
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

export interface DatedEdge {
  type: string;
  subject: number;
  object: number;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** An article as the reader shows it: its text and every span the pipeline read in it. */
export interface DocumentAnnotations {
  doc: DocRef;
  text: string;
  sentences: Array<{ index: number; start: number; end: number }>;
  spans: AnnotationSpan[];
}

/** "r12" for a relation, "q7" for a quote: what `dossier reject` takes. */
export type FactId = string;

/** One source of a tie: a relation read in one article. */
export interface TieSource {
  factId: FactId;
  role: string | null;
  amount: MoneyView | null;
  date: string | null;
  medium: string | null;
  purpose: string | null;
  confidence: number;
  evidence: Evidence;
}

/** A tie across articles: one per (subject, type, object), with every source. */
export interface Tie {
  type: string;
  subject: ActorRef;
  object: ActorRef | null;
  symmetric: boolean;
  /** Relations read (one per source sentence). */
  count: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Best first (highest confidence, then latest). */
  sources: TieSource[];
  /** Money amounts of the sources disagree (same currency, more than 1% apart). */
  conflict: boolean;
}

export interface TieQuery {
  type?: string;
  /** An actor id: ties where it is subject or object. */
  entity?: number;
  limit?: number;
  /** With `entity`: only ties between it and this actor. */
  with?: number;
  /** Sources kept per tie, best first (count and dates cover all of them); default 20. */
  sourcesPerTie?: number;
}

/** A compact edge for graph algorithms (path, centrality). */
export interface GraphEdge {
  type: string;
  subject: number;
  object: number;
  count: number;
}

export interface QuoteQuery {
  by?: number;
  about?: number;
  limit?: number;
}

export type DisputeTarget =
  | { kind: 'quote'; quote: QuoteView }
  | { kind: 'tie'; factId: FactId; type: string; subject: ActorRef; object: ActorRef | null; evidence: Evidence }
  | { kind: 'actor'; actor: ActorRef };

/** A claim that disputes (or supports) another claim, a fact, or an actor; both sides shown. */
export interface DisputeView {
  kind: 'disputes' | 'supports';
  claim: QuoteView;
  target: DisputeTarget;
}

/** Why a per-article entity was joined to its actor. */
export interface ActorLinkView {
  /** The name as read in the article. */
  name: string;
  doc: DocRef;
  /** same-name | surname | acronym | alias | new | human */
  rule: string;
  detail: string | null;
  human: boolean;
}

export type CorrectionKind = 'merge' | 'split' | 'rename' | 'reject';

export interface CorrectionView {
  id: number;
  kind: CorrectionKind;
  /** The actor it applies to, when it still exists. */
  entity: ActorRef | null;
  detail: string;
  createdAt: string;
  /** Always true: corrections are made by people. */
  human: true;
}

export interface TimelineEntry {
  date: string;
  /** Whether the date is stated in the text or is the article's publication date. */
  dated: 'stated' | 'published';
  kind: 'tie' | 'quote' | 'role' | 'article';
  summary: string;
  factId: FactId | null;
  evidence: Evidence | null;
  doc: DocRef;
}

/** A stored article as reprocess needs it. */
export interface StoredArticle {
  id: number;
  sha: string;
  text: string;
  origin: string | null;
  meta: { source: string | null; title: string | null; url: string | null; published: string | null };
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
  actorRefsByIds(ids: readonly number[]): ActorRef[];
  /** Ties touching these actors, compact, with the first and last publication date (the graph view's filters). */
  datedEdges(around: readonly number[]): DatedEdge[];
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
  /** `options` bound the lists (default: 300 ties, 100 quotes by and 100 about). */
  dossier(id: number, options?: { ties?: number; quotes?: number }): ActorDossier | null;
  edges(query?: { limit?: number }): EdgeView[];
  quotes(query?: { limit?: number }): QuoteView[];
  search(text: string, query?: { limit?: number }): SearchResult;
  /** The graph (or part of it) as streams of rows, for exports. */
  exportGraph(filter?: ExportFilter): ExportSource;

  // ---- the graph across articles (issue 5) ----
  /** Ties grouped across articles, most sourced first. Rejected facts are left out. */
  ties(query?: TieQuery): Tie[];
  /** Every tie between two actors, compact, for graph algorithms; `around` limits it to ties touching these actors. */
  graphEdges(query?: { type?: string; around?: readonly number[] }): GraphEdge[];
  quoteList(query?: QuoteQuery): QuoteView[];
  disputes(query?: { entity?: number; limit?: number }): DisputeView[];
  /** Why each of the actor's per-article entities was joined to it. */
  links(id: number): ActorLinkView[];
  timeline(id: number): TimelineEntry[];
  corrections(query?: { entity?: number }): CorrectionView[];

  // ---- curation: stored as corrections, kept across reprocess ----
  /** Joins `other` into `keep`; returns the correction. */
  merge(keep: number, other: number): CorrectionView;
  /** Moves the article-level entities of `id` named `name` to a new actor; returns the correction and the new actor. */
  split(id: number, name: string): { correction: CorrectionView; actor: ActorSummary };
  rename(id: number, name: string): CorrectionView;
  reject(fact: FactId): CorrectionView;

  // ---- reprocess ----
  /** Stored articles, oldest first, in pages (ids above `after`). */
  articles(after: number, limit: number): StoredArticle[];
  /** Replaces an article's facts with a new extraction of the same text; corrections are applied again. */
  replace(inputs: readonly StoreInput[]): WriteOutcome[];
  close(): void;
}
