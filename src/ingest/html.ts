// HTML articles: the main text through Mozilla Readability (the Firefox reader view) on a linkedom
// DOM, then turned to plain text with paragraph breaks kept as blank lines, so the sentence splitter
// sees where paragraphs end. Title and publication date come from the page's meta tags.
// (docs/decisions/0001-html-extraction.md)

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizePublished } from './dates.js';

/** Elements that end a paragraph. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL', 'TD', 'TH', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'BUTTON', 'SELECT']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Plain text of a DOM subtree: paragraphs separated by one blank line, white space inside them collapsed. */
export function domToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\f\v\r\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Plain text of an HTML fragment (feed item content). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToText(document.body as unknown as DomNode);
}

export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null;
  url: string | null;
}

const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'title', 'headline'];
const DATE_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
];
const URL_META = ['og:url'];
const FURNITURE = 'nav, footer, aside, form, [role="navigation"], [role="contentinfo"], [role="search"], [aria-hidden="true"]';

function metaContent(document: { querySelectorAll(sel: string): ArrayLike<unknown> }, keys: readonly string[]): string | null {
  const found = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i] as { getAttribute(name: string): string | null };
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content?.trim() && !found.has(key)) found.set(key, content.trim());
  }
  for (const k of keys) {
    const v = found.get(k);
    if (v) return v;
  }
  return null;
}

/**
 * The article in an HTML page, or null when Readability finds no text. Never throws on broken markup:
 * the HTML parser recovers the way browsers do.
 */
export function extractHtmlArticle(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  // Read metadata first: Readability changes the DOM it parses.
  const metaTitle = metaContent(document, TITLE_META);
  let published = normalizePublished(metaContent(document, DATE_META));
  if (!published) {
    const time = document.querySelector('time[datetime]');
    published = normalizePublished(time?.getAttribute('datetime') ?? null);
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = metaContent(document, URL_META) ?? canonical;
  const docTitle = document.querySelector('title')?.textContent?.trim() || null;
  // Page furniture never holds article text; without it, a page with nothing else has no article
  // (Readability would otherwise fall back to the menu).
  for (const el of [...document.querySelectorAll(FURNITURE)]) el.remove();

  const reader = new Readability<DomNode>(document as never, { charThreshold: 200, serializer: (n) => n as unknown as DomNode });
  const parsed = reader.parse();
  const text = parsed?.content ? domToText(parsed.content) : '';
  if (!text.trim()) return null;
  published ??= normalizePublished(parsed?.publishedTime ?? null);
  return { text, title: metaTitle ?? parsed?.title?.trim() ?? docTitle, published, url };
}
