// The graph view of an actor's neighbourhood (sigma.js on WebGL, graphology underneath): nodes
// coloured by type, edges by tie type, filters by type and date, click a node to move to it,
// click an edge (or pick it in the list) to see its evidence.

import Graph from 'graphology';
import Sigma from 'sigma';
import { api } from '../api.js';
import { onLeave } from '../lifecycle.js';
import { actorHref, actorLink, evidenceBlock, formatMoney, graphHref, typeDot } from '../common.js';
import { clear, h } from '../dom.js';
import { TIE_LABELS, tieColor, typeColor } from '../palette.js';
import type { Neighbourhood, Tie } from '../types.js';

let renderer: Sigma | null = null;

declare global {
  interface Window {
    /** The live graph view, for the console and the browser tests (edge positions). */
    dossierGraph?: { renderer: Sigma; graph: Graph };
  }
}

function disposeGraph(): void {
  renderer?.kill();
  renderer = null;
  delete window.dossierGraph;
}

/** Rings around the centre: depth-1 actors grouped by type, depth-2 actors near their first neighbour. */
function layout(graph: Graph, n: Neighbourhood): void {
  const ring1 = n.nodes.filter((x) => x.depth === 1).sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
  const angle = new Map<number, number>();
  ring1.forEach((x, i) => angle.set(x.id, (2 * Math.PI * i) / Math.max(1, ring1.length)));
  const ring2 = n.nodes.filter((x) => x.depth === 2);
  const near = (id: number) => {
    for (const e of n.edges) {
      const other = e.subject === id ? e.object : e.object === id ? e.subject : null;
      if (other !== null && angle.has(other)) return angle.get(other)!;
    }
    return 0;
  };
  const ring2Sorted = ring2.map((x) => ({ x, a: near(x.id) })).sort((p, q) => p.a - q.a);
  ring2Sorted.forEach((p, i) => angle.set(p.x.id, (2 * Math.PI * i) / Math.max(1, ring2Sorted.length)));
  for (const x of n.nodes) {
    const r = x.depth === 0 ? 0 : x.depth === 1 ? 10 : 22;
    const a = angle.get(x.id) ?? 0;
    graph.mergeNodeAttributes(String(x.id), { x: r * Math.cos(a), y: r * Math.sin(a) });
  }
}

function tieSummary(t: Tie): HTMLElement {
  const amounts = [...new Set(t.sources.filter((s) => s.amount).map((s) => formatMoney(s.amount!)))];
  return h('div', { class: 'tie-evidence' },
    h('h3', {}, actorLink(t.subject), ` ${TIE_LABELS[t.type] ?? t.type} `, actorLink(t.object, '(unnamed)')),
    h('p', { class: 'muted' }, `${t.count} source${t.count === 1 ? '' : 's'}${t.firstSeen ? `, ${t.firstSeen}${t.lastSeen && t.lastSeen !== t.firstSeen ? ` to ${t.lastSeen}` : ''}` : ''}${amounts.length ? ` · ${amounts.join(' / ')}` : ''}${t.conflict ? ' · amounts differ' : ''}`),
    ...t.sources.slice(0, 20).map((s) => evidenceBlock(s.evidence)));
}

