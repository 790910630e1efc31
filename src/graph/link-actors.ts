// Cross-article linking of per-article entities to global actors. For now, one simple rule: the
// same type and the same normalised canonical name are the same actor. Issue 5 replaces this
// module with real resolution (context, aliases, evidence); the store only depends on the
// ActorLinker interface.

import type { EntityType } from '../nlp/doc.js';
import { normalizeName } from './names.js';

export interface ActorCandidate {
  type: EntityType;
  /** Canonical name as read in the article. */
  name: string;
  /** Other surface forms in the article. */
  aliases: readonly string[];
}

export interface ActorKey {
  type: EntityType;
  /** Stable key of the actor within its type. */
  key: string;
  /** Display name for a new actor. */
  name: string;
}

export interface ActorLinker {
  readonly name: string;
  keyOf(candidate: ActorCandidate): ActorKey;
}

export const sameNameLinker: ActorLinker = {
  name: 'same-type-same-name',
  keyOf(c) {
    const key = normalizeName(c.name);
    return { type: c.type, key: key || c.name, name: c.name.replace(/\s+/gu, ' ').trim() };
  },
};
