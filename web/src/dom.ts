// The one way the app builds DOM: elements with attributes from an allow-list and children as text
// nodes. Article text is untrusted, so nothing here ever parses a string as HTML, and links may
// only point inside the app (#/...) or to http(s) addresses.

type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

const SAFE_ATTR = /^(class|id|title|role|tabindex|for|type|value|placeholder|name|checked|disabled|min|max|step|colspan|scope|lang|hidden|(aria|data)-[a-z-]+)$/;

/** An http(s) address, or null for anything else (javascript:, data:, relative tricks). */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'href') {
      const href = String(v);
      // In-app routes are built by the app; anything else must be a plain web address.
      const ok = href.startsWith('#/') ? href : safeUrl(href);
      if (ok) el.setAttribute('href', ok);
      if (!href.startsWith('#/')) el.setAttribute('rel', 'noopener noreferrer nofollow');
    } else if (SAFE_ATTR.test(k) && typeof v !== 'function') {
      el.setAttribute(k, v === true ? '' : String(v));
    } else {
      throw new Error(`attribute ${k} is not allowed`);
    }
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with numeric or plain-text attributes (charts). */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  append(el, ...children);
  return el;
}
