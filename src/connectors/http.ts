/**
 * HTTP for connectors: one place that turns every way a request can go wrong into a failure kind.
 * A connector supplies the zod schema of the success body (citing its documentation page) and a
 * mapper for the network's documented error responses; this module handles what no documentation
 * promises: timeouts, dropped connections, HTML error pages and bodies of the wrong shape.
 */
import type { z } from 'zod';
import { ConnectorError } from './contract.js';

export interface RawResponse {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when it was not JSON. */
  json: unknown;
  text: string;
}

export interface HttpRequest<S extends z.ZodType> {
  fetch: typeof fetch;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** A plain object is sent as JSON; FormData and URLSearchParams as they are. */
  body?: Record<string, unknown> | FormData | URLSearchParams | Uint8Array;
  contentType?: string;
  timeoutMs: number;
  /**
   * True when the request changes something on the network. A write whose response is lost may
   * have happened, so it fails as `outcome_unknown`; a lost read is only `transient`.
   */
  write: boolean;
  schema: S;
  /** The network's documented errors; return undefined to fall back to the generic rules. */
  mapError?: (response: RawResponse) => ConnectorError | undefined;
  /** Called with every response, to read rate-limit headers. */
  onResponse?: (response: RawResponse) => void;
}

const MAX_DETAIL = 200;

/** Sends a request and returns the parsed success body, or throws a ConnectorError. */
export async function requestJson<S extends z.ZodType>(request: HttpRequest<S>): Promise<z.output<S>> {
  const response = await send(request);
  request.onResponse?.(response);
  if (response.status < 200 || response.status >= 300) {
    throw request.mapError?.(response) ?? genericError(response, request.write);
  }
  const parsed = request.schema.safeParse(response.json);
  if (!parsed.success) {
    const what = response.json === undefined ? 'a body that is not JSON' : 'an answer of an unexpected shape';
    // A write that got a 2xx probably happened even though we cannot read what was created.
    throw new ConnectorError(request.write ? 'outcome_unknown' : 'transient', `The network sent ${what} (HTTP ${response.status}).`, {
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

async function send(request: HttpRequest<z.ZodType>): Promise<RawResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  let body: BodyInit | undefined;
  if (request.body instanceof FormData || request.body instanceof URLSearchParams) body = request.body;
  else if (request.body instanceof Uint8Array) {
    body = new Blob([new Uint8Array(request.body)]);
    headers['content-type'] = request.contentType ?? 'application/octet-stream';
  } else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  let text: string;
  try {
    response = await request.fetch(request.url, { method: request.method, headers, body, signal: AbortSignal.timeout(request.timeoutMs) });
    text = await response.text();
  } catch (error) {
    throw lostRequest(error, request.write);
  }
  return { status: response.status, headers: response.headers, json: parseJson(text), text };
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Connection refused before anything was sent is always safe to retry. */
function refusedBeforeSending(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === 'ECONNREFUSED' || cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN';
}

function lostRequest(error: unknown, write: boolean): ConnectorError {
  const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
  if (refusedBeforeSending(error)) return new ConnectorError('transient', 'The network could not be reached.', { cause: error });
  if (write) {
    return new ConnectorError(
      'outcome_unknown',
      timedOut ? 'The network did not answer in time; the post may have been published.' : 'The connection dropped; the post may have been published.',
      { cause: error },
    );
  }
  return new ConnectorError('transient', timedOut ? 'The network did not answer in time.' : 'The connection to the network dropped.', { cause: error });
}

/** Seconds or an HTTP date in Retry-After (RFC 9110 §10.2.3), as an absolute time. */
export function retryAfter(headers: Headers, now: Date): Date | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return new Date(now.getTime() + Math.max(0, seconds) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : new Date(date);
}

/** A short, printable excerpt of a body for an error message (never a whole HTML page). */
export function excerpt(text: string): string {
  const flat = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL)}…` : flat;
}

/** The rules for responses a network's documentation does not cover. */
export function genericError(response: RawResponse, write: boolean): ConnectorError {
  const { status } = response;
  const options = { status };
  if (status === 429) {
    return new ConnectorError('rate_limited', 'The network asks to slow down.', { ...options, resetAt: retryAfter(response.headers, new Date()) });
  }
  if (status === 401) return new ConnectorError('auth_expired', 'The network no longer accepts the sign-in; it needs refreshing.', options);
  if (status === 403) return new ConnectorError('auth_revoked', 'The network refused access; reconnect the account.', options);
  if (status === 408 || status >= 500 || response.json === undefined) {
    // A write that reached a gateway timeout may still have been carried out behind it.
    if (write && (status === 504 || status === 408)) return new ConnectorError('outcome_unknown', `The network timed out (HTTP ${status}); the post may have been published.`, options);
    return new ConnectorError('transient', `The network had a problem (HTTP ${status}).`, options);
  }
  return new ConnectorError('invalid_content', `The network rejected the request (HTTP ${status}): ${excerpt(response.text)}`, options);
}
