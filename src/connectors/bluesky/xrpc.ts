/**
 * XRPC over `env.fetch` (https://atproto.com/specs/xrpc): queries are GETs with the parameters in
 * the query string, procedures are POSTs with a JSON or binary body. Every call goes through
 * requestJson so that lost answers, HTML pages and odd bodies become failure kinds, and every
 * answer's rate-limit headers reach the ledger.
 */
import type { z } from 'zod';
import type { ConnectorEnvironment, RateObservation } from '../contract.js';
import { requestJson } from '../http.js';
import { mapXrpcError, rateObservation } from './errors.js';
import { manifest } from './manifest.js';

/** Where and as whom to call. */
export interface XrpcTarget {
  env: ConnectorEnvironment;
  serviceUrl: string;
  /** The bearer token: the access JWT, or the refresh JWT for refreshSession. */
  token?: string;
  observeRateLimit?: (observation: RateObservation) => void;
}

type ParamValue = string | number | boolean | readonly string[] | undefined;

function urlOf(target: XrpcTarget, nsid: string, params: Record<string, ParamValue> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value as readonly string[]) query.append(name, item);
    else query.append(name, String(value));
  }
  const search = query.toString();
  return `${target.serviceUrl}/xrpc/${nsid}${search ? `?${search}` : ''}`;
}

function common(target: XrpcTarget) {
  return {
    fetch: target.env.fetch,
    timeoutMs: target.env.requestTimeoutMs,
    headers: target.token ? { authorization: `Bearer ${target.token}` } : undefined,
    mapError: (response: Parameters<typeof mapXrpcError>[0]) => mapXrpcError(response, target.env.clock.now()),
    onResponse: (response: { headers: Headers }) => {
      const observation = rateObservation(response.headers, manifest.rateBudgets);
      if (observation) target.observeRateLimit?.(observation);
    },
  };
}

/** A query (HTTP GET); never a write. */
export function xrpcQuery<S extends z.ZodType>(target: XrpcTarget, nsid: string, params: Record<string, ParamValue>, schema: S): Promise<z.output<S>> {
  return requestJson({ ...common(target), method: 'GET', url: urlOf(target, nsid, params), write: false, schema });
}

/** A procedure (HTTP POST). `write` marks the ones whose lost answer may hide a published post. */
export function xrpcProcedure<S extends z.ZodType>(
  target: XrpcTarget,
  nsid: string,
  body: Record<string, unknown> | undefined,
  schema: S,
  options: { write: boolean },
): Promise<z.output<S>> {
  return requestJson({ ...common(target), method: 'POST', url: urlOf(target, nsid), body, write: options.write, schema });
}

/** A procedure whose body is raw bytes (uploadBlob). */
export function xrpcUpload<S extends z.ZodType>(target: XrpcTarget, nsid: string, bytes: Uint8Array, contentType: string, schema: S): Promise<z.output<S>> {
  // An uploaded blob that is never referenced is discarded by the PDS, so a lost answer is safe to retry.
  return requestJson({ ...common(target), method: 'POST', url: urlOf(target, nsid), body: bytes, contentType, write: false, schema });
}
