import { failureOf } from '../conformance/harness.js';
import { describe, expect, it } from 'vitest';
import type { InboundItem, PublishRequest } from '../contract.js';
import { memoryStore } from '../conformance/environment.js';
import { TINY_PNG } from '../conformance/harness.js';
import { measureText } from './limits.js';
import { addSimulatedDirectMessage, readSandboxPost, triggerFollowerBurst } from './simulation.js';
import { connectedSandbox, DAY, HOUR, required, textPost, type SandboxFixture } from './testing/setup.js';

async function drainInbound(fixture: SandboxFixture, cursor: string | null): Promise<{ items: InboundItem[]; cursor: string | null }> {
  const items: InboundItem[] = [];
  let position = cursor;
  for (;;) {
    const page = await required(fixture.connector.fetchInbound)(fixture.call(), position);
    items.push(...page.items);
    position = page.cursor;
    if (page.items.length === 0) return { items, cursor: position };
  }
}

describe('sandbox connect', () => {
  it('fills in the defaults and hands out a token', async () => {
    const { connector } = await connectedSandbox();
    const result = await required(connector.connect)({ handle: '@Coffee_Corner' });
    expect(result.identity).toMatchObject({ externalId: 'coffee_corner', handle: 'coffee_corner' });
    expect(result.settings).toEqual({ followers: '1200', seed: 'coffee_corner', languages: 'en,id,ru,pl', latencyMs: '0', faultRate: '0', organic: 'on', idempotencyKeys: 'on' });
    expect(result.credentials.token?.length).toBeGreaterThan(20);
  });

  it('explains fields it cannot take', async () => {
    const { connector } = await connectedSandbox();
    const connect = required(connector.connect);
    const cases: Record<string, string>[] = [{ handle: '' }, { handle: 'no spaces' }, { handle: 'a', followers: 'many' }, { handle: 'a', languages: 'en,de' }, { handle: 'a', faultRate: '2' }, { handle: 'a', organic: 'maybe' }];
    for (const fields of cases) {
      const failure = await failureOf(connect(fields));
      expect(failure.kind).toBe('invalid_content');
      expect(failure.message.length).toBeGreaterThan(10);
    }
  });

  it('keeps what was published across a reconnect and a restart, and retires the old token', async () => {
    const store = memoryStore();
    const first = await connectedSandbox({}, store);
    const published = await required(first.connector.publish)(first.call(), textPost('Still here'));
    const second = await connectedSandbox({}, store);
    expect(await readSandboxPost(store, published.externalId)).toMatchObject({ text: 'Still here' });
    expect(await required(second.connector.accountMetrics)(second.call())).toMatchObject({ posts: 1 });
    expect((await failureOf(second.connector.testConnection(first.call()))).kind).toBe('auth_revoked');
  });
});

