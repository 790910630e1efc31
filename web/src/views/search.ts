// Full search results: actors whose names contain the text, and the sentences that hold its words.

import { api } from '../api.js';
import { actorLink, docHref, docLabel, empty, section } from '../common.js';
import { h } from '../dom.js';
import type { SearchResult } from '../types.js';

export async function renderSearchPage(main: HTMLElement, q: string): Promise<void> {
  main.append(h('h1', {}, `Search: ${q}`));
  if (!q.trim()) return void main.append(empty('Type in the search box above.'));
  const r = await api<SearchResult>('/search', { q, limit: 50 });
  const actors = h('ul', { class: 'plain' });
  for (const a of r.actors) actors.append(h('li', {}, actorLink(a), h('span', { class: 'muted' }, ` ${a.type}, ${a.documents} article${a.documents === 1 ? '' : 's'}${a.aliases.length ? `; also ${a.aliases.slice(0, 4).join(', ')}` : ''}`)));
  const sentences = h('ul', { class: 'plain sentences' });
  for (const s of r.sentences) {
    sentences.append(h('li', {}, h('a', { href: docHref(s.doc.id, s.sentence.index) }, s.sentence.text), h('span', { class: 'muted' }, ` — ${docLabel(s.doc)}${s.doc.published ? `, ${s.doc.published}` : ''}`)));
  }
  main.append(section(`Actors (${r.actors.length})`, r.actors.length ? actors : empty('No actor has that in its names.')));
  main.append(section(`Sentences (${r.sentences.length})`, r.sentences.length ? sentences : empty('No sentence holds these words.')));
}
