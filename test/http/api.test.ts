// The explorer's JSON API through Fastify's inject (no socket): every route, the one error shape,
// pagination, validation, the token, the curation flag, hostile strings returned as data, and
// static files that never leave web/dist.

import type { FastifyInstance } from 'fastify';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, checkBinding, isLoopback } from '../../src/http/app.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { explorerStore, HOSTILE } from '../helpers/explorer-fixture.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = tempDir('dossier-api-');
let store: SqliteStore;
let app: FastifyInstance;
const webRoot = tmp.path('web/');

beforeAll(async () => {
  store = explorerStore(tmp.path('api.db'));
  mkdirSync(webRoot, { recursive: true });
  writeFileSync(`${webRoot}index.html`, '<!doctype html><title>explorer</title>');
  writeFileSync(tmp.path('secret.txt'), 'not for the web');
  app = await buildApp({ store, webRoot });
});
afterAll(async () => {
  await app.close();
  store.close();
});

const get = async (url: string) => {
  const r = await app.inject(url);
  return { status: r.statusCode, body: r.json() as any, headers: r.headers };
};
const idOf = (name: string) => store.findActors(name)[0]!.actor.id;

describe('read routes', () => {
  it.each([
    ['/api/stats', (b: any) => expect(b).toMatchObject({ documents: 3, quotes: 4 })],
    ['/api/config', (b: any) => expect(b).toEqual({ curation: false })],
    ['/api/entities', (b: any) => expect(b.items.map((a: any) => a.name)).toContain('Corvid Resources')],
    ['/api/entities?type=person', (b: any) => expect(b.items.every((a: any) => a.type === 'PERSON')).toBe(true)],
    ['/api/entities?q=harbor', (b: any) => expect(b.items.map((a: any) => a.name)).toEqual(['Harborlight Capital'])],
    ['/api/resolve?name=Ostby', (b: any) => expect(b.name).toBe('Maren Ostby')],
    ['/api/search?q=cannot%20pay', (b: any) => expect(b.sentences[0].sentence.text).toContain('They cannot pay')],
    ['/api/ties?type=pledges', (b: any) => expect(b.items[0]).toMatchObject({ type: 'pledges', count: 2, conflict: true })],
    ['/api/path?from=Maren%20Ostby&to=Harborlight%20Capital', (b: any) => expect(b.length).toBe(2)],
    ['/api/quotes?by=Tomas%20Reyne', (b: any) => expect(b.items.map((q: any) => q.text)).toEqual(['They cannot pay,'])],
    ['/api/disputes', (b: any) => expect(b.items.map((d: any) => d.target.kind).sort()).toEqual(['quote', 'tie'])],
    ['/api/money', (b: any) => expect(b).toMatchObject({ conflicts: 1, flows: [{ type: 'pledges', conflict: true }] })],
    ['/api/central?limit=1', (b: any) => expect(b[0].actor.name).toBe('Corvid Resources')],
    ['/api/timeline?name=Harborlight%20Capital', (b: any) => expect(b.entries.length).toBeGreaterThan(0)],
    ['/api/documents', (b: any) => expect(b.items.map((d: any) => d.published)).toEqual(['2025-03-07', '2025-03-05', '2025-03-03'])],
  ])('GET %s', async (url, check) => {
    const r = await get(url);
    expect(r.status).toBe(200);
    check(r.body);
  });

  it('an entity dossier groups ties by type, each with its evidence sentence and article', async () => {
    const r = await get(`/api/entities/${idOf('Corvid Resources')}`);
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.tiesByType).sort()).toEqual(['pledges', 'position', 'sues']);
    const pledge = r.body.tiesByType.pledges[0];
    expect(pledge.sources.map((s: any) => s.evidence.sentence.text)).toContain('Harborlight Capital pledged $200 million to Corvid Resources on Monday.');
    expect(pledge.sources[0].evidence.doc.title).toBeTruthy();
    expect(r.body.money.in[0]).toMatchObject({ conflict: true });
  });

  it('an entity timeline and neighbourhood', async () => {
    const id = idOf('Harborlight Capital');
    expect((await get(`/api/entities/${id}/timeline`)).body.entries[0].date).toBe('2025-03-03');
    const g = (await get(`/api/entities/${id}/graph?depth=2`)).body;
    expect(g.center.name).toBe('Harborlight Capital');
    expect(g.nodes.map((n: any) => n.name).sort()).toEqual(['Corvid Resources', 'Harborlight Capital', HOSTILE.org, 'Maren Ostby'].sort());
    expect(g.edges.find((e: any) => e.type === 'pledges')).toMatchObject({ count: 2, firstSeen: '2025-03-03', lastSeen: '2025-03-05' });
  });

  it("a tie's evidence: every source sentence, either direction", async () => {
    const [h, c] = [idOf('Harborlight Capital'), idOf('Corvid Resources')];
    const r = await get(`/api/tie?subject=${c}&object=${h}`);
    expect(r.status).toBe(200);
    expect(r.body.items[0].sources).toHaveLength(2);
    expect((await get(`/api/tie?subject=${c}&object=${h}&type=sues`)).status).toBe(404);
  });

  it('an article with its spans, offsets into its text', async () => {
    const list = (await get('/api/documents')).body.items;
    const doc = list.find((d: any) => d.published === '2025-03-03');
    const r = (await get(`/api/documents/${doc.id}`)).body;
    const slice = (s: any) => r.text.slice(s.start, s.end);
    expect(r.spans.filter((s: any) => s.kind === 'entity').map(slice)).toEqual(expect.arrayContaining(['Harborlight Capital', 'Maren Ostby', 'Ostby']));
    expect(r.spans.find((s: any) => s.kind === 'value' && s.label === 'MONEY')).toMatchObject({ detail: 'USD 200000000' });
    expect(slice(r.spans.find((s: any) => s.kind === 'quote'))).toBe('This changes everything for our mines,');
    expect(r.spans.find((s: any) => slice(s) === 'Ostby').actor.name).toBe('Maren Ostby');
  });

  it('pages lists with limit and offset and says when more follow', async () => {
    const one = (await get('/api/entities?limit=2')).body;
    const two = (await get('/api/entities?limit=2&offset=2')).body;
    expect(one).toMatchObject({ limit: 2, offset: 0, more: true });
    expect(one.items).toHaveLength(2);
    expect(two.items[0].id).not.toBe(one.items[0].id);
    expect((await get('/api/entities?limit=2&offset=100')).body).toMatchObject({ items: [], more: false });
  });
});

