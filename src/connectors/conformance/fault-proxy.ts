/**
 * A local HTTP proxy in front of a network's peer (the real Bluesky PDS, or a fake written from a
 * network's documentation). It forwards everything, counts what reached the network, and on
 * request spoils the next answer: a canned error response in the network's documented shape, an
 * HTML error page, a garbage body, or a request that is carried out but whose answer is dropped.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyFault =
  | { kind: 'respond'; status: number; headers?: Record<string, string>; body: string }
  /** Forward the request, let the network carry it out, then cut the connection. */
  | { kind: 'drop_response' };

export interface FaultProxy {
  url: string;
  /** Requests that reached the network (spoiled ones included), oldest first. */
  readonly requests: { method: string; path: string }[];
  /** Spoils the next request whose path matches (any request when `pathPattern` is omitted). */
  injectNext(fault: ProxyFault, pathPattern?: RegExp): void;
  close(): Promise<void>;
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const requests: { method: string; path: string }[] = [];
  const pending: { fault: ProxyFault; pattern: RegExp | undefined }[] = [];

  const server = http.createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    requests.push({ method: incoming.method ?? 'GET', path });
    const index = pending.findIndex((entry) => !entry.pattern || entry.pattern.test(path));
    const fault = index >= 0 ? pending.splice(index, 1)[0]?.fault : undefined;
    if (fault?.kind === 'respond') {
      incoming.resume();
      outgoing.writeHead(fault.status, fault.headers ?? { 'content-type': 'application/json' });
      outgoing.end(fault.body);
      return;
    }
    const forwarded = http.request(
      { host: target.hostname, port: target.port, method: incoming.method, path, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        if (fault?.kind === 'drop_response') {
          // The network has done the work; the caller never learns the result.
          answer.resume();
          answer.on('end', () => incoming.socket.destroy());
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end('upstream unreachable');
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    injectNext(fault, pathPattern) {
      pending.push({ fault, pattern: pathPattern });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An HTML error page like the ones load balancers send, for the "not JSON" cases. */
export const HTML_ERROR_PAGE: ProxyFault = {
  kind: 'respond',
  status: 502,
  headers: { 'content-type': 'text/html' },
  body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
};

/** A 200 answer whose body is not what the documentation promises. */
export const GARBAGE_BODY: ProxyFault = { kind: 'respond', status: 200, headers: { 'content-type': 'application/json' }, body: '{"unexpected": [1, 2' };
