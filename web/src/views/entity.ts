// One actor's page: names, roles, ties grouped by type, quotes by and about, money, timeline and
// articles. Every fact links to its sentence in the reader.

import { api } from '../api.js';
import { actorLink, docHref, docLabel, empty, evidenceBlock, formatMoney, graphHref, section, sourceLink, typeDot } from '../common.js';
import { h } from '../dom.js';
import { TIE_LABELS, tieColor } from '../palette.js';
import type { ActorProfile, ActorTie, MoneyFlow, QuoteView } from '../types.js';

/** Rows shown before "show more": the page of a very connected actor stays quick to draw. */
const FIRST_ROWS = 12;

function more<T>(items: T[], render: (item: T) => HTMLElement, container: HTMLElement): HTMLElement {
  for (const it of items.slice(0, FIRST_ROWS)) container.append(render(it));
  if (items.length > FIRST_ROWS) {
    const rest = items.slice(FIRST_ROWS);
    const btn = h('button', { type: 'button', class: 'more' }, `Show ${rest.length} more`);
    btn.addEventListener('click', () => {
      for (const it of rest) container.append(render(it));
      btn.remove();
    });
    return h('div', {}, container, btn);
  }
  return container;
}

function tieRow(t: ActorTie): HTMLElement {
  const arrow = t.direction === 'out' ? '→' : t.direction === 'in' ? '←' : '↔';
  const best = t.sources[0];
  const amounts = [...new Set(t.sources.filter((s) => s.amount).map((s) => formatMoney(s.amount!)))];
  const roles = [...new Set(t.sources.map((s) => s.role).filter((r): r is string => !!r))];
  const li = h('li', { class: 'tie' },
    h('div', { class: 'tie-head' },
      h('span', { class: 'arrow', 'aria-label': t.direction === 'in' ? 'by' : t.direction === 'out' ? 'to' : 'with' }, arrow), ' ',
      actorLink(t.counterpart, '(no one named)'),
      roles.length ? h('span', { class: 'role' }, ` ${roles.join(', ')}`) : null,
      amounts.length ? h('span', { class: 'amount' }, ` ${amounts.join(' / ')}`) : null,
      t.conflict ? h('span', { class: 'flag', title: 'sources give different amounts' }, ' amounts differ') : null,
      h('span', { class: 'muted' }, ` ${t.count} source${t.count === 1 ? '' : 's'}${t.firstSeen ? `, ${t.firstSeen}${t.lastSeen && t.lastSeen !== t.firstSeen ? ` to ${t.lastSeen}` : ''}` : ''}`)),
    best ? evidenceBlock(best.evidence) : null);
  if (t.count > 1) {
    // The other sources are drawn when opened: a very connected actor has thousands.
    const others = h('ul', { class: 'plain' });
    const details = h('details', {}, h('summary', {}, `${t.count - 1} more source${t.count === 2 ? '' : 's'}`), others);
    details.addEventListener('toggle', () => {
      if (others.childElementCount) return;
      const draw = (sources: ActorTie['sources']) => {
        others.replaceChildren();
        for (const s of sources.slice(1, 200)) others.append(h('li', {}, evidenceBlock(s.evidence)));
      };
      draw(t.sources);
      // The dossier carries the best few sources of each tie; the rest are asked for when wanted.
      if (t.count > t.sources.length && t.object) {
        void api<{ items: ActorTie[] }>('/tie', { subject: t.subject.id, object: t.object.id, type: t.type })
          .then((r) => {
            const same = r.items.find((x) => x.subject.id === t.subject.id && x.object?.id === t.object?.id);
            if (same) draw(same.sources);
          })
          .catch(() => undefined);
      }
    });
    li.append(details);
  }
  return li;
}

export function quoteItem(q: QuoteView): HTMLElement {
  const speaker = q.speaker ? actorLink(q.speaker) : h('span', { class: 'anon' }, q.anonymous ? `anonymous: ${q.anonymous}` : 'unattributed');
  return h('li', { class: 'quote' },
    h('div', {}, speaker, h('span', { class: 'muted' }, `${q.cue ? ` ${q.cue}` : ''}${q.medium ? ` (${q.medium})` : ''}${q.date ? `, ${q.date}` : ''}`)),
    h('q', { class: q.direct ? 'direct' : 'reported' }, q.text),
    q.about.length ? h('div', { class: 'about' }, 'about ', ...q.about.flatMap((a, i) => (i ? [', ', actorLink(a)] : [actorLink(a)]))) : null,
    h('div', { class: 'cite' }, sourceLink(q.evidence, `${docLabel(q.evidence.doc)}${q.evidence.doc.published ? `, ${q.evidence.doc.published}` : ''}`)));
}

