// Articles as the explorer's reader shows them: the list, and one article with its highlights.

import { NotFoundError } from '../errors.js';
import type { DocRef, DocumentAnnotations, Store } from '../store/store.js';

export function listDocuments(store: Store, query: { limit?: number; offset?: number } = {}): DocRef[] {
  return store.documentList(query);
}

export function documentAnnotations(store: Store, id: number): DocumentAnnotations {
  const d = store.annotations(id);
  if (!d) throw new NotFoundError('article', `#${id}`, 'see /api/documents for the stored articles');
  return d;
}
