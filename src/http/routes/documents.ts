// Articles: the list, and one article with every span the pipeline read in it (the reader).

import type { FastifyInstance } from 'fastify';
import { documentAnnotations, listDocuments } from '../../services/documents.js';
import type { RouteContext } from '../app.js';
import { idParams, pageOf, pageProps, query } from '../schemas.js';

export function registerDocumentRoutes(api: FastifyInstance, ctx: RouteContext): void {
  api.get<{ Querystring: { limit: number; offset: number } }>('/documents', {
    schema: { summary: 'stored articles, latest first', tags: ['documents'], querystring: query({ ...pageProps }) },
  }, async (req) => pageOf((limit, offset) => listDocuments(ctx.store, { limit, offset }), req.query.limit, req.query.offset));

  api.get<{ Params: { id: number } }>('/documents/:id', {
    schema: { summary: 'one article: text, sentences, and entity, value, relation and quote spans (UTF-16 offsets)', tags: ['documents'], params: idParams },
  }, async (req) => documentAnnotations(ctx.store, req.params.id));
}
