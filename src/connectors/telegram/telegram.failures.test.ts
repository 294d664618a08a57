/**
 * Telegram's own documented error answers, through the conformance peer and its fault proxy (the
 * suite's generic failure kinds run in telegram.conformance.test.ts).
 */
import { failureOf } from '../conformance/harness.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ConnectorCall, PublishRequest } from '../contract.js';
import { startTelegramPeer, type TelegramPeer } from './testing/peer.js';

let peer: TelegramPeer;
const call = (): ConnectorCall => ({ session: peer.session, observeRateLimit: () => undefined });
const textPost = (text: string): PublishRequest => ({ idempotencyKey: randomUUID(), parts: [{ text, media: [] }] });

beforeAll(async () => {
  peer = await startTelegramPeer();
});
afterAll(async () => {
  await peer.close();
});

describe('lost answers', () => {
  test('a lost answer to a publish is outcome_unknown, and the post exists', async () => {
    const before = peer.fake.world.chats.get(Number(peer.session.externalId))?.messages.size ?? 0;
    peer.dropNextAnswer();
    const failure = await failureOf(peer.connector.publish?.(call(), textPost('Lost answer')) ?? Promise.resolve());
    expect(failure.kind).toBe('outcome_unknown');
    expect(peer.fake.world.chats.get(Number(peer.session.externalId))?.messages.size).toBe(before + 1);
  });
});

describe("Telegram's own refusals", () => {
  test('the bot removed from the channel: auth_revoked telling to make it an administrator', async () => {
    const channel = peer.fake.world.chats.get(Number(peer.session.externalId));
    const botId = Number(peer.session.settings.botId);
    const before = channel?.members.get(botId);
    channel?.members.set(botId, { status: 'kicked' });
    try {
      const failure = await failureOf(peer.connector.publish?.(call(), textPost('After the kick')) ?? Promise.resolve());
      expect(failure.kind).toBe('auth_revoked');
      expect(failure.message).toMatch(/bot was kicked/);
      expect(failure.message).toMatch(/administrator/);
    } finally {
      if (before) channel?.members.set(botId, before);
    }
  });

  test('an administrator without the right to post fails testConnection as auth_revoked', async () => {
    const channel = peer.fake.world.chats.get(Number(peer.session.externalId));
    const botId = Number(peer.session.settings.botId);
    channel?.members.set(botId, { status: 'administrator', can_post_messages: false });
    try {
      const failure = await failureOf(peer.connector.testConnection(call()));
      expect(failure).toMatchObject({ kind: 'auth_revoked' });
      expect(failure.message).toMatch(/without the right to post/);
    } finally {
      channel?.members.set(botId, { status: 'administrator', can_post_messages: true, can_delete_messages: true });
    }
  });

  test('a revoked token is auth_revoked, not auth_expired: there is nothing to refresh', async () => {
    const session = { ...peer.session, credentials: { botToken: '1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } };
    const failure = await failureOf(peer.connector.testConnection({ session, observeRateLimit: () => undefined }));
    expect(failure.kind).toBe('auth_revoked');
    expect(failure.message).toMatch(/BotFather/);
    expect(peer.connector.refresh).toBeUndefined();
  });

  test('a caption over 1024 characters is refused before anything is sent', async () => {
    const before = peer.requestCount();
    const failure = await failureOf(
      peer.connector.publish?.(call(), {
        idempotencyKey: randomUUID(),
        parts: [{ text: '😀'.repeat(513), media: [{ kind: 'image', mimeType: 'image/png', fileName: 'a.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }] }],
      }) ?? Promise.resolve(),
    );
    expect(failure.kind).toBe('invalid_content');
    // 513 emoji are 1026 UTF-16 units: over the limit although only 513 characters.
    expect(failure.message).toMatch(/1026 characters.*1,024/);
    expect(peer.requestCount()).toBe(before);
  });

  test('a rate limit carries retry_after as the reset time', async () => {
    peer.injectFault('rate_limited', 'write');
    const started = Date.now();
    const failure = await failureOf(peer.connector.publish?.(call(), textPost('Too fast')) ?? Promise.resolve());
    expect(failure.kind).toBe('rate_limited');
    expect((failure.resetAt?.getTime() ?? 0) - started).toBeGreaterThanOrEqual(6000);
    expect((failure.resetAt?.getTime() ?? 0) - started).toBeLessThanOrEqual(8000);
  });
});
