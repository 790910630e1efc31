import { chmodSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseSize, type InputLimits, type SourceItem } from '../../src/ingest/article.js';
import { normalizePublished } from '../../src/ingest/dates.js';
import { extractHtmlArticle, htmlToText } from '../../src/ingest/html.js';
import { expandPaths, readArticles, sniffFormat } from '../../src/ingest/sources.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir();

async function read(paths: string[], limits: InputLimits = DEFAULT_LIMITS): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readArticles(await expandPaths(paths), limits)) items.push(item);
  return items;
}
const articles = (items: SourceItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
const errors = (items: SourceItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i.error.toLine()] : []));

const PAGE = `<!doctype html><html><head><title>Site | Page</title>
<meta property="og:title" content="Acme buys Widgetco">
<meta name="date" content="2024-03-05">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us and our mission</a></nav>
<article><h1>Acme buys Widgetco</h1>
<p>Acme Corp agreed on Tuesday to buy Widgetco, a maker of small parts, for $2 billion in cash, the companies said in a joint statement.</p>
<p>The deal, which needs approval from regulators in several countries, is expected to close by the end of the year, according to Acme.</p>
<p>Widgetco shares rose 12% in early trading after the announcement was made public.</p></article>
<footer>Copyright 2024 Example News. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>`;

describe('plain text', () => {
  it('reads the date header and keeps the text after it', async () => {
    const p = tmp.write('a.txt', 'date 2025-01-22\nOpenAI said so.\n');
    const [a] = articles(await read([p]));
    expect(a).toMatchObject({ text: 'OpenAI said so.\n', published: '2025-01-22', source: p, origin: p });
  });
  it('a file without a known extension that looks like text is read as text', async () => {
    const p = tmp.write('noext', 'Just words here.');
    expect(articles(await read([p]))[0]!.text).toBe('Just words here.');
  });
});

describe('HTML', () => {
  it('keeps the article, drops navigation and footer, keeps paragraph breaks, reads meta tags', () => {
    const a = extractHtmlArticle(PAGE)!;
    expect(a.title).toBe('Acme buys Widgetco');
    expect(a.published).toBe('2024-03-05');
    expect(a.text).toContain('Acme Corp agreed on Tuesday');
    expect(a.text).not.toMatch(/Home|Copyright|About us/);
    expect(a.text.split('\n\n')).toHaveLength(3);
  });
  it('turns an HTML fragment into paragraphs', () => {
    expect(htmlToText('<p>One <b>bold</b>\n word.</p><p>Two<br>lines</p><script>x()</script>')).toBe('One bold word.\n\nTwo\nlines');
  });
  it('survives broken markup', () => {
    const broken = PAGE.replace('</article>', '').replace(/<\/p>/g, '');
    expect(extractHtmlArticle(broken)?.text).toContain('Widgetco shares rose 12%');
  });
  it('an HTML page with no text is an error', async () => {
    const p = tmp.write('empty.html', '<html><head><title>x</title></head><body><nav></nav><script>1</script></body></html>');
    expect(errors(await read([p]))).toEqual([`error INPUT_EMPTY: ${p}: no article text found in the HTML (is it a page with an article?)`]);
  });
});

