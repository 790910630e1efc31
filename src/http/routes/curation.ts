// Curation: merge, split, rename, reject. Registered always (so the API description lists them)
// but refused with 403 (before the body is read) unless the server was started with --allow-curation.

import type { FastifyInstance } from 'fastify';
import { ForbiddenError } from '../../errors.js';
import { mergeActors, rejectFact, renameActor, splitActor } from '../../services/curation.js';
import type { RouteContext } from '../app.js';
import { actorNameProp } from '../schemas.js';

const body = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, required: Object.keys(properties), properties });
const nameProp = { type: 'string', minLength: 1, maxLength: 300 } as const;

export function registerCurationRoutes(api: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;
  api.addHook('onRequest', async (req) => {
    if (req.method === 'POST' && req.url.startsWith('/api/curation/') && !ctx.allowCuration) {
      throw new ForbiddenError('this server is read-only: curation is off', 'restart with `dossier serve --allow-curation`');
    }
  });
  const tags = ['curation'];
  api.post<{ Body: { keep: string; other: string } }>('/curation/merge', {
    schema: { summary: 'join the actor `other` into `keep`', tags, body: body({ keep: actorNameProp, other: actorNameProp }) },
  }, async (req) => mergeActors(store, req.body.keep, req.body.other));
  api.post<{ Body: { actor: string; name: string } }>('/curation/split', {
    schema: { summary: 'move what was read as `name` out of `actor` into a new actor', tags, body: body({ actor: actorNameProp, name: nameProp }) },
  }, async (req) => splitActor(store, req.body.actor, req.body.name));
  api.post<{ Body: { actor: string; name: string } }>('/curation/rename', {
    schema: { summary: "change an actor's display name", tags, body: body({ actor: actorNameProp, name: nameProp }) },
  }, async (req) => renameActor(store, req.body.actor, req.body.name));
  api.post<{ Body: { fact: string } }>('/curation/reject', {
    schema: { summary: 'mark a tie (r12) or quote (q7) as wrong', tags, body: body({ fact: { type: 'string', pattern: '^[rqRQ][0-9]{1,12}$' } }) },
  }, async (req) => rejectFact(store, req.body.fact));
}
