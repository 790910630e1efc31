// Read use cases over the store: stats, the actor list, one actor's dossier, search. Name lookup
// lives here so that the CLI and the HTTP API give the same NOT_FOUND and AMBIGUOUS answers.

import { AmbiguousError, NotFoundError, UsageError } from '../errors.js';
import { ENTITY_TYPES, type EntityType } from '../nlp/doc.js';
import type { ActorDossier, ActorSummary, SearchResult, Store, StoreStats } from '../store/store.js';

export function parseEntityType(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  const t = value.toUpperCase();
  if (!(ENTITY_TYPES as readonly string[]).includes(t)) {
    throw new UsageError(`unknown entity type "${value}"`, `use one of ${ENTITY_TYPES.join(', ')}`);
  }
  return t as EntityType;
}

/** "Sam Altman [PERSON #12, 3 articles]": how candidates are listed, with the id that picks one. */
export function actorLabel(a: ActorSummary): string {
  return `${a.name} [${a.type} #${a.id}, ${a.documents} article${a.documents === 1 ? '' : 's'}]`;
}

/**
 * One actor for a name typed by a user: "#12" picks by id; otherwise an actor whose display name
 * is the name wins, then one known by it as another name. None: NOT_FOUND with suggestions;
 * several: AMBIGUOUS with the candidates.
 */
export function resolveActor(store: Store, query: string, type?: EntityType): ActorSummary {
  const byId = /^#(\d+)$/.exec(query.trim());
  if (byId) {
    const a = store.actor(Number(byId[1]));
    if (!a) throw new NotFoundError('entity', query, 'see `dossier entities` for ids');
    return a;
  }
  const matches = store.findActors(query, type);
  if (!matches.length) {
    const near = store.suggestActors(query, 5);
    throw new NotFoundError('entity', query, near.length ? `did you mean: ${near.map(actorLabel).join('; ')}` : 'try `dossier search` or `dossier entities`');
  }
  const byName = matches.filter((m) => m.by === 'name');
  if (byName.length === 1) return byName[0]!.actor;
  if (!byName.length && matches.length === 1) return matches[0]!.actor;
  throw new AmbiguousError(query, (byName.length ? byName : matches).map((m) => actorLabel(m.actor)));
}

export function showActor(store: Store, query: string, type?: EntityType): ActorDossier {
  const actor = resolveActor(store, query, type);
  const d = store.dossier(actor.id);
  if (!d) throw new NotFoundError('entity', query);
  return d;
}

export function listActors(store: Store, query: { type?: EntityType; limit?: number } = {}): ActorSummary[] {
  return store.actors(query);
}

export function searchStore(store: Store, text: string, limit?: number): SearchResult {
  return store.search(text, { limit });
}

export function storeStats(store: Store): StoreStats {
  return store.stats();
}