describe('sandbox publishing', () => {
  it('counts text in graphemes and refuses what is over its limits with a reason', async () => {
    expect(measureText('hello')).toBe(5);
    expect(measureText('👨‍👩‍👧‍👦🇵🇱')).toBe(2);
    const { connector, call } = await connectedSandbox();
    const publish = required(connector.publish);
    await expect(publish(call(), textPost('👍'.repeat(500)))).resolves.toBeDefined();
    const image = { kind: 'image' as const, mimeType: 'image/png', fileName: 'dot.png', bytes: TINY_PNG };
    const refused: [PublishRequest, RegExp][] = [
      [textPost('x'.repeat(501)), /501 characters long; the sandbox allows 500/],
      [{ idempotencyKey: 'five', parts: [{ text: 'Five', media: [image, image, image, image, image] }] }, /5 images; the sandbox allows 4/],
      [{ ...textPost('Poll'), poll: { options: ['a', 'b', 'c', 'd', 'e'], durationMinutes: 60, multipleChoice: false } }, /2 to 4 options/],
      [{ idempotencyKey: 'long', parts: [{ text: '1', media: [] }, ...Array.from({ length: 10 }, () => ({ text: 'more', media: [] }))] }, /11 parts; the sandbox allows 10/],
      [{ idempotencyKey: 'video', parts: [{ text: 'Film', media: [{ ...image, kind: 'video', mimeType: 'video/mp4' }] }] }, /videos/],
      [textPost('   '), /empty/],
    ];
    for (const [request, reason] of refused) {
      const failure = await failureOf(publish(call(), request));
      expect(failure.kind).toBe('invalid_content');
      expect(failure.message).toMatch(reason);
    }
    expect(await required(connector.accountMetrics)(call())).toMatchObject({ posts: 1 });
  });

  it('stores threads, polls, alt texts, first comments and content warnings as published', async () => {
    const { connector, store, call } = await connectedSandbox();
    const published = await required(connector.publish)(call(), {
      idempotencyKey: 'full',
      parts: [
        { text: 'Which one? https://example.com', media: [] },
        { text: 'Photo', media: [{ kind: 'image', mimeType: 'image/png', fileName: 'dot.png', bytes: TINY_PNG, altText: 'A red dot' }] },
      ],
      poll: { options: ['Tea', 'Coffee'], durationMinutes: 60, multipleChoice: false },
      firstComment: 'More in the comments',
      contentWarning: 'Caffeine',
    });
    expect(published.partIds).toHaveLength(2);
    expect(await readSandboxPost(store, published.externalId)).toMatchObject({ pollOptions: ['Tea', 'Coffee'], contentWarning: 'Caffeine', inReplyTo: null });
    expect(await readSandboxPost(store, published.partIds[1] ?? '')).toMatchObject({ altTexts: ['A red dot'], inReplyTo: published.externalId });
    expect(await readSandboxPost(store, published.firstCommentId ?? '')).toMatchObject({ text: 'More in the comments', inReplyTo: published.externalId });
  });

  it('deletes a post once and again without complaint, and then finds it no more', async () => {
    const { connector, call } = await connectedSandbox();
    const request = textPost('Short-lived');
    const published = await required(connector.publish)(call(), request);
    await required(connector.delete)(call(), published.externalId);
    await required(connector.delete)(call(), published.externalId);
    expect(await required(connector.findPublished)(call(), request, new Date(0))).toBeNull();
    expect(await required(connector.postMetrics)(call(), [published.externalId])).toEqual([]);
    expect((await failureOf(required(connector.delete)(call(), 'coffee_corner:p999'))).kind).toBe('invalid_content');
  });

  it('hands out distinct ids to concurrent publishes', async () => {
    const { connector, call } = await connectedSandbox();
    const posts = await Promise.all(Array.from({ length: 10 }, (_, index) => required(connector.publish)(call(), textPost(`Post ${index}`))));
    expect(new Set(posts.map((post) => post.externalId)).size).toBe(10);
  });
});

