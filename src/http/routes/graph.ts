// The graph across articles: ties (and one tie's evidence), paths, quotes, disputes, money,
// timelines, central actors, and an actor's neighbourhood for the graph view.

import type { FastifyInstance } from 'fastify';
import { central, findPath, listDisputes, listQuotes, listTies, moneyFlows, parseTieType, timeline } from '../../services/graph-queries.js';
import { neighbourhood } from '../../services/neighbourhood.js';
import { parseEntityType } from '../../services/queries.js';
import { NotFoundError } from '../../errors.js';
import type { RouteContext } from '../app.js';
import { actorNameProp, entityTypeProp, idParams, page, pageProps, query } from '../schemas.js';

const tieTypeProp = { type: 'string', minLength: 1, maxLength: 40, description: 'a tie type: funds, sues, position...' } as const;

export function registerGraphRoutes(api: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;

  api.get<{ Querystring: { type?: string; entity?: string; limit: number; offset: number } }>('/ties', {
    schema: {
      summary: 'ties across articles, most sourced first, each with its sources',
      tags: ['graph'],
      querystring: query({ type: tieTypeProp, entity: actorNameProp, ...pageProps }),
    },
  }, async (req) => page((limit) => listTies(store, { type: req.query.type, entity: req.query.entity, limit }), req.query.limit, req.query.offset));

  api.get<{ Querystring: { subject: number; object: number; type?: string } }>('/tie', {
    schema: {
      summary: 'the ties between two actors (either direction), with up to 200 source sentences each: what a graph edge stands for',
      tags: ['graph'],
      querystring: query({ subject: { type: 'integer', minimum: 1 }, object: { type: 'integer', minimum: 1 }, type: tieTypeProp }, ['subject', 'object']),
    },
  }, async (req) => {
    const { subject, object } = req.query;
    const type = parseTieType(req.query.type);
    const ties = store.ties({ entity: subject, with: object, type, limit: 50, sourcesPerTie: 200 })
      .filter((t) => (t.subject.id === subject && t.object?.id === object) || (t.subject.id === object && t.object?.id === subject));
    if (!ties.length) throw new NotFoundError('tie', `#${subject} – #${object}${type ? ` (${type})` : ''}`);
    return { items: ties };
  });

  api.get<{ Querystring: { from: string; to: string } }>('/path', {
    schema: {
      summary: 'the shortest chains of ties between two actors',
      tags: ['graph'],
      querystring: query({ from: actorNameProp, to: actorNameProp }, ['from', 'to']),
    },
  }, async (req) => findPath(store, req.query.from, req.query.to));

  api.get<{ Querystring: { by?: string; about?: string; limit: number; offset: number } }>('/quotes', {
    schema: {
      summary: 'quotes and reported speech, filtered by speaker or subject',
      tags: ['quotes'],
      querystring: query({ by: actorNameProp, about: actorNameProp, ...pageProps }),
    },
  }, async (req) => page((limit) => listQuotes(store, { by: req.query.by, about: req.query.about, limit }), req.query.limit, req.query.offset));

  api.get<{ Querystring: { entity?: string; limit: number; offset: number } }>('/disputes', {
    schema: {
      summary: 'claims that dispute other claims or facts, both sides with their sources',
      tags: ['quotes'],
      querystring: query({ entity: actorNameProp, ...pageProps }),
    },
  }, async (req) => page((limit) => listDisputes(store, { entity: req.query.entity, limit }), req.query.limit, req.query.offset));

  api.get<{ Querystring: { entity?: string; limit: number } }>('/money', {
    schema: {
      summary: 'pledges, funding, acquisitions and stakes: one flow per tie, amounts per source, conflicts flagged',
      tags: ['money'],
      querystring: query({ entity: actorNameProp, limit: { type: 'integer', minimum: 1, maximum: 5000, default: 1000 } }),
    },
  }, async (req) => moneyFlows(store, { entity: req.query.entity, limit: req.query.limit }));

  api.get<{ Params: { id: number } }>('/entities/:id/timeline', {
    schema: { summary: "an actor's dated facts, oldest first", tags: ['entities'], params: idParams },
  }, async (req) => timeline(store, `#${req.params.id}`));

  api.get<{ Params: { id: number }; Querystring: { depth: 1 | 2; max: number } }>('/entities/:id/graph', {
    schema: {
      summary: "an actor's neighbourhood: actors and ties within 1 or 2 hops, capped at max nodes",
      tags: ['graph'],
      params: idParams,
      querystring: query({ depth: { type: 'integer', enum: [1, 2], default: 1 }, max: { type: 'integer', minimum: 10, maximum: 5000, default: 2000 } }),
    },
  }, async (req) => neighbourhood(store, req.params.id, { depth: req.query.depth, maxNodes: req.query.max }));

  api.get<{ Querystring: { type?: string; by: 'degree' | 'pagerank'; limit: number } }>('/central', {
    schema: {
      summary: 'the most connected actors',
      tags: ['graph'],
      querystring: query({ type: entityTypeProp, by: { type: 'string', enum: ['degree', 'pagerank'], default: 'degree' }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } }),
    },
  }, async (req) => central(store, { type: parseEntityType(req.query.type), by: req.query.by, limit: req.query.limit }));

  api.get<{ Querystring: { name: string } }>('/timeline', {
    schema: { summary: "an actor's dated facts by name", tags: ['entities'], querystring: query({ name: actorNameProp }, ['name']) },
  }, async (req) => timeline(store, req.query.name));
}
