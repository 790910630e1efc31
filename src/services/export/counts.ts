// What an export wrote, for the one-line summary and for tests.

export interface ExportCounts {
  actors: number;
  /** Ties across articles (one per type, subject, object). */
  ties: number;
  /** Their sources: one per sentence a tie was read in. */
  sources: number;
  quotes: number;
  articles: number;
  /** Ties the format cannot hold (GraphML and GEXF: a pledge with no recipient). */
  skipped: number;
}

export function emptyCounts(): ExportCounts {
  return { actors: 0, ties: 0, sources: 0, quotes: 0, articles: 0, skipped: 0 };
}
