// The start page: what the database holds and the most connected actors.

import { api } from '../api.js';
import { actorLink, section } from '../common.js';
import { h } from '../dom.js';
import type { CentralActor, Stats } from '../types.js';

export async function renderHome(main: HTMLElement): Promise<void> {
  const [stats, top] = await Promise.all([api<Stats>('/stats'), api<CentralActor[]>('/central', { limit: 24 })]);
  main.append(h('h1', {}, 'Dossier explorer'));
  main.append(h('p', { class: 'lead' },
    `${stats.documents} articles${stats.firstPublished ? ` from ${stats.firstPublished} to ${stats.lastPublished}` : ''}: `,
    `${stats.actors} actors, ${stats.edges} ties, ${stats.quotes} quotes. Every fact links to the sentence it was read from.`));
  const list = h('ol', { class: 'central' });
  for (const c of top) list.append(h('li', {}, actorLink(c.actor), h('span', { class: 'muted' }, ` ${c.degree} tie${c.degree === 1 ? '' : 's'}`)));
  main.append(section('Most connected', top.length ? list : h('p', { class: 'muted' }, 'No ties yet: ingest some articles.')));
  main.append(section('Views',
    h('ul', { class: 'links' },
      h('li', {}, h('a', { href: '#/disputes' }, 'Disputes'), ': claims beside the claims and facts they dispute'),
      h('li', {}, h('a', { href: '#/money' }, 'Money'), ': pledges, funding and acquisitions, conflicts flagged'),
      h('li', {}, h('a', { href: '#/documents' }, 'Articles'), ': read them with every span highlighted'))));
}