function flowRow(f: MoneyFlow): HTMLElement {
  return h('tr', {},
    h('td', {}, actorLink(f.from)),
    h('td', {}, TIE_LABELS[f.type] ?? f.type),
    h('td', {}, actorLink(f.to, '(unnamed)')),
    h('td', { class: 'num' }, f.amount ? formatMoney(f.amount) : '—', f.conflict ? h('span', { class: 'flag', title: 'sources give different amounts' }, ' differs') : null),
    h('td', {}, ...f.sources.slice(0, 5).flatMap((s, i) => [i ? ' ' : '', sourceLink(s.evidence, `[${i + 1}]`)])));
}

export function moneyTable(flows: MoneyFlow[]): HTMLElement {
  const body = h('tbody');
  for (const f of flows) body.append(flowRow(f));
  return h('div', { class: 'scroll' }, h('table', { class: 'money' },
    h('thead', {}, h('tr', {}, ...['from', 'tie', 'to', 'amount', 'sources'].map((c) => h('th', { scope: 'col' }, c)))), body));
}

export async function renderEntity(main: HTMLElement, id: number): Promise<void> {
  const d = await api<ActorProfile>(`/entities/${id}`);
  const a = d.actor;
  document.title = `${a.name} · Dossier`;
  main.append(h('div', { class: 'entity-head' },
    h('h1', {}, typeDot(a.type), a.name),
    h('p', { class: 'muted' }, `${a.type} #${a.id} · ${a.documents} article${a.documents === 1 ? '' : 's'} · ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`),
    h('a', { href: graphHref(a.id), class: 'button', id: 'open-graph' }, 'Graph of ties')));

  const names = h('ul', { class: 'chips' });
  for (const n of d.names.slice(0, 30)) names.append(h('li', {}, n.name, h('span', { class: 'muted' }, ` ${n.count}`)));
  const roleCounts = new Map<string, { n: number; first: ActorProfile['roles'][number] }>();
  for (const r of d.roles) {
    const c = roleCounts.get(r.label);
    if (c) c.n++;
    else roleCounts.set(r.label, { n: 1, first: r });
  }
  const roles = h('ul', { class: 'chips' });
  for (const [label, c] of roleCounts) roles.append(h('li', {}, h('a', { href: docHref(c.first.evidence.doc.id, c.first.evidence.sentence.index), title: c.first.evidence.sentence.text }, label), h('span', { class: 'muted' }, ` ${c.n}`)));
  main.append(section('Names and roles', names, roleCounts.size ? roles : null));

  const groups = Object.entries(d.tiesByType).sort((x, y) => y[1].length - x[1].length);
  const ties = h('div', { class: 'tie-groups' });
  for (const [type, list] of groups) {
    const heading = h('h3', {}, `${TIE_LABELS[type] ?? type} (${list.length})`);
    heading.style.borderLeftColor = tieColor(type);
    ties.append(h('div', { class: 'tie-group', 'data-tie-type': type }, heading, more(list, tieRow, h('ul', { class: 'plain' }))));
  }
  main.append(section('Ties', groups.length ? ties : empty('No ties read yet.')));

  main.append(section(`Quotes by ${a.name} (${d.quotesBy.length})`, d.quotesBy.length ? more(d.quotesBy, quoteItem, h('ul', { class: 'plain quotes' })) : empty('None.')));
  main.append(section(`Quotes about ${a.name} (${d.quotesAbout.length})`, d.quotesAbout.length ? more(d.quotesAbout, quoteItem, h('ul', { class: 'plain quotes' })) : empty('None.')));

  const flows = [...d.money.out, ...d.money.in];
  const totals = h('ul', { class: 'plain' });
  for (const t of d.money.totals) totals.append(h('li', {}, `${t.currency}: out ${formatMoney({ value: t.out, currency: t.currency })}, in ${formatMoney({ value: t.in, currency: t.currency })}`));
  main.append(section('Money', flows.length ? moneyTable(flows) : empty('No money read.'), d.money.totals.length ? totals : null));

  const tl = h('ol', { class: 'timeline' });
  main.append(section('Timeline', d.timeline.length ? more(d.timeline, (e) => h('li', {},
    h('time', {}, e.date), e.dated === 'published' ? h('span', { class: 'muted', title: 'the article\'s date, not stated in the text' }, ' (published)') : null, ' ',
    h('span', {}, e.summary), ' ',
    e.evidence ? sourceLink(e.evidence) : h('a', { href: docHref(e.doc.id) }, docLabel(e.doc))), tl) : empty('No dated facts.')));

  const docs = h('ul', { class: 'plain' });
  main.append(section(`Articles (${d.documents.length})`, more(d.documents, (doc) => h('li', {}, h('a', { href: docHref(doc.id) }, docLabel(doc)), h('span', { class: 'muted' }, doc.published ? ` ${doc.published}` : '')), docs)));
}