describe('JSON Lines', () => {
  it('reads every line, accepts "date" for "published", names bad lines by file:line and goes on', async () => {
    const p = tmp.write('a.jsonl', [
      JSON.stringify({ text: 'First article.', title: 'One', url: 'https://x.example/1', published: '2020-02-03', source: 'Wire' }),
      '{"text": "broken',
      '',
      JSON.stringify({ text: 'Third article.', date: '2020-02-04T10:00:00Z' }),
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: '   ' }),
      JSON.stringify([1, 2]),
    ].join('\n'));
    const items = await read([p]);
    expect(articles(items)).toEqual([
      { text: 'First article.', title: 'One', url: 'https://x.example/1', published: '2020-02-03', source: 'Wire', origin: `${p}:1` },
      { text: 'Third article.', title: null, url: null, published: '2020-02-04', source: `${p}:4`, origin: `${p}:4` },
    ]);
    const errs = errors(items);
    expect(errs).toHaveLength(4);
    expect(errs[0]).toMatch(new RegExp(`^error INPUT_PARSE: ${p}:2: not valid JSON`));
    expect(errs[1]).toBe(`error INPUT_PARSE: ${p}:5: no "text" string in the object`);
    expect(errs[2]).toBe(`error INPUT_EMPTY: ${p}:6: the "text" is empty`);
    expect(errs[3]).toMatch(`${p}:7: a line must be a JSON object`);
  });
  it('streams lines across read chunks and handles a last line without a newline', async () => {
    const long = 'x'.repeat(700_000);
    const p = tmp.write('long.jsonl', `${JSON.stringify({ text: `A ${long}` })}\n${JSON.stringify({ text: `B ${long}` })}`);
    expect(articles(await read([p])).map((a) => a.text.slice(0, 2))).toEqual(['A ', 'B ']);
  });
  it('a line with invalid UTF-8 is an error for that line only', async () => {
    const good = Buffer.from(`${JSON.stringify({ text: 'Fine.' })}\n`);
    const bad = Buffer.concat([Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const p = tmp.write('mixed.jsonl', Buffer.concat([good, bad, good]));
    const items = await read([p]);
    expect(articles(items)).toHaveLength(2);
    expect(errors(items)).toEqual([`error INPUT_ENCODING: ${p}:2: not valid UTF-8 (convert it, e.g. \`iconv -f latin1 -t utf-8\`)`]);
  });
  it('an article over the limit is an error, the next line goes on', async () => {
    const p = tmp.write('big.jsonl', `${JSON.stringify({ text: 'y'.repeat(5000) })}\n${JSON.stringify({ text: 'small' })}\n`);
    const items = await read([p], { ...DEFAULT_LIMITS, maxArticleChars: 1000 });
    expect(articles(items).map((a) => a.text)).toEqual(['small']);
    expect(errors(items)[0]).toMatch(`error INPUT_TOO_LARGE: ${p}:1:`);
  });
});

describe('feeds', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
    <item><title>One</title><link>https://w.example/1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
      <content:encoded><![CDATA[<p>First para.</p><p>Second para.</p>]]></content:encoded></item>
    <item><title>Two</title><description>Only a description.</description></item>
    <item><title>Three, a title only</title></item>
  </channel></rss>`;
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
    <entry><title>A</title><link href="https://a.example/1"/><published>2024-04-01T00:00:00Z</published><updated>2024-04-02T00:00:00Z</updated>
      <content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry></feed>`;
  it('reads RSS items with content or description; HTML becomes text; items without text are skipped', async () => {
    const p = tmp.write('wire.rss', rss);
    const items = await read([p]);
    expect(articles(items)).toEqual([
      { text: 'First para.\n\nSecond para.', title: 'One', url: 'https://w.example/1', published: '2024-03-05', source: 'Wire', origin: `${p}#1` },
      { text: 'Only a description.', title: 'Two', url: null, published: null, source: 'Wire', origin: `${p}#2` },
    ]);
    expect(items.filter((i) => i.kind === 'skipped').map((i) => (i as { origin: string }).origin)).toEqual([`${p}#3`]);
  });
  it('reads Atom entries, also from a .xml file', async () => {
    const p = tmp.write('atom.xml', atom);
    expect(articles(await read([p]))).toMatchObject([{ text: 'Atom body.', title: 'A', url: 'https://a.example/1', published: '2024-04-01', source: 'Atom wire' }]);
  });
  it('a feed that does not parse is one error', async () => {
    const p = tmp.write('bad.rss', '<rss><channel><item><title>unclosed');
    const errs = errors(await read([p]));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^error INPUT_(PARSE|EMPTY): .*bad\.rss: /);
  });
});

