// The article reader: the text with entity, value, relation and quote spans highlighted from their
// offsets; hovering or focusing a span shows what it was read as and resolved to. ?s=N marks the
// sentence a fact came from and scrolls to it.

import { api } from '../api.js';
import { actorHref, docHref, docLabel, empty, section } from '../common.js';
import { clear, h, safeUrl } from '../dom.js';
import type { AnnotationSpan, DocRef, DocumentAnnotations, Page } from '../types.js';

const KINDS: Array<AnnotationSpan['kind']> = ['entity', 'value', 'relation', 'quote'];
const KIND_LABELS: Record<AnnotationSpan['kind'], string> = { entity: 'entities', value: 'values', relation: 'ties', quote: 'quotes' };

function describe(s: AnnotationSpan): string {
  switch (s.kind) {
    case 'entity':
      return `${s.label}${s.detail && s.detail !== 'named' ? ` (${s.detail})` : ''} → ${s.actor ? `${s.actor.name} #${s.actor.id}` : 'not resolved'}`;
    case 'value':
      return `${s.label}${s.detail ? ` = ${s.detail}` : ''}`;
    case 'relation':
      return `tie: ${s.actor?.name ?? '?'} ${s.label.replace(/_/g, ' ')} ${s.other?.name ?? '(no object)'}`;
    case 'quote':
      return `${s.label} quote by ${s.actor?.name ?? (s.detail ? `anonymous: ${s.detail}` : 'unattributed')}`;
  }
}

const tip = () => document.getElementById('tip')!;

function showTip(el: HTMLElement, lines: string[]): void {
  const t = tip();
  clear(t);
  for (const l of lines) t.append(h('div', {}, l));
  t.hidden = false;
  const r = el.getBoundingClientRect();
  t.style.left = `${Math.max(4, Math.min(window.innerWidth - 320, r.left + window.scrollX))}px`;
  t.style.top = `${r.bottom + window.scrollY + 6}px`;
}

function hideTip(): void {
  tip().hidden = true;
}

/** Splits the text at every span and sentence edge; each piece carries the spans covering it. */
export function segments(text: string, spans: AnnotationSpan[], sentences: DocumentAnnotations['sentences']) {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  for (const s of sentences) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number; sentence: number | null; covering: number[] }> = [];
  let si = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (si < sentences.length && sentences[si]!.end <= start) si++;
    const sent = sentences[si] && sentences[si]!.start <= start && end <= sentences[si]!.end ? sentences[si]!.index : null;
    const covering: number[] = [];
    spans.forEach((s, j) => {
      if (s.start <= start && end <= s.end) covering.push(j);
    });
    out.push({ start, end, sentence: sent, covering });
  }
  return out;
}

export async function renderReader(main: HTMLElement, id: number, params: URLSearchParams): Promise<void> {
  const d = await api<DocumentAnnotations>(`/documents/${id}`);
  document.title = `${docLabel(d.doc)} · Dossier`;
  const url = safeUrl(d.doc.url);
  main.append(h('h1', {}, docLabel(d.doc)),
    h('p', { class: 'muted' }, [d.doc.published, d.doc.source].filter(Boolean).join(' · '), url ? ' · ' : '', url ? h('a', { href: url }, 'original') : null));

  const legend = h('fieldset', { class: 'legend' }, h('legend', {}, 'Highlight'));
  const body = h('div', { class: 'article', id: 'article' });
  for (const k of KINDS) {
    const n = d.spans.filter((s) => s.kind === k).length;
    const box = h('input', { type: 'checkbox', id: `hl-${k}`, checked: true }) as HTMLInputElement;
    box.addEventListener('change', () => body.classList.toggle(`hide-${k}`, !box.checked));
    legend.append(h('label', { for: `hl-${k}`, class: `key k-${k}` }, box, ` ${KIND_LABELS[k]} (${n})`));
  }
  main.append(legend);

  const wanted = params.has('s') ? Number(params.get('s')) : null;
  let sentenceEl: HTMLElement | null = null;
  let currentSentence: number | null = null;
  for (const seg of segments(d.text, d.spans, d.sentences)) {
    const text = d.text.slice(seg.start, seg.end);
    if (seg.sentence !== currentSentence) {
      currentSentence = seg.sentence;
      sentenceEl = seg.sentence === null ? null : h('span', { class: `sent${seg.sentence === wanted ? ' target' : ''}`, id: `s-${seg.sentence}`, 'data-s': seg.sentence });
      if (sentenceEl) body.append(sentenceEl);
    }
    const parent = sentenceEl ?? body;
    if (!seg.covering.length) {
      parent.append(text);
      continue;
    }
    const kinds = [...new Set(seg.covering.map((j) => d.spans[j]!.kind))];
    const entity = seg.covering.map((j) => d.spans[j]!).find((s) => s.kind === 'entity' && s.actor);
    const mark = h('mark', { class: kinds.map((k) => `k-${k}`).join(' '), 'data-spans': seg.covering.join(' '), tabindex: entity ? 0 : null }, text);
    parent.append(mark);
  }
  const lines = (el: HTMLElement) => (el.dataset.spans ?? '').split(' ').filter(Boolean).map((j) => describe(d.spans[Number(j)]!));
  body.addEventListener('mouseover', (e) => {
    const m = (e.target as HTMLElement).closest('mark');
    if (m) showTip(m, lines(m));
  });
  body.addEventListener('mouseout', hideTip);
  body.addEventListener('focusin', (e) => {
    const m = (e.target as HTMLElement).closest('mark');
    if (m) showTip(m, lines(m));
  });
  body.addEventListener('focusout', hideTip);
  body.addEventListener('keydown', (e) => {
    const m = (e.target as HTMLElement).closest('mark');
    if (e.key !== 'Enter' || !m) return;
    const actor = (m.dataset.spans ?? '').split(' ').map((j) => d.spans[Number(j)]!).find((s) => s.kind === 'entity' && s.actor)?.actor;
    if (actor) location.hash = actorHref(actor.id).slice(1);
  });
  // Click on an entity goes to its page.
  body.addEventListener('click', (e) => {
    const m = (e.target as HTMLElement).closest('mark');
    const actor = m && (m.dataset.spans ?? '').split(' ').map((j) => d.spans[Number(j)]!).find((s) => s.kind === 'entity' && s.actor)?.actor;
    if (actor) location.hash = actorHref(actor.id).slice(1);
  });
  main.append(body);
  const target = wanted === null ? null : document.getElementById(`s-${wanted}`);
  if (target) target.scrollIntoView({ block: 'center' });
}

export async function renderDocuments(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const p = await api<Page<DocRef>>('/documents', { limit: 50, offset });
  main.append(h('h1', {}, 'Articles'));
  const list = h('ul', { class: 'plain docs' });
  for (const d of p.items) list.append(h('li', {}, h('a', { href: docHref(d.id) }, docLabel(d)), h('span', { class: 'muted' }, d.published ? ` ${d.published}` : '')));
  const nav = h('nav', { class: 'pager', 'aria-label': 'pages' },
    offset > 0 ? h('a', { href: `#/documents?offset=${Math.max(0, offset - 50)}` }, '← newer') : null, ' ',
    p.more ? h('a', { href: `#/documents?offset=${offset + 50}` }, 'older →') : null);
  main.append(section(`From ${offset + 1}`, p.items.length ? list : empty('No articles stored.'), nav));
}
