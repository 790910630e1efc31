// Curation by people through the API: the same name resolution as everywhere (NOT_FOUND, AMBIGUOUS),
// then the Store's corrections (merge, split, rename, reject), which outlive reprocessing.

import type { ActorSummary, CorrectionView, Store } from '../store/store.js';
import { resolveActor } from './queries.js';

export function mergeActors(store: Store, keep: string, other: string): CorrectionView {
  return store.merge(resolveActor(store, keep).id, resolveActor(store, other).id);
}

export function splitActor(store: Store, actor: string, name: string): { correction: CorrectionView; actor: ActorSummary } {
  return store.split(resolveActor(store, actor).id, name);
}

export function renameActor(store: Store, actor: string, name: string): CorrectionView {
  return store.rename(resolveActor(store, actor).id, name);
}

export function rejectFact(store: Store, fact: string): CorrectionView {
  return store.reject(fact);
}
