/**
 * The media library through the HTTP API (P2): streaming upload decided by the bytes, one stored
 * file per content, thumbnails, alt text that travels with the image to the network, deletion only
 * of unused files, and URL import refusing internal addresses.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import { publishTarget } from '../../src/app/publishing/pipeline.js';
import { listPosts as listSandboxRecords } from '../../src/connectors/sandbox/records.js';
import { findConnectedAccount } from '../../src/db/repositories/connected-accounts.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;
let accountId: string;
let png: Buffer;

interface Asset {
  id: string;
  kind: string;
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  altText: string;
  fileName: string;
}

const media = (path = '') => `/api/workspaces/${workspaceId}/media${path}`;

/** Uploads raw bytes the way the composer does: the file is the body. */
async function upload(body: Buffer, contentType: string, fileName = 'photo.png') {
  return t.app.inject({
    method: 'POST',
    url: `${media('/upload')}?fileName=${encodeURIComponent(fileName)}`,
    headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': contentType },
    payload: body,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
  const connected = await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle: 'gallery.sandbox' } });
  accountId = connected.json<{ id: string }>().id;
  png = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
});
afterAll(async () => t.close());

describe('the media library', () => {
  test('an upload is typed by its bytes, measured, and stored once however often it comes', async () => {
    // The sender claims JPEG; the bytes are PNG, and the bytes win.
    const first = await upload(png, 'image/jpeg', '../../etc/photo.png');
    expect(first.statusCode, first.body).toBe(201);
    const asset = first.json<Asset>();
    expect(asset).toMatchObject({ kind: 'image', mimeType: 'image/png', bytes: png.length, width: 640, height: 480, fileName: 'photo.png' });

    const again = await upload(png, 'image/png', 'copy.png');
    expect(again.json<Asset>().id).toBe(asset.id);
    const library = (await owner.request('GET', media())).json<{ items: Asset[] }>();
    expect(library.items.map((item) => item.id)).toEqual([asset.id]);

    const file = await t.app.inject({ method: 'GET', url: media(`/${asset.id}/file`), headers: { cookie: owner.cookie } });
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(png)).toBe(true);
    const thumbnail = await t.app.inject({ method: 'GET', url: media(`/${asset.id}/thumbnail`), headers: { cookie: owner.cookie } });
    expect(thumbnail.statusCode).toBe(200);
    const { width, format } = await sharp(thumbnail.rawPayload).metadata();
    expect(format).toBe('webp');
    expect(width).toBeLessThan(640);
  });

  test('a file that is not an image or video Chorus knows is refused with a stable error', async () => {
    const response = await upload(Buffer.from('<html><body>not an image</body></html>'), 'image/png', 'fake.png');
    expect(response.statusCode).toBe(415);
    expect(response.json<{ error: { id: string } }>().error.id).toBe('unsupported_media_type');
    expect((await owner.request('GET', media())).json<{ items: Asset[] }>().items.map((item) => item.fileName)).not.toContain('fake.png');
  });

  test('alt text set in the library reaches the network with the image; a used file cannot be deleted', async () => {
    const other = await sharp({ create: { width: 32, height: 32, channels: 4, background: '#0a0' } }).png().toBuffer();
    const asset = (await upload(other, 'image/png', 'leaf.png')).json<Asset>();
    const described = await owner.request('PATCH', media(`/${asset.id}`), { altText: '  A green square  ' });
    expect(described.json<Asset>().altText).toBe('A green square');

    const created = await owner.request('POST', `/api/workspaces/${workspaceId}/posts`, {
      content: { parts: [{ text: 'Our new logo', mediaIds: [asset.id] }], poll: null, firstComment: null, contentWarning: null },
      targets: [{ accountId }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const post = created.json<{ id: string; version: number }>();
    expect((await owner.request('DELETE', media(`/${asset.id}`))).statusCode).toBe(409);

    const at = new Date(t.clock.now().getTime() + 60_000).toISOString();
    const scheduled = await owner.request('POST', `/api/workspaces/${workspaceId}/posts/${post.id}/actions`, { action: 'schedule', expectedVersion: post.version, scheduledAt: at });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    t.clock.advance(60_000);
    const targetId = scheduled.json<{ targets: Array<{ id: string }> }>().targets[0]?.id ?? '';
    expect(await publishTarget(t.ctx, targetId)).toBe('published');

    const externalId = (await findConnectedAccount(t.ctx.db, workspaceId, accountId))?.externalId ?? '';
    const records = await listSandboxRecords(connectorStore(t.ctx.db, 'sandbox'), externalId);
    expect(records.find((record) => record.text === 'Our new logo')).toMatchObject({ imageCount: 1, altTexts: ['A green square'] });
  });

  test('an unused file is deleted, and asking for it afterwards is a 404', async () => {
    const lone = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } }).jpeg().toBuffer();
    const asset = (await upload(lone, 'image/jpeg', 'lone.jpg')).json<Asset>();
    expect((await owner.request('DELETE', media(`/${asset.id}`))).statusCode).toBe(200);
    const file = await t.app.inject({ method: 'GET', url: media(`/${asset.id}/file`), headers: { cookie: owner.cookie } });
    expect(file.statusCode).toBe(404);
  });

  test.each([
    'http://127.0.0.1/a.png',
    'http://localhost/a.png',
    'http://10.0.0.5/a.png',
    'http://172.16.3.4/a.png',
    'http://192.168.1.1/a.png',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/a.png',
    'http://[::ffff:127.0.0.1]/a.png',
    'http://[::ffff:a9fe:a9fe]/',
    'http://2130706433/a.png',
    'http://0177.0.0.1/a.png',
    'http://0x7f.0.0.1/a.png',
    'http://[fe80::1]/a.png',
    'http://100.64.0.1/a.png',
    'http://0.0.0.0/a.png',
  ])('import from %s is refused before any connection', async (url) => {
    const response = await owner.request('POST', media('/import'), { url });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ error: { id: string; details: { reason?: string } } }>().error).toMatchObject({ id: 'validation_failed' });
  });

  test('import refuses other schemes at the contract', async () => {
    for (const url of ['file:///etc/passwd', 'gopher://example.com/', 'ftp://example.com/a.png']) {
      expect((await owner.request('POST', media('/import'), { url })).statusCode).toBe(400);
    }
  });
});
