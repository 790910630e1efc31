// One actor's ties and quotes in date order: the date the text states, else the article's.

import type { QuoteView, Tie, TimelineEntry } from '../store/store.js';

export function buildTimeline(id: number, ties: readonly Tie[], quotes: readonly QuoteView[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const t of ties) {
    const other = t.subject.id === id ? t.object : t.subject;
    const verb = t.subject.id === id || t.symmetric ? t.type : `${t.type} (by)`;
    for (const s of t.sources) {
      const stated = s.date !== null && /^\d{4}/.test(s.date);
      entries.push({
        date: stated ? s.date! : s.evidence.doc.published ?? '',
        dated: stated ? 'stated' : 'published',
        kind: 'tie',
        summary: `${verb} ${other?.name ?? ''}${s.amount ? ` ${s.amount.text}` : ''}${s.role ? ` (${s.role})` : ''}`.trim(),
        factId: s.factId,
        evidence: s.evidence,
        doc: s.evidence.doc,
      });
    }
  }
  for (const q of quotes) {
    if (q.speaker?.id !== id) continue;
    entries.push({
      date: q.date ?? q.evidence.doc.published ?? '',
      dated: q.date ? 'stated' : 'published',
      kind: 'quote',
      summary: `said: ${q.direct ? '“' : ''}${q.text}${q.direct ? '”' : ''}`,
      factId: q.factId ?? `q${q.id}`,
      evidence: q.evidence,
      doc: q.evidence.doc,
    });
  }
  return entries.filter((e) => e.date).sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}
