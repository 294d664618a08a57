/**
 * Registers one endpoint of the contract (`src/client/endpoints.ts`): zod validates the input,
 * the caller is authenticated as the endpoint says, and the handler (a call to a use case) gets
 * typed input. The same schemas feed the OpenAPI document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../app/access.js';
import type { AppContext, RequestMeta } from '../app/context.js';
import { endpoints, type EndpointName, type Endpoints } from '../client/endpoints.js';
import { authenticate } from './authenticate.js';

type Parsed<E, K extends string> = E extends Record<K, infer S extends z.ZodType> ? z.output<S> : undefined;

export interface HandlerInput<N extends EndpointName> {
  params: Parsed<Endpoints[N], 'params'>;
  body: Parsed<Endpoints[N], 'body'>;
  query: Parsed<Endpoints[N], 'query'>;
  /** Set for every endpoint whose auth is not `none`. */
  actor: Endpoints[N]['auth'] extends 'none' ? undefined : Actor;
  meta: RequestMeta;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<N extends EndpointName> = (input: HandlerInput<N>) => Promise<z.input<Endpoints[N]['response']>>;

export function route<N extends EndpointName>(app: FastifyInstance, ctx: AppContext, name: N, handler: Handler<N>): void {
  const endpoint: Endpoints[EndpointName] = endpoints[name];
  const success = 'status' in endpoint ? endpoint.status : 200;
  const security: Array<Record<string, string[]>> =
    endpoint.auth === 'none' ? [] : endpoint.auth === 'session' ? [{ session: [] }] : [{ session: [] }, { apiKey: [] }];
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    schema: {
      operationId: name,
      summary: endpoint.summary,
      tags: [endpoint.path.split('/')[2] ?? 'api'],
      security,
      ...('params' in endpoint ? { params: endpoint.params } : {}),
      ...('query' in endpoint ? { querystring: endpoint.query } : {}),
      ...('body' in endpoint ? { body: endpoint.body } : {}),
      response: { [success]: endpoint.response },
    },
    handler: async (request, reply) => {
      const actor = await authenticate(ctx, request, endpoint.auth);
      const result = await handler({
        params: request.params,
        body: request.body,
        query: request.query,
        actor,
        meta: { ip: request.ip },
        request,
        reply,
      } as HandlerInput<N>);
      return reply.status(success).send(result);
    },
  });
}
