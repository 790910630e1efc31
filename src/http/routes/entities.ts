// Actors: the list (search by name, filter by type), one actor's dossier, and name resolution.

import type { FastifyInstance } from 'fastify';
import { showActor } from '../../services/graph-queries.js';
import { listActors, parseEntityType, resolveActor } from '../../services/queries.js';
import type { RouteContext } from '../app.js';
import { actorNameProp, entityTypeProp, idParams, page, pageProps, query } from '../schemas.js';

export function registerEntityRoutes(api: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;

  api.get<{ Querystring: { q?: string; type?: string; limit: number; offset: number } }>('/entities', {
    schema: {
      summary: 'actors, most mentioned first; q finds names containing the text',
      tags: ['entities'],
      querystring: query({ q: { type: 'string', maxLength: 300 }, type: entityTypeProp, ...pageProps }),
    },
  }, async (req) => {
    const type = parseEntityType(req.query.type);
    const q = req.query.q?.trim();
    return page((limit) => (q
      ? store.suggestActors(q, limit).filter((a) => !type || a.type === type)
      : listActors(store, { type, limit })), req.query.limit, req.query.offset);
  });

  api.get<{ Querystring: { name: string; type?: string } }>('/resolve', {
    schema: {
      summary: 'the one actor a name refers to (404 with suggestions, 409 with candidates)',
      tags: ['entities'],
      querystring: query({ name: actorNameProp, type: entityTypeProp }, ['name']),
    },
  }, async (req) => resolveActor(store, req.query.name, parseEntityType(req.query.type)));

  api.get<{ Params: { id: number } }>('/entities/:id', {
    schema: { summary: "one actor's dossier: names, roles, ties, quotes, money, timeline, articles", tags: ['entities'], params: idParams },
  }, async (req) => showActor(store, `#${req.params.id}`));
}