describe('bad input', () => {
  const binary = tmp.write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  const latin1 = tmp.write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  const empty = tmp.write('empty.txt', '');
  const blank = tmp.write('blank.txt', ' \n\t\n');
  const big = tmp.write('big.txt', 'z'.repeat(4096));
  const unknown = tmp.write('notes.docx', 'PK-not-really-but-unknown');
  it.each([
    ['missing path', tmp.path('nope.txt'), 'INPUT_NOT_FOUND', 'no such file or directory'],
    ['binary file', binary, 'INPUT_BINARY', 'binary content (NUL bytes)'],
    ['invalid UTF-8', latin1, 'INPUT_ENCODING', 'not valid UTF-8'],
    ['empty file', empty, 'INPUT_EMPTY', 'empty file'],
    ['only white space', blank, 'INPUT_EMPTY', 'the file holds only white space'],
    ['file over the size limit', big, 'INPUT_TOO_LARGE', '4.0 KB is over the file limit of 1.0 KB'],
    ['unknown extension named explicitly', unknown, 'INPUT_UNSUPPORTED', 'unsupported file type ".docx"'],
  ])('%s', async (_name, path, code, reason) => {
    const items = await read([path], { maxFileBytes: 1024, maxArticleChars: 1000 });
    expect(articles(items)).toEqual([]);
    const errs = errors(items);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.startsWith(`error ${code}: ${path}: ${reason}`)).toBe(true);
    expect(errs[0]).not.toContain('\n');
  });
  it.skipIf(process.getuid?.() === 0)('unreadable file (skipped as root, who can read anything)', async () => {
    const p = tmp.write('secret.txt', 'hidden');
    chmodSync(p, 0o000);
    expect(errors(await read([p]))[0]).toMatch(/INPUT_UNREADABLE.*permission denied/);
  });
});

describe('directories', () => {
  it('walks recursively, skips hidden entries and, found by walking, unknown types', async () => {
    const d = tempDir();
    d.write('one.txt', 'One.');
    d.write('sub/two.html', PAGE);
    d.write('sub/deeper/three.jsonl', `${JSON.stringify({ text: 'Three.' })}\n`);
    d.write('.hidden/four.txt', 'Hidden.');
    d.write('.five.txt', 'Hidden too.');
    d.write('picture.png', Buffer.from([1, 2, 3]));
    d.write('notes.md', '# some notes');
    d.write('one.gold.json', '{\n  "doc": "one",\n  "entities": []\n}\n');
    const items = await read([d.dir]);
    // Sorted walk: one.txt, then sub/deeper/three.jsonl before sub/two.html.
    expect(articles(items).map((a) => a.text.slice(0, 6))).toEqual(['One.', 'Three.', 'Acme C']);
    expect(errors(items)).toEqual([]);
    expect(items.filter((i) => i.kind === 'skipped')).toHaveLength(3);
  });
});

describe('helpers', () => {
  it.each([
    ['256MB', 256 * 1024 * 1024], ['500k', 500 * 1024], ['1048576', 1048576], ['1.5 gb', 1.5 * 1024 ** 3], ['ten', null], ['0', null], ['-5', null],
  ])('parseSize(%s)', (s, n) => expect(parseSize(s)).toBe(n));
  it.each([
    ['2025-01-22', '2025-01-22'], ['2025-01-22T23:30:00-05:00', '2025-01-22'], ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['2025-02-30', null], ['soon', null], [42, null],
  ])('normalizePublished(%s)', (v, iso) => expect(normalizePublished(v)).toBe(iso));
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0">', 'feed'], ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<!DOCTYPE html><html>', 'html'], ['  <html lang="en">', 'html'], ['{"text": "x"}', 'jsonl'], ['{\n  "doc": "x"\n}', null], ['date 2025-01-01 Text', 'text'],
    ['PK\u0003\u0004', null],
  ])('sniffFormat(%j)', (head, format) => expect(sniffFormat(head)).toBe(format));
});
