// An actor's neighbourhood for the graph view: the actor, the actors tied to it (and, at depth 2,
// theirs), and the ties among them, capped so that the browser gets at most a few thousand nodes.

import { NotFoundError } from '../errors.js';
import type { ActorRef, DatedEdge, Store } from '../store/store.js';

export interface Neighbourhood {
  center: ActorRef;
  nodes: Array<ActorRef & { depth: number }>;
  edges: DatedEdge[];
  /** Some actors were left out to stay within maxNodes. */
  truncated: boolean;
}

export function neighbourhood(store: Store, id: number, options: { depth?: 1 | 2; maxNodes?: number } = {}): Neighbourhood {
  const center = store.actorRefsByIds([id])[0];
  if (!center) throw new NotFoundError('entity', `#${id}`, 'see /api/entities for ids');
  const maxNodes = options.maxNodes ?? 2000;
  const depthOf = new Map<number, number>([[id, 0]]);
  let truncated = false;
  // Strongest ties first, so a cap keeps the best-sourced neighbours.
  const byCount = (a: DatedEdge, b: DatedEdge) => b.count - a.count;
  const admit = (edges: DatedEdge[], depth: number) => {
    for (const e of [...edges].sort(byCount)) {
      for (const n of [e.subject, e.object]) {
        if (depthOf.has(n)) continue;
        if (depthOf.size >= maxNodes) {
          truncated = true;
          continue;
        }
        depthOf.set(n, depth);
      }
    }
  };
  let edges = store.datedEdges([id]).filter((e) => e.subject !== e.object);
  admit(edges, 1);
  if ((options.depth ?? 1) === 2 && !truncated) {
    const ring = [...depthOf].filter(([, d]) => d === 1).map(([n]) => n);
    edges = store.datedEdges([id, ...ring]).filter((e) => e.subject !== e.object);
    admit(edges, 2);
  }
  const kept = edges.filter((e) => depthOf.has(e.subject) && depthOf.has(e.object));
  const refs = store.actorRefsByIds([...depthOf.keys()]);
  return { center, nodes: refs.map((r) => ({ ...r, depth: depthOf.get(r.id)! })), edges: kept, truncated };
}
