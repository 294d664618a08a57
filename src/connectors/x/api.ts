/**
 * One way to call the X API: bearer token, base URL from the environment, documented errors
 * mapped to failure kinds, and every rate-limit header reported to the ledger.
 */
import type { z } from 'zod';
import type { ConnectorCall, ConnectorEnvironment } from '../contract.js';
import { requestJson, type RawResponse } from '../http.js';
import { mapXError, rateLimitReset } from './errors.js';

export const PRODUCTION_API = 'https://api.x.com';

export interface XRequest<S extends z.ZodType> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: Record<string, unknown> | FormData;
  schema: S;
  write: boolean;
  /** The rate-limit bucket X keeps for this endpoint, named after it ("POST /2/tweets"). */
  bucket: string;
}

export function apiUrl(environment: ConnectorEnvironment, path: string, query: Record<string, string | undefined> = {}): string {
  // Joined as text so that a base with a path prefix (a proxy, a local fake) keeps it.
  const url = new URL(`${environment.endpoint('api', PRODUCTION_API).replace(/\/+$/, '')}${path}`);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** Reports X's per-endpoint window and, on Post creation, the 24-hour app and user caps. */
export function observeRateLimits(call: Pick<ConnectorCall, 'observeRateLimit'>, bucket: string, response: RawResponse): void {
  const report = (name: string, prefix: string) => {
    const remaining = Number(response.headers.get(`${prefix}-remaining`));
    const reset = Number(response.headers.get(`${prefix}-reset`));
    if (response.headers.has(`${prefix}-remaining`) && Number.isFinite(remaining) && Number.isFinite(reset) && reset > 0) {
      call.observeRateLimit({ bucket: name, remaining, resetAt: new Date(reset * 1000) });
    }
  };
  if (rateLimitReset(response.headers)) report(bucket, 'x-rate-limit');
  report(`${bucket} (app, 24 h)`, 'x-app-limit-24hour');
  report(`${bucket} (user, 24 h)`, 'x-user-limit-24hour');
}

export async function callX<S extends z.ZodType>(environment: ConnectorEnvironment, call: ConnectorCall, request: XRequest<S>): Promise<z.output<S>> {
  const token = call.session.credentials.accessToken;
  return requestJson({
    fetch: environment.fetch,
    method: request.method,
    url: apiUrl(environment, request.path, request.query),
    headers: { authorization: `Bearer ${token ?? ''}` },
    body: request.body,
    timeoutMs: environment.requestTimeoutMs,
    write: request.write,
    schema: request.schema,
    mapError: (response) => mapXError(response, request.write),
    onResponse: (response) => observeRateLimits(call, request.bucket, response),
  });
}
