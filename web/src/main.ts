// The explorer's web app: a hash router over the views, and the search box that finds actors and
// sentences as you type. Keys: "/" focuses search, arrows move in suggestions, Enter opens, Esc closes.

import './style.css';
import { api } from './api.js';
import { actorHref, docHref, docLabel, errorBox, typeDot } from './common.js';
import { clear, h } from './dom.js';
import type { SearchResult } from './types.js';
import { renderDisputes } from './views/disputes.js';
import { renderDocuments, renderReader } from './views/reader.js';
import { renderEntity } from './views/entity.js';
import { leaveView } from './lifecycle.js';
import { renderHome } from './views/home.js';
import { renderMoney } from './views/money.js';
import { renderSearchPage } from './views/search.js';

const main = document.getElementById('main')!;

interface Route {
  pattern: RegExp;
  render: (main: HTMLElement, m: RegExpExecArray, params: URLSearchParams) => Promise<void> | void;
}

const ROUTES: Route[] = [
  { pattern: /^\/?$/, render: (el) => renderHome(el) },
  { pattern: /^\/entity\/(\d+)$/, render: (el, m) => renderEntity(el, Number(m[1])) },
  // sigma and graphology are most of the code: loaded only when a graph is opened.
  { pattern: /^\/graph\/(\d+)$/, render: async (el, m, p) => (await import('./views/graph.js')).renderGraph(el, Number(m[1]), p) },
  { pattern: /^\/doc\/(\d+)$/, render: (el, m, p) => renderReader(el, Number(m[1]), p) },
  { pattern: /^\/documents$/, render: (el, _m, p) => renderDocuments(el, p) },
  { pattern: /^\/disputes$/, render: (el) => renderDisputes(el) },
  { pattern: /^\/money$/, render: (el) => renderMoney(el) },
  { pattern: /^\/search$/, render: (el, _m, p) => renderSearchPage(el, p.get('q') ?? '') },
];

let generation = 0;

async function route(): Promise<void> {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?', 2) as [string, string | undefined];
  const params = new URLSearchParams(qs ?? '');
  const gen = ++generation;
  leaveView();
  // What floats over the page (tooltip, suggestions) belongs to the page being left.
  document.getElementById('tip')!.hidden = true;
  close();
  clear(main);
  document.body.dataset.view = path.split('/')[1] || 'home';
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    try {
      await r.render(main, m, params);
    } catch (e) {
      if (gen === generation) main.append(errorBox(e));
    }
    if (gen === generation) main.dataset.ready = path;
    return;
  }
  main.append(errorBox(new Error(`no page at ${path}`)));
}

// ---- search as you type ----

const input = document.getElementById('q') as HTMLInputElement;
const list = document.getElementById('suggest') as HTMLUListElement;
let active = -1;
let timer: number | undefined;
let asked = 0;

function options(): HTMLLIElement[] {
  return [...list.querySelectorAll<HTMLLIElement>('li[role=option]')];
}

function close(): void {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function select(i: number): void {
  const opts = options();
  if (!opts.length) return;
  active = (i + opts.length) % opts.length;
  opts.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
  input.setAttribute('aria-activedescendant', opts[active]!.id);
  opts[active]!.scrollIntoView({ block: 'nearest' });
}

function go(href: string): void {
  close();
  location.hash = href.slice(1);
}

function option(id: string, href: string, ...content: Array<Node | string>): HTMLLIElement {
  const li = h('li', { role: 'option', id, 'data-href': href, 'aria-selected': 'false' }, ...content) as HTMLLIElement;
  li.addEventListener('mousedown', (e) => {
    e.preventDefault();
    go(href);
  });
  return li;
}

async function suggest(text: string): Promise<void> {
  const ask = ++asked;
  if (!/[\p{L}\p{N}]/u.test(text)) return close();
  let r: SearchResult;
  try {
    r = await api<SearchResult>('/search', { q: text, limit: 6 });
  } catch {
    return close();
  }
  if (ask !== asked) return;
  clear(list);
  r.actors.slice(0, 6).forEach((a, i) => list.append(option(`sg-a${i}`, actorHref(a.id), typeDot(a.type),
    h('span', { class: 'name' }, a.name), h('span', { class: 'muted' }, ` ${a.type} · ${a.documents} article${a.documents === 1 ? '' : 's'}`))));
  r.sentences.slice(0, 6).forEach((s, i) => list.append(option(`sg-s${i}`, docHref(s.doc.id, s.sentence.index),
    h('span', { class: 'snippet' }, s.sentence.text.length > 140 ? `${s.sentence.text.slice(0, 140)}…` : s.sentence.text),
    h('span', { class: 'muted' }, ` — ${docLabel(s.doc)}`))));
  list.append(option('sg-all', `#/search?q=${encodeURIComponent(text)}`, h('span', { class: 'more' }, `All results for “${text}”`)));
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  active = -1;
}

input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void suggest(input.value.trim()), 120);
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    select(active + 1);
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    select(active - 1);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    const opt = options()[active];
    if (opt?.dataset.href) go(opt.dataset.href);
    else if (input.value.trim()) go(`#/search?q=${encodeURIComponent(input.value.trim())}`);
  } else if (e.key === 'Escape') {
    close();
  }
});
input.addEventListener('blur', () => window.setTimeout(close, 150));

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.closest('input, textarea, select, [contenteditable]');
  if (e.key === '/' && !typing) {
    e.preventDefault();
    input.focus();
    input.select();
  }
});

window.addEventListener('hashchange', () => {
  void route().then(() => main.focus({ preventScroll: true }));
});
void route();