describe('errors: one shape, a status per code', () => {
  it.each([
    ['/api/entities/999', 404, 'NOT_FOUND'],
    ['/api/documents/999', 404, 'NOT_FOUND'],
    ['/api/resolve?name=Nobody%20Here', 404, 'NOT_FOUND'],
    ['/api/path?from=Harborlight%20Capital&to=Nobody', 404, 'NOT_FOUND'],
    ['/api/entities/abc', 400, 'USAGE'],
    ['/api/entities?limit=0', 400, 'USAGE'],
    ['/api/entities?limit=100000', 400, 'USAGE'],
    ['/api/entities?type=planet', 400, 'USAGE'],
    ['/api/entities?colour=red', 400, 'USAGE'],
    ['/api/search', 400, 'USAGE'],
    ['/api/search?q=%22%2A', 400, 'USAGE'],
    ['/api/ties?type=befriends', 400, 'USAGE'],
    ['/api/no-such-endpoint', 404, 'NOT_FOUND'],
  ])('GET %s -> %i %s', async (url, status, code) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect(Object.keys(r.body)).toEqual(['error']);
    expect(r.body.error.code).toBe(code);
    expect(typeof r.body.error.message).toBe('string');
    expect(r.headers['content-type']).toMatch(/application\/json/);
  });

  it('an ambiguous name answers 409 with the candidates', async () => {
    const s = new SqliteStore(':memory:');
    const { handMadeDoc } = await import('../helpers/hand-made-doc.js');
    // Two people both called "Pell" in their articles.
    s.write([
      { doc: handMadeDoc('Ada Pell spoke first. Pell left early.', { entities: [{ id: 'e1', type: 'PERSON', name: 'Ada Pell', mentions: [['Pell', 1]] }] }), origin: null },
      { doc: handMadeDoc('Bo Pell spoke later. Pell stayed on.', { entities: [{ id: 'e1', type: 'PERSON', name: 'Bo Pell', mentions: [['Pell', 1]] }] }), origin: null },
    ]);
    const a = await buildApp({ store: s, webRoot: null });
    const r = await a.inject('/api/resolve?name=Pell');
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('AMBIGUOUS');
    expect(r.json().error.candidates.join(' ')).toMatch(/Ada Pell.*Bo Pell|Bo Pell.*Ada Pell/);
    await a.close();
    s.close();
  });
});

