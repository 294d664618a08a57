/**
 * The api role: builds the Fastify server with the contract's routes, OpenAPI document and docs,
 * health and metrics endpoints, and the built web UI. It does not listen; the runtime does.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import type { AppContext } from '../app/context.js';
import { errorBody, handleError } from './errors.js';
import { instrumentHttp } from './metrics.js';
import { contractSerializerCompiler } from './serializer.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerConnectionRoutes } from './routes/connections.js';
import { registerEventRoutes } from './routes/events.js';
import { registerInboxRoutes } from './routes/inbox.js';
import { registerLinkRoutes } from './routes/links.js';
import { registerMeasurementRoutes } from './routes/measurement.js';
import { registerMetricsRoutes } from './routes/metrics.js';
import { registerOrderRoutes } from './routes/orders.js';
import { registerPublishingRoutes } from './routes/publishing.js';
import { registerReportRoutes } from './routes/reports.js';
import { registerStrategyRoutes } from './routes/strategy.js';
import { registerWorkspaceRoutes } from './routes/workspaces.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ServerOptions {
  ctx: AppContext;
  logger: FastifyBaseLogger;
  publicUrl: string;
  metrics: Registry;
  /** Folder of the built web UI; when missing, pages answer with how to build it. */
  webDir?: string | undefined;
  /** Answers whether this process can serve traffic (database reachable, start-up finished). */
  isReady: () => Promise<boolean>;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(contractSerializerCompiler);
  app.setErrorHandler(handleError);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Chorus API',
        version: '0.1.0',
        description: 'Every answer that is not 2xx has the body { "error": { "id", "message", "details" } } with a stable id.',
      },
      servers: [{ url: options.publicUrl }],
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'A workspace API key (chrs_...)' },
          session: { type: 'apiKey', in: 'cookie', name: 'chorus_session', description: 'Browser session; writes need x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const ready = await options.isReady().catch(() => false);
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'starting' });
  });
  instrumentHttp(app, options.metrics);

  registerAuthRoutes(app, options.ctx, options.publicUrl.startsWith('https://'));
  registerWorkspaceRoutes(app, options.ctx);
  registerStrategyRoutes(app, options.ctx);
  registerConnectionRoutes(app, options.ctx, options.publicUrl);
  registerEventRoutes(app, options.ctx);
  registerInboxRoutes(app, options.ctx);
  registerPublishingRoutes(app, options.ctx);
  registerLinkRoutes(app, options.ctx);
  registerMeasurementRoutes(app, options.ctx);
  registerMetricsRoutes(app, options.ctx);
  registerOrderRoutes(app, options.ctx);
  registerReportRoutes(app, options.ctx);
  await registerWebUi(app, options.webDir);
  return app;
}

async function registerWebUi(app: FastifyInstance, webDir: string | undefined): Promise<void> {
  const hasWeb = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send(errorBody('not_found', `No endpoint ${request.method} ${request.url.split('?')[0]}`));
    }
    if (!hasWeb) return reply.status(503).type('text/plain').send('The web UI is not built yet: run `npm run build`.');
    // Client-side routes (/login, /w/<id>/...) all load the same page.
    return reply.type('text/html').sendFile('index.html');
  });
}
