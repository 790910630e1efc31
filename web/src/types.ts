// The JSON the API answers with (see /api/openapi.json); only the fields the app reads.

export interface ActorRef { id: number; type: string; name: string }
export interface ActorSummary extends ActorRef { documents: number; mentions: number; aliases: string[] }
export interface DocRef { id: number; sha: string; title: string | null; source: string | null; url: string | null; published: string | null }
export interface SentenceRef { index: number; start: number; end: number; text: string }
export interface Evidence { doc: DocRef; sentence: SentenceRef }
export interface MoneyView { value: number; currency: string; bound: string; text: string }

export interface TieSource {
  factId: string; role: string | null; amount: MoneyView | null; date: string | null; medium: string | null;
  purpose: string | null; confidence: number; evidence: Evidence;
}
export interface Tie {
  type: string; subject: ActorRef; object: ActorRef | null; symmetric: boolean; count: number; documents: number;
  firstSeen: string | null; lastSeen: string | null; sources: TieSource[]; conflict: boolean;
}
export interface ActorTie extends Tie { direction: 'out' | 'in' | 'both'; counterpart: ActorRef | null }

export interface QuoteView {
  id: number; factId?: string; text: string; direct: boolean; speaker: ActorRef | null; anonymous: string | null;
  cue: string | null; medium: string | null; date: string | null; about: ActorRef[]; evidence: Evidence;
}

export interface MoneyFlow {
  type: string; from: ActorRef; to: ActorRef | null; amount: MoneyView | null; conflict: boolean;
  sources: Array<{ factId: string; amount: MoneyView; date: string | null; purpose: string | null; evidence: Evidence }>;
}
export interface MoneyTotal { actor: ActorRef; currency: string; out: number; in: number }

export interface TimelineEntry {
  date: string; dated: 'stated' | 'published'; kind: string; summary: string; factId: string | null; evidence: Evidence | null; doc: DocRef;
}

export interface ActorProfile {
  actor: ActorSummary;
  names: Array<{ name: string; count: number }>;
  roles: Array<{ label: string; evidence: Evidence }>;
  tiesByType: Record<string, ActorTie[]>;
  quotesBy: QuoteView[];
  quotesAbout: QuoteView[];
  documents: DocRef[];
  money: { out: MoneyFlow[]; in: MoneyFlow[]; totals: MoneyTotal[] };
  timeline: TimelineEntry[];
}

export type DisputeTarget =
  | { kind: 'quote'; quote: QuoteView }
  | { kind: 'tie'; factId: string; type: string; subject: ActorRef; object: ActorRef | null; evidence: Evidence }
  | { kind: 'actor'; actor: ActorRef };
export interface DisputeView { kind: 'disputes' | 'supports'; claim: QuoteView; target: DisputeTarget }

export interface Page<T> { items: T[]; limit: number; offset: number; more: boolean }

export interface SearchResult { actors: ActorSummary[]; sentences: Array<{ doc: DocRef; sentence: SentenceRef }> }

export interface AnnotationSpan {
  kind: 'entity' | 'value' | 'relation' | 'quote'; start: number; end: number; sentence: number; label: string;
  actor: ActorRef | null; other: ActorRef | null; detail: string | null;
}
export interface DocumentAnnotations {
  doc: DocRef; text: string; sentences: Array<{ index: number; start: number; end: number }>; spans: AnnotationSpan[];
}

export interface Neighbourhood {
  center: ActorRef;
  nodes: Array<ActorRef & { depth: number }>;
  edges: Array<{ subject: number; object: number; type: string; count: number; firstSeen: string | null; lastSeen: string | null }>;
  truncated: boolean;
}

export interface Stats {
  documents: number; sentences: number; actors: number; actorsByType: Record<string, number>; relations: number;
  edges: number; quotes: number; firstPublished: string | null; lastPublished: string | null;
}

export interface CentralActor { actor: ActorRef; degree: number; score: number }

export interface ApiErrorBody { error: { code: string; message: string; hint?: string; candidates?: string[] } }
