/**
 * Typed HTTP client over the contract in `endpoints.ts`; runs in the browser and in Node.
 *
 * @example
 * const api = createClient({ baseUrl: 'http://localhost:8080', apiKey: process.env.CHORUS_API_KEY });
 * const { items } = await api.call('listMembers', { params: { workspaceId } });
 */
import type { z } from 'zod';
import { endpoints, type EndpointName, type Endpoints } from './endpoints.js';

type Field<E, K extends string, Name extends string> = E extends Record<K, infer S extends z.ZodType>
  ? { [P in Name]: z.input<S> }
  : { [P in Name]?: never };

export type EndpointInput<N extends EndpointName> = Field<Endpoints[N], 'params', 'params'> &
  Field<Endpoints[N], 'body', 'body'> &
  Field<Endpoints[N], 'query', 'query'>;

export type EndpointOutput<N extends EndpointName> = z.output<Endpoints[N]['response']>;

/** An error answer from the API, carrying its stable id (see `src/core/errors.ts`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ClientOptions {
  /** Origin of the Chorus server; '' in the browser, where requests go to the page's own origin. */
  baseUrl: string;
  /** An API key; without one the browser's session cookie is used. */
  apiKey?: string | undefined;
  /** Returns the session's CSRF token, sent with cookie-authenticated writes. */
  csrfToken?: () => string | undefined;
  fetch?: typeof fetch;
}

export interface Client {
  call<N extends EndpointName>(name: N, ...input: Partial<EndpointInput<N>> extends EndpointInput<N> ? [EndpointInput<N>?] : [EndpointInput<N>]): Promise<EndpointOutput<N>>;
}

export function createClient(options: ClientOptions): Client {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    async call(name, ...args) {
      const endpoint = endpoints[name];
      // Read as unknown: the union of every endpoint's input types is too large for TypeScript to compute.
      const input = ((args as unknown[])[0] ?? {}) as { params?: Record<string, string>; body?: unknown; query?: Record<string, string | number | boolean | undefined> };
      const url = new URL(fillPath(endpoint.path, input.params ?? {}), options.baseUrl || globalThis.location?.origin);
      for (const [key, value] of Object.entries(input.query ?? {})) {
        if (value !== undefined) url.searchParams.set(key, String(value));
      }
      const headers: Record<string, string> = { accept: 'application/json' };
      if (input.body !== undefined) headers['content-type'] = 'application/json';
      if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
      const csrf = options.csrfToken?.();
      if (csrf && endpoint.method !== 'GET') headers['x-csrf-token'] = csrf;

      const response = await doFetch(url, {
        method: endpoint.method,
        headers,
        body: input.body === undefined ? null : JSON.stringify(input.body),
        credentials: 'same-origin',
      });
      const payload: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw toApiError(response.status, payload);
      return endpoint.response.parse(payload) as EndpointOutput<typeof name>;
    },
  };
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter ${key} for ${path}`);
    return encodeURIComponent(value);
  });
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { id?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.id === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.id, error.message, error.details);
  }
  return new ApiError(status, 'unexpected_response', `The server answered ${status} without an error body`);
}
