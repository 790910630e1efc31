// Corrections by people: merge two actors, split a name off an actor, rename one, reject a fact.
// Each is stored as a correction and applied again when articles are reprocessed.

import type { ActorSummary, CorrectionView, Store } from '../store/store.js';
import { UsageError } from '../errors.js';
import { resolveActor } from './queries.js';

export function mergeActors(store: Store, keep: string, other: string): CorrectionView {
  const a = resolveActor(store, keep);
  const b = resolveActor(store, other);
  if (a.id === b.id) throw new UsageError(`"${keep}" and "${other}" are already one actor (#${a.id})`, 'nothing to merge');
  return store.merge(a.id, b.id);
}

export function splitActor(store: Store, actor: string, name: string): { correction: CorrectionView; actor: ActorSummary } {
  return store.split(resolveActor(store, actor).id, name);
}

export function renameActor(store: Store, actor: string, name: string): CorrectionView {
  return store.rename(resolveActor(store, actor).id, name);
}

export function rejectFact(store: Store, factId: string): CorrectionView {
  return store.reject(factId);
}

export function listCorrections(store: Store, actor?: string): CorrectionView[] {
  return store.corrections(actor === undefined ? {} : { entity: resolveActor(store, actor).id });
}
