// Money: pledges, funding, acquisitions and stakes as a table and a bar chart; flows whose sources
// give different amounts are flagged.

import { api } from '../api.js';
import { empty, formatMoney, section } from '../common.js';
import { h, svg } from '../dom.js';
import { tieColor, TIE_LABELS } from '../palette.js';
import type { MoneyFlow, MoneyTotal } from '../types.js';
import { moneyTable } from './entity.js';

interface MoneyReport { flows: MoneyFlow[]; totals: MoneyTotal[]; conflicts: number }

/** Horizontal bars, one per flow, in the most common currency; labels are SVG text nodes. */
function chart(flows: MoneyFlow[]): SVGElement | null {
  const counts = new Map<string, number>();
  for (const f of flows) if (f.amount && f.amount.bound !== 'vague') counts.set(f.amount.currency, (counts.get(f.amount.currency) ?? 0) + 1);
  const currency = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!currency) return null;
  const rows = flows.filter((f) => f.amount?.currency === currency && f.amount.bound !== 'vague')
    .sort((a, b) => b.amount!.value - a.amount!.value).slice(0, 15);
  const max = rows[0]!.amount!.value || 1;
  const W = 720;
  const label = 300;
  const row = 26;
  const root = svg('svg', { viewBox: `0 0 ${W} ${rows.length * row + 10}`, role: 'img', 'aria-label': `largest amounts in ${currency}`, class: 'chart' });
  rows.forEach((f, i) => {
    const y = i * row + 5;
    const w = Math.max(2, ((W - label - 110) * f.amount!.value) / max);
    root.append(svg('text', { x: label - 8, y: y + 16, 'text-anchor': 'end', class: 'chart-label' }, `${f.from.name} → ${f.to?.name ?? '?'}`));
    root.append(svg('rect', { x: label, y: y + 3, width: w, height: row - 8, fill: tieColor(f.type), rx: 2 },
      svg('title', {}, `${TIE_LABELS[f.type] ?? f.type}: ${formatMoney(f.amount!)}`)));
    root.append(svg('text', { x: label + w + 6, y: y + 16, class: 'chart-value' }, `${formatMoney(f.amount!)}${f.conflict ? ' ⚠' : ''}`));
  });
  return root;
}

export async function renderMoney(main: HTMLElement): Promise<void> {
  const r = await api<MoneyReport>('/money', { limit: 2000 });
  main.append(h('h1', {}, 'Money'));
  main.append(h('p', { class: 'lead' }, `${r.flows.length} flows; ${r.conflicts} with sources that disagree on the amount.`));
  if (!r.flows.length) return void main.append(empty('No money read in these articles.'));
  const c = chart(r.flows);
  if (c) main.append(section('Largest amounts', c));
  const conflicts = r.flows.filter((f) => f.conflict);
  if (conflicts.length) main.append(section('Amounts in conflict', moneyTable(conflicts)));
  main.append(section('All flows', moneyTable(r.flows)));
}
