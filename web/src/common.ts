// Small pieces every view uses: links to actors and to source sentences, money, loading and errors.

import { ApiError } from './api.js';
import { h } from './dom.js';
import { typeColor } from './palette.js';
import type { ActorRef, DocRef, Evidence, MoneyView } from './types.js';

export const actorHref = (id: number) => `#/entity/${id}`;
export const graphHref = (id: number) => `#/graph/${id}`;
export const docHref = (doc: number, sentence?: number) => `#/doc/${doc}${sentence === undefined ? '' : `?s=${sentence}`}`;

export function actorLink(a: ActorRef | null, fallback = '—'): HTMLElement {
  if (!a) return h('span', { class: 'muted' }, fallback);
  return h('a', { href: actorHref(a.id), class: 'actor', 'data-type': a.type, title: `${a.type} #${a.id}` },
    typeDot(a.type), a.name);
}

export function typeDot(type: string): HTMLElement {
  const dot = h('span', { class: 'dot', 'aria-hidden': 'true' });
  dot.style.backgroundColor = typeColor(type);
  return dot;
}

export function docLabel(d: DocRef): string {
  return d.title ?? d.source ?? `article ${d.sha.slice(0, 10)}`;
}

/** The sentence a fact was read from, linking to it in the reader. */
export function evidenceBlock(e: Evidence): HTMLElement {
  return h('blockquote', { class: 'evidence' },
    h('span', { class: 'sentence' }, e.sentence.text),
    h('cite', {},
      h('a', { href: docHref(e.doc.id, e.sentence.index), class: 'source', title: 'open the sentence in its article' },
        `${docLabel(e.doc)}${e.doc.published ? `, ${e.doc.published}` : ''}`)));
}

export function sourceLink(e: Evidence, label = 'source'): HTMLElement {
  return h('a', { href: docHref(e.doc.id, e.sentence.index), class: 'source', title: `${docLabel(e.doc)}: ${e.sentence.text}` }, label);
}

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

export function formatMoney(m: Pick<MoneyView, 'value' | 'currency'> & { bound?: string }): string {
  const sign = CURRENCY_SIGNS[m.currency];
  const v = m.value;
  const short = v >= 1e12 ? `${+(v / 1e12).toFixed(2)} trillion` : v >= 1e9 ? `${+(v / 1e9).toFixed(2)} billion` : v >= 1e6 ? `${+(v / 1e6).toFixed(2)} million` : v.toLocaleString('en-US');
  const bound = m.bound === 'upper' ? 'up to ' : m.bound === 'lower' ? 'over ' : m.bound === 'approx' ? 'about ' : m.bound === 'vague' ? 'vaguely ' : '';
  return `${bound}${sign ?? ''}${short}${sign ? '' : ` ${m.currency}`}`;
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, 'Loading…');
}

export function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof ApiError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
  return h('p', { class: 'error', role: 'alert' }, msg);
}

export function section(title: string, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'muted' }, text);
}
