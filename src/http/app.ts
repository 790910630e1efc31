// The explorer's HTTP server: a Fastify app over one Store, serving the JSON API under /api and the
// built web app (web/dist) at /. Every error leaves as { error: { code, message, hint? } }.
// (docs/decisions/0051-http-framework-and-api-shape.md, 0052-token-and-binding.md)

import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DossierError, NotFoundError, UnauthorizedError, UsageError, isDossierError } from '../errors.js';
import type { Store } from '../store/store.js';
import { registerCurationRoutes } from './routes/curation.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerGraphRoutes } from './routes/graph.js';
import { registerMetaRoutes } from './routes/meta.js';
import { registerSearchRoutes } from './routes/search.js';

/** web/dist at the package root, from src/http or dist/http. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface AppOptions {
  store: Store;
  /** When set, every request must carry it (Authorization: Bearer, or the cookie set from ?token=). */
  token?: string | null;
  /** Curation endpoints (merge, split, rename, reject) answer 403 unless this is true. */
  allowCuration?: boolean;
  /** The built web app; null serves the API alone. */
  webRoot?: string | null;
  logger?: boolean;
}

/** What route modules get besides the Fastify instance. */
export interface RouteContext {
  store: Store;
  allowCuration: boolean;
}

// The page may load only its own scripts, styles and data; no inline script, no plugins, no framing.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const TOKEN_COOKIE = 'dossier_token';

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|::1|localhost|\[::1\])$/i;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

/** Binding beyond this machine without a token would hand the database to anyone on the network. */
export function checkBinding(host: string, token: string | null | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new UsageError(`binding ${host} needs a token: every request from another machine must carry it`,
      'give --token T or set DOSSIER_TOKEN, or bind 127.0.0.1');
  }
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Constant-time comparison, so the token cannot be guessed from response times. */
function sameToken(given: string | undefined, token: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function sendError(reply: FastifyReply, e: DossierError): FastifyReply {
  const body: { error: ReturnType<DossierError['toJSON']> & { candidates?: readonly string[] } } = { error: e.toJSON() };
  if ('candidates' in e && Array.isArray(e.candidates)) body.error.candidates = e.candidates;
  return reply.code(e.status).type('application/json; charset=utf-8').send(body);
}

/** A Fastify error (validation, body too large, bad JSON) or a bug, as a DossierError. */
function asDossierError(e: FastifyError | Error): DossierError {
  if (isDossierError(e)) return e;
  const fe = e as FastifyError;
  if (fe.validation) {
    return new UsageError(`bad request: ${fe.message}`, 'see /api/openapi.json for the accepted parameters');
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new DossierError('USAGE', `bad request: ${fe.message}`, { status: fe.statusCode, hint: 'see /api/openapi.json' });
  }
  return new DossierError('INTERNAL', `the server failed: ${e.message}`, { status: 500, hint: 'report it as a bug' });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024,
    // Unknown parameters are refused, not silently dropped: a typo should say so.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true } },
  });
  const token = options.token || null;

  app.addHook('onRequest', async (req, reply) => {
    if (!token) return;
    const url = new URL(req.url, 'http://local');
    const fromQuery = url.searchParams.get('token');
    // A browser cannot add a header to a page load: ?token= once on a page sets a cookie, then the URL is cleaned.
    if (req.method === 'GET' && fromQuery !== null && !url.pathname.startsWith('/api/')) {
      if (!sameToken(fromQuery, token)) return sendError(reply, new UnauthorizedError('the token in the address is wrong', 'use the address `dossier serve` printed'));
      url.searchParams.delete('token');
      return reply
        .header('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`)
        .redirect(`${url.pathname}${url.search}`, 303);
    }
    const auth = req.headers.authorization;
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    if (sameToken(bearer, token) || sameToken(cookieValue(req.headers.cookie, TOKEN_COOKIE), token)) return;
    return sendError(reply, new UnauthorizedError('this server needs a token', 'send Authorization: Bearer TOKEN, or open the address `dossier serve` printed'));
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  app.setErrorHandler((e: FastifyError, _req: FastifyRequest, reply: FastifyReply) => sendError(reply, asDossierError(e)));
  app.setNotFoundHandler((req, reply) => sendError(reply, new NotFoundError('page or endpoint', req.url.split('?')[0]!, 'see /api/openapi.json for the API')));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Dossier explorer API',
        version: '1',
        description: 'Actors, ties, quotes, disputes, money and articles read by Dossier; every fact carries its source sentence. Errors: { error: { code, message, hint? } }.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(token ? { security: [{ bearer: [] }] } : {}),
    },
  });

  const ctx: RouteContext = { store: options.store, allowCuration: options.allowCuration ?? false };
  await app.register(async (api) => {
    registerMetaRoutes(api, ctx);
    registerEntityRoutes(api, ctx);
    registerSearchRoutes(api, ctx);
    registerGraphRoutes(api, ctx);
    registerDocumentRoutes(api, ctx);
    registerCurationRoutes(api, ctx);
    api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  }, { prefix: '/api' });

  const webRoot = options.webRoot === undefined ? WEB_ROOT : options.webRoot;
  if (webRoot && existsSync(webRoot)) {
    // @fastify/static (send) resolves paths inside root only: ../ and encoded forms never leave it.
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], dotfiles: 'deny', wildcard: true });
  } else {
    app.get('/', { schema: { hide: true } }, async () => {
      throw new NotFoundError('web app', webRoot ?? '(none)', 'run `npm run build` to build web/dist; the API is under /api');
    });
  }
  return app;
}
