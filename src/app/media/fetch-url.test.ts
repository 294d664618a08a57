import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importFromUrl } from './fetch-url.js';
import { LocalDiskStorage } from './storage.js';
import type { UrlImportSettings } from './url-guard.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const redirect = (location: string, status = 302): Handler => (_request, response) => response.writeHead(status, { location }).end();

let server: http.Server;
let base: string;
let port: number;
let image: Buffer;
const seen: Array<{ path: string; host: string | undefined }> = [];
const routes = new Map<string, Handler>();

beforeAll(async () => {
  image = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#884422' } }).png().toBuffer();
  server = http.createServer((request, response) => {
    seen.push({ path: request.url ?? '', host: request.headers.host });
    const handler = routes.get(request.url ?? '');
    if (handler) return handler(request, response);
    response.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;

  routes.set('/image.png', (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(image));
  for (let hop = 1; hop <= 6; hop += 1) routes.set(`/hops/${hop}`, redirect(hop === 1 ? '/image.png' : `/hops/${hop - 1}`));
  routes.set('/relative', redirect('image.png', 301));
  routes.set('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/iam/security-credentials/'));
  routes.set('/to-other-loopback', redirect(`http://127.0.0.2:${port}/image.png`, 307));
  routes.set('/to-decimal-loopback', redirect(`http://2130706434:${port}/image.png`, 308)); // 127.0.0.2
  routes.set('/to-octal-loopback', redirect(`http://0177.0.0.3:${port}/image.png`));
  routes.set('/to-ipv6-loopback', redirect(`http://[::1]:${port}/image.png`));
  routes.set('/to-private-name', redirect(`http://intranet.test:${port}/image.png`, 303));
  routes.set('/to-file', redirect('file:///etc/passwd'));
  routes.set('/to-credentials', redirect(`http://admin:admin@127.0.0.1:${port}/image.png`));
  routes.set('/no-location', (_request, response) => response.writeHead(302).end());
  routes.set('/page', (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'));
  routes.set('/unlabelled', (_request, response) => response.writeHead(200).end(image));
  routes.set('/endless', (_request, response) => {
    response.writeHead(200, { 'content-type': 'video/mp4' });
    response.write(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom')]));
    const timer = setInterval(() => response.write(Buffer.alloc(16 * 1024)), 1);
    response.on('close', () => clearInterval(timer));
  });
  routes.set('/stalls', (_request, response) => {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.write(image.subarray(0, 20)); // and nothing more
  });
  routes.set('/never-answers', () => undefined);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('importFromUrl', () => {
  let root: string;
  let storage: LocalDiskStorage;
  const resolved: string[] = [];
  // The test server's own address is allowed by name, one address only; everything else is checked.
  const settings: UrlImportSettings = {
    allowPrivateAddresses: false,
    allowedAddresses: ['127.0.0.1'],
    timeoutMs: 2_000,
    resolveHost: async (name) => {
      resolved.push(name);
      return { 'media.test': ['127.0.0.1'], 'intranet.test': ['10.20.30.40'] }[name] ?? [];
    },
  };
  const files = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'chorus-fetch-'));
    storage = new LocalDiskStorage(root);
    seen.length = 0;
    resolved.length = 0;
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('downloads an image into storage', async () => {
    const imported = await importFromUrl(storage, `${base}/image.png`, { maxBytes: 100_000 }, settings);
    expect(imported).toMatchObject({ hash: createHash('sha256').update(image).digest('hex'), mimeType: 'image/png', width: 30, height: 20, finalUrl: `${base}/image.png` });
    expect(await storage.exists(imported.hash)).toBe(true);
  });

  it('connects to the address it resolved once, sending the name only as Host', async () => {
    const imported = await importFromUrl(storage, `http://media.test:${port}/image.png`, { maxBytes: 100_000 }, settings);
    expect(imported.mimeType).toBe('image/png');
    expect(resolved).toEqual(['media.test']);
    expect(seen).toEqual([{ path: '/image.png', host: `media.test:${port}` }]);
  });

  it('follows five redirects, relative ones included, and refuses the sixth', async () => {
    await expect(importFromUrl(storage, `${base}/hops/5`, { maxBytes: 100_000 }, settings)).resolves.toMatchObject({ finalUrl: `${base}/image.png` });
    await expect(importFromUrl(storage, `${base}/relative`, { maxBytes: 100_000 }, settings)).resolves.toMatchObject({ finalUrl: `${base}/image.png` });
    seen.length = 0;
    await expect(importFromUrl(storage, `${base}/hops/6`, { maxBytes: 100_000 }, settings)).rejects.toMatchObject({ details: { reason: 'too_many_redirects' } });
    expect(seen.map((request) => request.path)).not.toContain('/image.png');
  });

  it.each([
    ['/to-metadata', 'private_address'],
    ['/to-other-loopback', 'private_address'],
    ['/to-decimal-loopback', 'private_address'],
    ['/to-octal-loopback', 'private_address'],
    ['/to-ipv6-loopback', 'private_address'],
    ['/to-private-name', 'private_address'],
    ['/to-file', 'scheme'],
    ['/to-credentials', 'credentials'],
    ['/no-location', 'http_status'],
  ])('checks the redirect %s again and refuses it (%s)', async (route, reason) => {
    await expect(importFromUrl(storage, `${base}${route}`, { maxBytes: 100_000 }, settings)).rejects.toMatchObject({ id: 'validation_failed', details: { reason } });
    // Only the first hop reached the server; the refused target was never requested.
    expect(seen.map((request) => request.path)).toEqual([route]);
    expect(await files()).toEqual([]);
  });

  it('refuses an error answer and a page that is not media', async () => {
    await expect(importFromUrl(storage, `${base}/missing.png`, { maxBytes: 100_000 }, settings)).rejects.toMatchObject({ details: { reason: 'http_status', status: 404 } });
    await expect(importFromUrl(storage, `${base}/page`, { maxBytes: 100_000 }, settings)).rejects.toMatchObject({ id: 'unsupported_media_type' });
    await expect(importFromUrl(storage, `${base}/unlabelled`, { maxBytes: 100_000 }, settings)).resolves.toMatchObject({ mimeType: 'image/png' });
  });

  it('cuts off a body over the size limit and keeps nothing', async () => {
    await expect(importFromUrl(storage, `${base}/endless`, { maxBytes: 256 * 1024 }, settings)).rejects.toMatchObject({ id: 'body_too_large' });
    expect(await files()).toEqual([]);
  });

  it('gives up at the deadline, before the answer or in the middle of the body', async () => {
    const quick = { ...settings, timeoutMs: 300 };
    await expect(importFromUrl(storage, `${base}/never-answers`, { maxBytes: 100_000 }, quick)).rejects.toMatchObject({ details: { reason: 'timeout' } });
    await expect(importFromUrl(storage, `${base}/stalls`, { maxBytes: 100_000 }, quick)).rejects.toMatchObject({ details: { reason: 'timeout' } });
    expect(await files()).toEqual([]);
  });

  it('reports a refused connection as unreachable', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(importFromUrl(storage, `http://127.0.0.1:${closedPort}/a.png`, { maxBytes: 100_000 }, settings)).rejects.toMatchObject({
      details: { reason: 'unreachable', code: 'ECONNREFUSED' },
    });
  });
});

describe('importFromUrl with private addresses refused', () => {
  const strict: UrlImportSettings = { allowPrivateAddresses: false, resolveHost: async (name) => ({ 'rebind.test': ['127.0.0.1'], 'cloud.test': ['169.254.169.254'] })[name] ?? [] };
  const storage = new LocalDiskStorage(path.join(tmpdir(), 'chorus-fetch-never-written'));

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/', // decimal
    'http://0177.0.0.1/', // octal
    'http://0x7f.0.0.1/', // hex
    'http://0x7f000001/',
    'http://017700000001/',
    'http://127.1/', // short form
    'http://[::ffff:127.0.0.1]/', // IPv4-mapped
    'http://[::ffff:a9fe:a9fe]/', // mapped metadata, in hex
    'http://[::127.0.0.1]/', // IPv4-compatible
    'http://[::1]/',
    'http://[::]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://0.0.0.0/',
    'http://0/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://admin.localhost/',
    'http://10.0.0.1/',
    'http://10.1/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://[fe80::1]/',
    'http://[fd00:ec2::254]/', // the IPv6 metadata address
    'http://[64:ff9b::7f00:1]/', // NAT64
    'https://127.0.0.1:443/',
    'http://rebind.test/', // a name that resolves to loopback
    'http://cloud.test/', // a name that resolves to the metadata address
  ])('refuses %s before connecting', async (url) => {
    await expect(importFromUrl(storage, url, { maxBytes: 1_000 }, strict)).rejects.toMatchObject({ id: 'validation_failed', details: { reason: 'private_address' } });
  });
});
