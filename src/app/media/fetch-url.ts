/**
 * Imports a media file from a URL a user gave. Each hop (the URL and every redirect) goes through
 * `pinTarget`, and the socket is opened to the pinned IP address itself, with the original name
 * only in the Host header and TLS server name, so no second DNS answer can redirect the connection.
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { MediaStorage } from './storage.js';
import { storeUpload, type StoredMedia, type UploadLimits } from './ingest.js';
import { parseImportUrl, pinTarget, refusedUrl, type PinnedTarget, type UrlImportSettings } from './url-guard.js';

export interface ImportedMedia extends StoredMedia {
  /** The URL after redirects, worth keeping as the file's source. */
  finalUrl: string;
}

const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 30_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Sends one GET to the pinned address; resolves with the response head. */
function requestPinned(target: PinnedTarget, signal: AbortSignal): Promise<IncomingMessage> {
  const { url, hostname, address, family } = target;
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request({
      host: address,
      family,
      port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      // The certificate is checked against the name, not the address we connect to.
      servername: secure && isIP(hostname) === 0 ? hostname : undefined,
      headers: { host: url.host, 'user-agent': 'Chorus-MediaImport/1', accept: 'image/*, video/*' },
      agent: false,
      signal,
    });
    request.on('response', resolve);
    request.on('error', reject);
    request.end();
  });
}

/** Rejects when `signal` aborts, so that a hanging DNS lookup is bound by the deadline too. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Follows redirects, checking each target again, until a response that is not a redirect. */
async function openFinal(start: URL, settings: UrlImportSettings, signal: AbortSignal): Promise<{ url: URL; response: IncomingMessage }> {
  const maxRedirects = settings.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const target = await untilAborted(pinTarget(url, settings), signal);
    let response: IncomingMessage;
    try {
      response = await requestPinned(target, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
      throw refusedUrl('unreachable', `${target.hostname} could not be reached`, { host: target.hostname, ...(code ? { code } : {}) });
    }
    const status = response.statusCode ?? 0;
    if (!REDIRECT_STATUSES.has(status)) return { url, response };
    // The body of a redirect is not wanted; closing the socket stops a server that keeps sending.
    response.destroy();
    const location = response.headers.location;
    if (location === undefined) throw refusedUrl('http_status', `The server answered ${status} without a Location`, { status });
    if (redirects >= maxRedirects) throw refusedUrl('too_many_redirects', `More than ${maxRedirects} redirects`, { maxRedirects });
    url = parseImportUrl(new URL(location, url).href);
  }
}

/**
 * Downloads `rawUrl` into `storage` through `storeUpload`, refusing non-public addresses on every
 * hop, more than five redirects, a body over `limits.maxBytes`, and anything slower than the deadline.
 */
export async function importFromUrl(storage: MediaStorage, rawUrl: string, limits: Pick<UploadLimits, 'maxBytes'>, settings: UrlImportSettings): Promise<ImportedMedia> {
  const start = parseImportUrl(rawUrl);
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const { url, response } = await openFinal(start, settings, controller.signal);
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) {
      response.destroy();
      throw refusedUrl('http_status', `The server answered ${status}`, { status });
    }
    const declaredType = response.headers['content-type'];
    const stored = await storeUpload(storage, response, { maxBytes: limits.maxBytes, ...(declaredType ? { declaredType } : {}) });
    return { ...stored, finalUrl: url.href };
  } catch (error) {
    // Whatever broke once the deadline passed (socket, stream, lookup), the reason is the deadline.
    if (controller.signal.aborted) throw refusedUrl('timeout', `The download took longer than ${timeoutMs / 1000} s`, { timeoutMs });
    throw error;
  } finally {
    clearTimeout(deadline);
  }
}
