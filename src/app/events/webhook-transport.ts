/**
 * Sends one webhook request. The destination's addresses are checked when the connection is made
 * (a `lookup` hook), not only when the endpoint was saved, so a name that later resolves to an
 * internal address (DNS rebinding) is refused too. Redirects are not followed (the Standard
 * Webhooks spec counts 3xx as a failure), and the whole request has one deadline.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress } from '../../core/events/addresses.js';
import { AppError } from '../../core/errors.js';

export interface WebhookSettings {
  /** CHORUS_WEBHOOKS_ALLOW_PRIVATE: allow endpoints on loopback and private networks (tests, intranets). */
  allowPrivateAddresses: boolean;
  /** Deadline of one attempt; 10 s unless set. */
  requestTimeoutMs?: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = { allowPrivateAddresses: false };
const DEFAULT_TIMEOUT_MS = 10_000;

export class WebhookTransportError extends Error {
  override name = 'WebhookTransportError';
}

const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

function refusal(address: string): WebhookTransportError {
  return new WebhookTransportError(`refused: the address ${address} is not on the public internet`);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses non-public addresses unless they are allowed. */
function guardedLookup(settings: WebhookSettings) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = settings.allowPrivateAddresses ? undefined : addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused) return callback(refusal(refused.address), []);
      const [first] = addresses;
      if (options.all) return callback(null, addresses);
      if (!first) return callback(new WebhookTransportError(`${hostname} has no address`), []);
      callback(null, first.address, first.family);
    });
  };
}

/** Refuses, with a clear error, a URL whose host resolves to a non-public address; used when an endpoint is saved. */
export async function assertDeliverableUrl(rawUrl: string, settings: WebhookSettings): Promise<void> {
  if (settings.allowPrivateAddresses) return;
  const host = bareHost(new URL(rawUrl));
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await new Promise<LookupAddress[]>((resolve, reject) => dnsLookup(host, { all: true }, (error, found) => (error ? reject(error) : resolve(found))))).map((entry) => entry.address);
  } catch {
    throw new AppError('validation_failed', `The host ${host} of the webhook URL could not be resolved`, { field: 'url', reason: 'unresolvable' });
  }
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused) {
    throw new AppError('validation_failed', `Webhooks cannot be sent to ${host}: it resolves to ${refused}, a private, loopback or link-local address`, {
      field: 'url',
      reason: 'private_address',
    });
  }
}

export interface WebhookResponse {
  status: number;
  retryAfter: string | undefined;
}

/** POSTs `body` with `headers`; resolves with the answer's status, rejects with a readable reason. */
export function postWebhook(rawUrl: string, headers: Record<string, string>, body: string, settings: WebhookSettings): Promise<WebhookResponse> {
  const url = new URL(rawUrl);
  const host = bareHost(url);
  // Node skips `lookup` for an IP literal, so a literal is checked here.
  if (!settings.allowPrivateAddresses && isIP(host) && !isPublicAddress(host)) return Promise.reject(refusal(host));
  const timeoutMs = settings.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString(), 'user-agent': 'Chorus-Webhooks/1' },
      lookup: guardedLookup(settings),
      agent: false,
    });
    const deadline = setTimeout(() => request.destroy(new WebhookTransportError(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    request.on('response', (response) => {
      clearTimeout(deadline);
      // The answer's body is not used; reading it lets the connection close cleanly.
      response.resume();
      const retryAfter: string | undefined = response.headers['retry-after'];
      resolve({ status: response.statusCode ?? 0, retryAfter });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(deadline);
      reject(error instanceof WebhookTransportError ? error : new WebhookTransportError(error.code ? `${error.code}: ${error.message}` : error.message));
    });
    request.end(body);
  });
}