describe('hostile text is returned as data, never altered or executed', () => {
  it('names, quotes, titles and addresses come back exactly as read', async () => {
    const e = (await get(`/api/entities?q=${encodeURIComponent('Quillon')}`)).body.items[0];
    expect(e.name).toBe(HOSTILE.org);
    const q = (await get(`/api/quotes?by=${encodeURIComponent(`#${idOf(HOSTILE.person)}`)}`)).body.items[0];
    expect(q.text).toBe(HOSTILE.quote);
    const doc = (await get('/api/documents')).body.items[0];
    expect(doc).toMatchObject({ title: HOSTILE.title, url: HOSTILE.url });
  });

  it('search text with SQL and FTS syntax is words, not code', async () => {
    for (const q of ["'; DROP TABLE documents; --", 'Corvid OR NEAR(*)', '" OR 1=1 --']) {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
    }
    expect((await get(`/api/entities?q=${encodeURIComponent("%' OR '1'='1")}`)).body.items).toEqual([]);
    expect((await get('/api/stats')).body.documents).toBe(3);
  });
});

describe('security headers, OpenAPI, static files', () => {
  it('every answer carries a strict CSP and nosniff', async () => {
    for (const url of ['/', '/api/stats', '/api/nope']) {
      const r = await app.inject(url);
      expect(r.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
      expect(r.headers['content-security-policy']).not.toMatch(/unsafe/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('the OpenAPI description lists every route with its parameters', async () => {
    const r = await get('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    for (const p of ['/api/entities', '/api/entities/{id}', '/api/ties', '/api/path', '/api/quotes', '/api/disputes', '/api/money', '/api/documents/{id}', '/api/stats', '/api/curation/merge']) {
      expect(Object.keys(r.body.paths)).toContain(p);
    }
    expect(r.body.paths['/api/entities'].get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['q', 'type', 'limit', 'offset']));
  });

  it('serves the web app and nothing outside it', async () => {
    const index = await app.inject('/');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>explorer</title>');
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/....//secret.txt', '/%252e%252e/secret.txt', '/.env']) {
      const r = await app.inject(url);
      expect(r.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(r.body, url).not.toContain('not for the web');
    }
  });
});

describe('token', () => {
  let locked: FastifyInstance;
  beforeAll(async () => {
    locked = await buildApp({ store, webRoot, token: 'correct-horse-battery' });
  });
  afterAll(() => locked.close());

  it.each([
    [{}, 401],
    [{ authorization: 'Bearer wrong-token-value' }, 401],
    [{ authorization: 'Basic correct-horse-battery' }, 401],
    [{ authorization: 'Bearer correct-horse-battery' }, 200],
    [{ cookie: 'dossier_token=correct-horse-battery' }, 200],
  ])('headers %j -> %i', async (headers, status) => {
    const r = await locked.inject({ url: '/api/stats', headers });
    expect(r.statusCode).toBe(status);
    if (status === 401) expect(r.json().error.code).toBe('UNAUTHORIZED');
  });

  it('the page and its assets need it too; ?token= on a page sets a cookie and cleans the address', async () => {
    expect((await locked.inject('/')).statusCode).toBe(401);
    expect((await locked.inject('/?token=nope')).statusCode).toBe(401);
    const r = await locked.inject('/?token=correct-horse-battery');
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/');
    expect(String(r.headers['set-cookie'])).toMatch(/dossier_token=correct-horse-battery; HttpOnly; SameSite=Strict/);
    expect((await locked.inject('/api/stats?token=correct-horse-battery')).statusCode).toBe(401);
  });

  it('binding beyond loopback needs a token', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(() => checkBinding('0.0.0.0', undefined)).toThrow(/needs a token/);
    expect(() => checkBinding('192.168.1.5', '')).toThrow(/needs a token/);
    expect(() => checkBinding('0.0.0.0', 'correct-horse-battery')).not.toThrow();
    expect(() => checkBinding('localhost', undefined)).not.toThrow();
  });
});

describe('curation', () => {
  it('is refused with 403 on a read-only server, before the body is read', async () => {
    for (const [url, payload] of [['/api/curation/merge', { keep: 'Maren Ostby', other: 'Tomas Reyne' }], ['/api/curation/reject', { fact: 'r1' }], ['/api/curation/rename', 'not json']] as const) {
      const r = await app.inject({ method: 'POST', url, payload: payload as never });
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('FORBIDDEN');
    }
    expect(store.findActors('Tomas Reyne')).toHaveLength(1);
  });

  it('with the flag: rename, reject, merge and split, each validated', async () => {
    const s = explorerStore(tmp.path('curate.db'));
    const c = await buildApp({ store: s, webRoot: null, allowCuration: true });
    const post = (url: string, payload: unknown) => c.inject({ method: 'POST', url, payload: payload as never });
    expect((await c.inject('/api/config')).json()).toEqual({ curation: true });
    const renamed = await post('/api/curation/rename', { actor: 'Tomas Reyne', name: 'Tomas A. Reyne' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ kind: 'rename', human: true });
    expect((await c.inject('/api/resolve?name=Tomas%20A.%20Reyne')).statusCode).toBe(200);
    const tie = (await c.inject('/api/ties?type=sues')).json().items[0].sources[0].factId;
    expect((await post('/api/curation/reject', { fact: tie })).statusCode).toBe(200);
    expect((await c.inject('/api/ties?type=sues')).json().items).toEqual([]);
    expect((await post('/api/curation/merge', { keep: 'Maren Ostby', other: 'Tomas A. Reyne' })).statusCode).toBe(200);
    expect((await c.inject('/api/resolve?name=Reyne')).json().name).toBe('Maren Ostby');
    expect((await post('/api/curation/split', { actor: 'Maren Ostby', name: 'Tomas Reyne' })).statusCode).toBe(200);
    expect((await post('/api/curation/reject', { fact: 'r1; DROP TABLE x' })).statusCode).toBe(400);
    expect((await post('/api/curation/merge', { keep: 'Maren Ostby' })).statusCode).toBe(400);
    expect((await post('/api/curation/merge', { keep: 'Maren Ostby', other: 'Nobody at all' })).json().error.code).toBe('NOT_FOUND');
    await c.close();
    s.close();
  });
});
