// What the store holds, and what this server allows (the web app hides curation when it is off).

import type { FastifyInstance } from 'fastify';
import { storeStats } from '../../services/queries.js';
import type { RouteContext } from '../app.js';

export function registerMetaRoutes(api: FastifyInstance, ctx: RouteContext): void {
  api.get('/stats', { schema: { summary: 'counts of articles, actors, ties and quotes', tags: ['meta'] } }, async () => {
    const s = storeStats(ctx.store);
    // The file path is the server's business, not the client's.
    const { path: _path, ...rest } = s;
    return rest;
  });
  api.get('/config', { schema: { summary: 'what this server allows', tags: ['meta'] } }, async () => ({ curation: ctx.allowCuration }));
}
