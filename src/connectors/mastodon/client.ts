/**
 * One connected account's view of its instance: every request carries the token, reports the
 * rate-limit headers and maps Mastodon's documented errors.
 */
import type { z } from 'zod';
import type { ConnectorCall, ConnectorEnvironment } from '../contract.js';
import { requestJson, type HttpRequest, type RawResponse } from '../http.js';
import { mapMastodonError, rateLimitReset } from './errors.js';

/** The ledger's buckets (manifest.rateBudgets) by the endpoint a response came from. */
export type RateBucket = 'requests' | 'media_uploads' | 'deletes';

export interface MastodonRequest<S extends z.ZodType> {
  method: HttpRequest<S>['method'];
  path: string;
  query?: URLSearchParams;
  body?: HttpRequest<S>['body'];
  headers?: Record<string, string>;
  write: boolean;
  schema: S;
  bucket?: RateBucket;
  /** Sees the raw response first (to read a status code the body does not carry). */
  onResponse?: (response: RawResponse) => void;
}

export type MastodonClient = <S extends z.ZodType>(request: MastodonRequest<S>) => Promise<z.output<S>>;

/** Requests against an instance, with or without an account behind them. */
export function instanceClient(env: ConnectorEnvironment, instanceUrl: string, accessToken: string | null, call?: ConnectorCall): MastodonClient {
  return (request) => {
    const url = new URL(request.path, instanceUrl);
    if (request.query) url.search = request.query.toString();
    const headers: Record<string, string> = { ...request.headers };
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    return requestJson({
      fetch: env.fetch,
      method: request.method,
      url: url.toString(),
      headers,
      body: request.body,
      timeoutMs: env.requestTimeoutMs,
      write: request.write,
      schema: request.schema,
      mapError: (response) => mapMastodonError(response, env.clock.now()),
      onResponse: (response) => {
        request.onResponse?.(response);
        if (call) observe(call, request.bucket ?? 'requests', response);
      },
    });
  };
}

/** The client of the account a capability runs for. */
export function accountClient(env: ConnectorEnvironment, call: ConnectorCall): MastodonClient {
  return instanceClient(env, instanceUrlOf(call.session.settings), call.session.credentials.accessToken ?? '', call);
}

export function instanceUrlOf(settings: Readonly<Record<string, string>>): string {
  const url = settings.instanceUrl;
  if (!url) throw new Error('Mastodon account settings lack instanceUrl');
  return url;
}

function observe(call: ConnectorCall, bucket: RateBucket, response: RawResponse): void {
  const remaining = Number(response.headers.get('x-ratelimit-remaining'));
  const resetAt = rateLimitReset(response.headers);
  if (!response.headers.has('x-ratelimit-remaining') || !Number.isFinite(remaining) || !resetAt) return;
  call.observeRateLimit({ bucket, remaining, resetAt });
}