export async function renderGraph(main: HTMLElement, id: number, params: URLSearchParams): Promise<void> {
  const depth = params.get('depth') === '2' ? 2 : 1;
  const n = await api<Neighbourhood>(`/entities/${id}/graph`, { depth });
  document.title = `${n.center.name}: graph · Dossier`;
  const graph = new Graph({ type: 'directed', multi: true });
  const degree = new Map<number, number>();
  for (const e of n.edges) {
    degree.set(e.subject, (degree.get(e.subject) ?? 0) + 1);
    degree.set(e.object, (degree.get(e.object) ?? 0) + 1);
  }
  for (const x of n.nodes) {
    graph.addNode(String(x.id), {
      label: x.name, nodeType: x.type, color: typeColor(x.type), x: 0, y: 0,
      size: x.depth === 0 ? 16 : Math.min(16, 6 + 2 * Math.sqrt(degree.get(x.id) ?? 1)),
      forceLabel: x.depth === 0,
    });
  }
  for (const e of n.edges) {
    graph.addEdgeWithKey(`${e.type}:${e.subject}:${e.object}`, String(e.subject), String(e.object), {
      tieType: e.type, color: tieColor(e.type), size: Math.min(4, 1 + Math.log2(e.count)), firstSeen: e.firstSeen, lastSeen: e.lastSeen, count: e.count,
    });
  }
  layout(graph, n);

  const nodeTypes = [...new Set(n.nodes.map((x) => x.type))].sort();
  const tieTypes = [...new Set(n.edges.map((e) => e.type))].sort();
  const hiddenNodeTypes = new Set<string>();
  const hiddenTieTypes = new Set<string>();
  let from = '';
  let to = '';

  const head = h('div', { class: 'entity-head' },
    h('h1', {}, typeDot(n.center.type), n.center.name, h('span', { class: 'muted' }, ' · graph')),
    h('p', { class: 'muted' }, `${n.nodes.length} actors, ${n.edges.length} ties${n.truncated ? ' (the strongest; more exist)' : ''}`),
    h('a', { href: actorHref(id), class: 'button' }, 'Dossier page'), ' ',
    h('a', { href: `${graphHref(id)}${depth === 1 ? '?depth=2' : ''}`, class: 'button' }, depth === 1 ? 'Show 2 hops' : 'Show 1 hop'));

  const filters = h('form', { class: 'filters', 'aria-label': 'graph filters' });
  filters.addEventListener('submit', (e) => e.preventDefault());
  const typeBox = h('fieldset', {}, h('legend', {}, 'Actors'));
  for (const t of nodeTypes) {
    const box = h('input', { type: 'checkbox', id: `nt-${t}`, checked: true }) as HTMLInputElement;
    box.addEventListener('change', () => {
      if (box.checked) hiddenNodeTypes.delete(t);
      else hiddenNodeTypes.add(t);
      renderer?.refresh();
    });
    typeBox.append(h('label', { for: `nt-${t}` }, box, ' ', typeDot(t), t));
  }
  const tieBox = h('fieldset', {}, h('legend', {}, 'Ties'));
  for (const t of tieTypes) {
    const box = h('input', { type: 'checkbox', id: `tt-${t}`, checked: true }) as HTMLInputElement;
    box.addEventListener('change', () => {
      if (box.checked) hiddenTieTypes.delete(t);
      else hiddenTieTypes.add(t);
      renderer?.refresh();
    });
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.backgroundColor = tieColor(t);
    tieBox.append(h('label', { for: `tt-${t}` }, box, ' ', swatch, TIE_LABELS[t] ?? t));
  }
  const fromInput = h('input', { type: 'date', id: 'date-from' }) as HTMLInputElement;
  const toInput = h('input', { type: 'date', id: 'date-to' }) as HTMLInputElement;
  const onDate = () => {
    from = fromInput.value;
    to = toInput.value;
    renderer?.refresh();
  };
  fromInput.addEventListener('change', onDate);
  toInput.addEventListener('change', onDate);
  const dateBox = h('fieldset', {}, h('legend', {}, 'Seen between'), h('label', { for: 'date-from' }, 'from ', fromInput), ' ', h('label', { for: 'date-to' }, 'to ', toInput));
  filters.append(typeBox, tieBox, dateBox);

  const canvas = h('div', { class: 'graph-canvas', id: 'graph', role: 'img', 'aria-label': `graph of the ties of ${n.center.name}` });
  const panel = h('aside', { class: 'graph-panel', 'aria-live': 'polite', id: 'evidence' }, h('p', { class: 'muted' }, 'Click an edge, or pick a tie below, to see the sentences it was read from. Click an actor to move to it.'));
  const tieList = h('ul', { class: 'plain tie-list' });
  const showTie = async (subject: number, object: number, type: string) => {
    clear(panel);
    panel.append(h('p', { class: 'loading' }, 'Loading…'));
    try {
      const r = await api<{ items: Tie[] }>('/tie', { subject, object, type });
      clear(panel);
      for (const t of r.items) panel.append(tieSummary(t));
    } catch (e) {
      clear(panel);
      panel.append(h('p', { class: 'error', role: 'alert' }, (e as Error).message));
    }
  };
  const names = new Map(n.nodes.map((x) => [x.id, x.name]));
  for (const e of [...n.edges].sort((a, b) => b.count - a.count).slice(0, 200)) {
    const b = h('button', { type: 'button', class: 'link' }, `${names.get(e.subject)} ${TIE_LABELS[e.type] ?? e.type} ${names.get(e.object)}`, h('span', { class: 'muted' }, ` (${e.count})`));
    b.addEventListener('click', () => void showTie(e.subject, e.object, e.type));
    tieList.append(h('li', {}, b));
  }
  main.append(head, h('div', { class: 'graph-layout' }, h('div', {}, filters, canvas), h('div', {}, panel, h('details', { class: 'tie-details' }, h('summary', {}, `Ties as a list (${Math.min(200, n.edges.length)})`), tieList))));

  const inRange = (first: string | null, last: string | null) => {
    if (!from && !to) return true;
    if (!first && !last) return false;
    return (!from || (last ?? first)! >= from) && (!to || (first ?? last)! <= to);
  };
  const nodeHidden = (key: string) => key !== String(id) && hiddenNodeTypes.has(graph.getNodeAttribute(key, 'nodeType') as string);
  renderer = new Sigma(graph, canvas, {
    // Sizes in screen pixels: a node stays readable whatever the spread of the layout.
    settings: { enableEdgeEvents: true, renderEdgeLabels: false, labelRenderedSizeThreshold: 5, itemSizesReference: 'screen', zoomToSizeRatioFunction: (r) => r },
    nodeReducer: (key, data) => (nodeHidden(key) ? { ...data, visibility: 'hidden' } : { ...data, cursor: 'pointer' }),
    edgeReducer: (key, data, attrs) => {
      const [s, o] = graph.extremities(key);
      const hidden = hiddenTieTypes.has(attrs.tieType as string) || nodeHidden(s) || nodeHidden(o) || !inRange(attrs.firstSeen as string | null, attrs.lastSeen as string | null);
      return hidden ? { ...data, visibility: 'hidden' } : { ...data, cursor: 'pointer' };
    },
  });
  window.dossierGraph = { renderer, graph };
  onLeave(disposeGraph);
  renderer.on('clickNode', ({ node }) => {
    location.hash = graphHref(Number(node)).slice(1);
  });
  renderer.on('clickEdge', ({ edge }) => {
    const [s, o] = graph.extremities(edge);
    void showTie(Number(s), Number(o), graph.getEdgeAttribute(edge, 'tieType') as string);
  });
}
