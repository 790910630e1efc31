// Search as you type: actors whose names contain the text, and sentences that hold its words.

import type { FastifyInstance } from 'fastify';
import { searchStore } from '../../services/queries.js';
import type { RouteContext } from '../app.js';
import { query } from '../schemas.js';

export function registerSearchRoutes(api: FastifyInstance, ctx: RouteContext): void {
  api.get<{ Querystring: { q: string; limit: number } }>('/search', {
    schema: {
      summary: 'actors and sentences matching the text',
      tags: ['search'],
      querystring: query({
        q: { type: 'string', minLength: 1, maxLength: 300 },
        limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
      }, ['q']),
    },
  }, async (req) => searchStore(ctx.store, req.query.q, req.query.limit));
}
