// RSS and Atom feeds through @rowanmanning/feed-parser, which is lenient with real-world feeds.
// Each item with content (or, failing that, a description) is one article; HTML in it becomes text.
// (docs/decisions/0004-feed-parser.md)

import { parseFeed } from '@rowanmanning/feed-parser';
import { InputError } from '../errors.js';
import type { RawArticle } from './article.js';
import { normalizePublished } from './dates.js';
import { htmlToText } from './html.js';

export interface FeedResult {
  articles: RawArticle[];
  /** Items with neither content nor description: named so the summary can say what was skipped. */
  empty: string[];
}

export function readFeed(xml: string, path: string): FeedResult {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    const why = (e as Error).message.replace(/^\w/, (c) => c.toLowerCase()).replace(/\.$/, '');
    throw new InputError('INPUT_PARSE', path, `not a readable RSS or Atom feed: ${why}`, 'check the XML');
  }
  const articles: RawArticle[] = [];
  const empty: string[] = [];
  feed.items.forEach((item, i) => {
    const origin = `${path}#${i + 1}`;
    const html = item.content ?? item.description ?? '';
    const text = html.includes('<') ? htmlToText(html) : html.trim();
    if (!text) {
      empty.push(origin);
      return;
    }
    articles.push({
      text,
      title: item.title?.trim() || null,
      url: item.url ?? null,
      published: normalizePublished(item.published ?? item.updated ?? null),
      source: feed.title?.trim() || path,
      origin,
    });
  });
  if (!articles.length) {
    throw new InputError('INPUT_EMPTY', path, feed.items.length ? 'no feed item has content or a description' : 'the feed has no items');
  }
  return { articles, empty };
}
