// The simplest cross-article linking: the same type and the same normalised canonical name are
// the same actor. The store uses resolve-actors.ts (context, surnames, acronyms, evidence) unless a
// caller passes this linker, as a baseline to compare with.

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
