import { describe, expect, test } from 'vitest';
import { multipart } from './multipart.js';
import { parseWebhookUpdate } from './webhook.js';

describe('multipart', () => {
  test('line breaks in a caption go out as they are, and a file part carries its type', async () => {
    const { body, contentType } = multipart({ caption: 'one\ntwo' }, { photo: { bytes: new Uint8Array([1, 2, 3]), fileName: 'a "b".png', mimeType: 'image/png' } });
    const raw = new TextDecoder().decode(body);
    expect(raw).toContain('\r\n\r\none\ntwo\r\n');
    expect(raw).toContain('filename="a %22b%22.png"');
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
    expect(form.get('caption')).toBe('one\ntwo');
    const file = form.get('photo');
    expect(file).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (file as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((file as Blob).type).toBe('image/png');
  });
});

describe('webhook updates', () => {
  const update = { update_id: 9, message: { message_id: 1, date: 1_760_000_000, chat: { id: 5, type: 'private' }, text: 'hi' } };

  test('the right secret and an Update parse', () => {
    expect(parseWebhookUpdate({ 'X-Telegram-Bot-Api-Secret-Token': 's3cret' }, JSON.stringify(update), 's3cret')).toMatchObject({ ok: true, update: { update_id: 9, message: { text: 'hi' } } });
  });

  test.each([
    [{ 'x-telegram-bot-api-secret-token': 'wrong!' }, 's3cret'],
    [{}, 's3cret'],
    [{ 'x-telegram-bot-api-secret-token': '' }, ''],
  ])('a missing or wrong secret is refused before the body is read', (headers, secret) => {
    expect(parseWebhookUpdate(headers, update, secret)).toEqual({ ok: false, reason: 'bad_secret' });
  });

  test('a body that is not an Update is refused', () => {
    expect(parseWebhookUpdate({ 'x-telegram-bot-api-secret-token': 'k' }, '{"nope":', 'k')).toEqual({ ok: false, reason: 'bad_body' });
    expect(parseWebhookUpdate({ 'x-telegram-bot-api-secret-token': 'k' }, { update_id: 'x' }, 'k')).toEqual({ ok: false, reason: 'bad_body' });
  });
});