describe('sandbox over simulated time', () => {
  async function day(fields: Record<string, string> = {}) {
    const fixture = await connectedSandbox(fields);
    const published = await required(fixture.connector.publish)(fixture.call(), textPost('Our new espresso blend is here'));
    const observations = [];
    for (const hours of [1, 6, 24]) {
      fixture.clock.set(new Date(published.publishedAt.getTime() + hours * HOUR));
      const [metrics] = await required(fixture.connector.postMetrics)(fixture.call(), [published.externalId]);
      observations.push({ metrics, account: await required(fixture.connector.accountMetrics)(fixture.call()) });
    }
    return { fixture, published, observations };
  }

  it('gives identical numbers for the same seed and clock', async () => {
    const [one, two] = [await day(), await day()];
    expect(one.observations).toEqual(two.observations);
    const other = await day({ seed: 'another seed' });
    expect(other.observations).not.toEqual(one.observations);
  });

  it('gains impressions, likes and followers as time passes', async () => {
    const { observations } = await day();
    const impressions = observations.map(({ metrics }) => metrics?.impressions ?? 0);
    expect(impressions[0]).toBeGreaterThan(0);
    expect(impressions[1]).toBeGreaterThan(impressions[0] ?? 0);
    expect(impressions[2]).toBeGreaterThan(impressions[1] ?? 0);
    expect(observations[2]?.metrics?.likes).toBeGreaterThan(0);
    expect(observations[2]?.account.followers).toBeGreaterThan(1200);
  });

  it('delivers every comment, mention and message once, and the comments match the replies counter', async () => {
    const { fixture, published } = await day();
    let { items, cursor } = await drainInbound(fixture, null);
    const seen = [...items];
    for (let step = 0; step < 10; step += 1) {
      fixture.clock.advance(7 * HOUR);
      ({ items, cursor } = await drainInbound(fixture, cursor));
      seen.push(...items);
    }
    expect(new Set(seen.map((item) => item.externalId)).size).toBe(seen.length);
    expect(new Set(seen.map((item) => item.kind))).toEqual(new Set(['comment', 'mention', 'direct_message']));
    const comments = seen.filter((item) => item.kind === 'comment');
    const [metrics] = await required(fixture.connector.postMetrics)(fixture.call(), [published.externalId]);
    expect(comments.length).toBe(metrics?.replies);
    expect(comments.every((item) => item.rootPostId === published.externalId)).toBe(true);
    for (let index = 1; index < seen.length; index += 1) {
      expect(seen[index]?.createdAt.getTime()).toBeGreaterThanOrEqual(seen[index - 1]?.createdAt.getTime() ?? 0);
    }
  });

  it('pages a busy inbox without losing or repeating items', async () => {
    const fixture = await connectedSandbox({ followers: '200000' });
    for (let index = 0; index < 5; index += 1) await required(fixture.connector.publish)(fixture.call(), textPost(`Busy day ${index}`));
    fixture.clock.advance(6 * DAY);
    const { items } = await drainInbound(fixture, null);
    const firstPage = await required(fixture.connector.fetchInbound)(fixture.call(), null);
    expect(firstPage.items.length).toBe(50);
    expect(items.length).toBeGreaterThan(100);
    expect(new Set(items.map((item) => item.externalId)).size).toBe(items.length);
  });

  it('raises followers sharply on a fake-follower burst without raising reach', async () => {
    const plain = await connectedSandbox();
    const bursting = await connectedSandbox();
    const at = new Date(plain.clock.now().getTime() + 2 * DAY);
    await triggerFollowerBurst(bursting.store, bursting.session.externalId, 8_000, at);
    for (const fixture of [plain, bursting]) fixture.clock.set(at);
    const followers = async (fixture: SandboxFixture) => (await required(fixture.connector.accountMetrics)(fixture.call())).followers ?? 0;
    expect((await followers(bursting)) - (await followers(plain))).toBe(8_000);
    const reach = async (fixture: SandboxFixture) => {
      const published = await required(fixture.connector.publish)(fixture.call(), textPost('After the burst'));
      fixture.clock.advance(DAY);
      return (await required(fixture.connector.postMetrics)(fixture.call(), [published.externalId]))[0]?.reach;
    };
    expect(await reach(bursting)).toBe(await reach(plain));
  });
});

describe('sandbox conversations and search', () => {
  it('replies into a direct-message conversation', async () => {
    const fixture = await connectedSandbox({ organic: 'off' });
    const { cursor } = await drainInbound(fixture, null);
    await addSimulatedDirectMessage(fixture.store, fixture.session.externalId, 'Gdzie jest moje zamówienie? Proszę o zwrot.', fixture.clock.now(), { handle: 'annanowak' });
    const [message] = (await drainInbound(fixture, cursor)).items;
    expect(message).toMatchObject({ kind: 'direct_message', conversationId: 'coffee_corner:dm:annanowak' });
    const reply = await required(fixture.connector.reply)(fixture.call(), { idempotencyKey: 'answer', to: required(message), text: 'Sprawdzamy to teraz.' });
    expect(await readSandboxPost(fixture.store, reply.externalId)).toMatchObject({ text: 'Sprawdzamy to teraz.', conversationId: 'coffee_corner:dm:annanowak' });
  });

  it('finds posts by simulated people and by the account, newest first, but not deleted ones', async () => {
    const fixture = await connectedSandbox({ languages: 'en' });
    const search = required(fixture.connector.search);
    const coffee = await search(fixture.call(), 'coffee', null);
    expect(coffee.items.length).toBeGreaterThan(0);
    expect(coffee.items.every((item) => item.text.toLowerCase().includes('coffee'))).toBe(true);
    const published = await required(fixture.connector.publish)(fixture.call(), textPost('Decaf coffee tasting tonight'));
    expect((await search(fixture.call(), 'decaf TASTING', null)).items.map((item) => item.externalId)).toEqual([published.externalId]);
    await required(fixture.connector.delete)(fixture.call(), published.externalId);
    expect((await search(fixture.call(), 'decaf', null)).items).toEqual([]);
  });
});
