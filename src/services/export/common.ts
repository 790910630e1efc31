// Small helpers the format writers share.

import type { ExportArticle } from '../../store/store.js';

export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isoDate(value: string | null | undefined): string | null {
  return value && ISO_DATE.test(value) ? value : null;
}

export function httpUrl(value: string | null | undefined): string | null {
  return value && /^https?:\/\/\S+$/i.test(value) ? value : null;
}

/** How an article is named to people: its title, else where it came from, else its id. */
export function articleName(a: ExportArticle): string {
  return a.title ?? a.source ?? a.sha;
}

/** The outlet an article came from; a file path is where it was read, not who published it. */
export function publisherOf(a: ExportArticle): string | null {
  return a.source && !/^[./~]|[\\/]/.test(a.source) ? a.source : null;
}
