// Disputes: each claim beside the claim, fact or actor it disputes, with speakers, media and dates.

import { api } from '../api.js';
import { actorLink, empty, evidenceBlock } from '../common.js';
import { h } from '../dom.js';
import { TIE_LABELS } from '../palette.js';
import type { DisputeTarget, DisputeView, Page } from '../types.js';
import { quoteItem } from './entity.js';

function targetBlock(t: DisputeTarget): HTMLElement {
  if (t.kind === 'quote') return h('ul', { class: 'plain quotes' }, quoteItem(t.quote));
  if (t.kind === 'tie') {
    return h('div', { class: 'fact' },
      h('div', {}, actorLink(t.subject), ` ${TIE_LABELS[t.type] ?? t.type} `, actorLink(t.object, '(unnamed)')),
      evidenceBlock(t.evidence));
  }
  return h('div', { class: 'fact' }, 'the actor ', actorLink(t.actor));
}

export async function renderDisputes(main: HTMLElement): Promise<void> {
  const p = await api<Page<DisputeView>>('/disputes', { limit: 200 });
  main.append(h('h1', {}, 'Disputes'));
  if (!p.items.length) return void main.append(empty('No claim disputes another in these articles.'));
  const list = h('ol', { class: 'plain disputes' });
  for (const d of p.items) {
    list.append(h('li', { class: 'dispute' },
      h('div', { class: 'side claim' }, h('h2', { class: 'side-label' }, 'Claim'), h('ul', { class: 'plain quotes' }, quoteItem(d.claim))),
      h('div', { class: 'versus', 'aria-hidden': 'true' }, d.kind === 'disputes' ? '⟂ disputes' : '✓ supports'),
      h('div', { class: 'side target' }, h('h2', { class: 'side-label' }, t(d)), targetBlock(d.target))));
  }
  main.append(list);
}

function t(d: DisputeView): string {
  const what = d.target.kind === 'quote' ? 'the claim' : d.target.kind === 'tie' ? 'the fact' : 'the actor';
  return `${d.kind === 'disputes' ? 'Disputes' : 'Supports'} ${what}`;
}
