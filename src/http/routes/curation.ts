import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../app.js';

export function registerCurationRoutes(_api: FastifyInstance, _ctx: RouteContext): void {}
