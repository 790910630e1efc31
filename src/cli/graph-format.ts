// Shared wording for the graph commands: ties, money, quotes and corrections as table cells.

import type { DisputeTarget, MoneyView, QuoteView, Tie } from '../store/store.js';
import { cite, dim } from './output.js';

export function money(m: MoneyView | null): string {
  if (!m) return '';
  const bound = m.bound === 'exact' ? '' : ` ${m.bound}`;
  return `${m.currency} ${m.value.toLocaleString('en-US')}${bound}`;
}

export function tieLabel(t: Pick<Tie, 'type' | 'subject' | 'object' | 'symmetric'>): string {
  return `${t.subject.name} —${t.type}${t.symmetric ? '—' : '→'} ${t.object?.name ?? '(no one named)'}`;
}

export function seen(t: Pick<Tie, 'count' | 'documents' | 'firstSeen' | 'lastSeen'>): string {
  const range = t.firstSeen && t.lastSeen ? (t.firstSeen === t.lastSeen ? t.firstSeen : `${t.firstSeen}..${t.lastSeen}`) : '';
  return `${t.count} source${t.count === 1 ? '' : 's'}, ${t.documents} article${t.documents === 1 ? '' : 's'}${range ? `\n${range}` : ''}`;
}

/** The detail of a tie: role, amounts per source (a conflict flagged), dates. */
export function tieDetail(t: Tie): string {
  const roles = [...new Set(t.sources.map((s) => s.role).filter(Boolean))];
  const amounts = [...new Set(t.sources.map((s) => money(s.amount)).filter(Boolean))];
  const dates = [...new Set(t.sources.map((s) => s.date).filter(Boolean))];
  return [
    roles.join(', '),
    amounts.length ? `${amounts.join(' / ')}${t.conflict ? ' [CONFLICT]' : ''}` : '',
    dates.join(', '),
  ].filter(Boolean).join('\n');
}

export function bestEvidence(t: Tie): string {
  const s = t.sources[0];
  return s ? `${cite(s.evidence)} ${dim(`[${s.factId}]`)}` : '';
}

export function speakerOf(q: QuoteView): string {
  return q.speaker?.name ?? (q.anonymous ? `(anonymous) ${q.anonymous}` : '(unattributed)');
}

export function quoteText(q: QuoteView): string {
  return `${q.direct ? '“' : ''}${q.text}${q.direct ? '”' : ''}${q.medium ? `\n[${q.medium}]` : ''}`;
}

/** The other side of a dispute: a quote, a tie or an actor, with its sentence. */
export function targetCell(t: DisputeTarget): string {
  if (t.kind === 'quote') return `${speakerOf(t.quote)}: ${quoteText(t.quote)}\n${cite(t.quote.evidence)}`;
  if (t.kind === 'tie') return `${t.subject.name} —${t.type}→ ${t.object?.name ?? '(no one named)'} [${t.factId}]\n${cite(t.evidence)}`;
  return t.actor.name;
}
