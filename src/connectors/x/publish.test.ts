import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishRequest } from '../contract.js';
import { failureOf, TINY_PNG } from '../conformance/harness.js';
import { buildTweetBody, writtenText } from './post-body.js';
import { tweetJson } from './testing/fake-x-state.js';
import { startXFixture, type XFixture } from './testing/fixture.js';

const fail = (): never => {
  throw new Error('the fake lost the post');
};

let fixture: XFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const post = (first: string, ...rest: string[]): PublishRequest => ({
  idempotencyKey: randomUUID(),
  parts: [{ text: first, media: [] }, ...rest.map((text) => ({ text, media: [] }))],
});

describe('POST /2/tweets bodies', () => {
  it('carries media ids, a poll and the reply target as documented', () => {
    expect(buildTweetBody({ text: 'Hi', mediaIds: ['11', '12'], replyTo: '99' })).toEqual({ text: 'Hi', media: { media_ids: ['11', '12'] }, reply: { in_reply_to_tweet_id: '99' } });
    expect(buildTweetBody({ text: 'Vote', mediaIds: [], poll: { options: ['A', 'B'], durationMinutes: 60, multipleChoice: false } })).toEqual({
      text: 'Vote',
      poll: { options: ['A', 'B'], duration_minutes: 60 },
    });
  });

  it('refuses multiple-choice polls, which X does not have', () => {
    expect(() => buildTweetBody({ text: 'Vote', mediaIds: [], poll: { options: ['A', 'B'], durationMinutes: 60, multipleChoice: true } })).toThrow(/one answer/);
  });

  it('recovers the written text from t.co links, escaped characters and the media link', () => {
    const text = writtenText({
      id: '1',
      text: 'Read https://t.co/abc &amp; reply &lt;3 https://t.co/pic',
      entities: {
        urls: [
          { url: 'https://t.co/abc', expanded_url: 'https://chorus.example/post' },
          { url: 'https://t.co/pic', expanded_url: 'https://x.com/i/status/1/photo/1', display_url: 'pic.x.com/pic', media_key: '3_1' },
        ],
      },
    });
    expect(text).toBe('Read https://chorus.example/post & reply <3');
  });
});

describe('publishing to the fake X API', () => {
  it('refuses a post over 280 weighted characters before sending anything', async () => {
    fixture = await startXFixture();
    const before = fixture.fake.state.tweets.size;
    const error = await failureOf(fixture.connector.publish?.(fixture.call(), post('語'.repeat(141))) ?? Promise.resolve());
    expect(error.kind).toBe('invalid_content');
    expect(fixture.fake.state.tweets.size).toBe(before);
  });

  it('counts a long URL as 23, so a post X accepts is not refused', async () => {
    fixture = await startXFixture();
    const text = `${'x'.repeat(250)} https://example.com/${'a'.repeat(100)}`;
    const published = await fixture.connector.publish?.(fixture.call(), post(text));
    expect(fixture.fake.state.tweets.get(published?.externalId ?? '')?.text).toBe(text);
  });

  it('uploads images with their alt text and attaches them', async () => {
    fixture = await startXFixture();
    const published = await fixture.connector.publish?.(fixture.call(), {
      idempotencyKey: randomUUID(),
      parts: [{ text: 'Two dots', media: ['one', 'two'].map((name) => ({ kind: 'image' as const, mimeType: 'image/png', fileName: `${name}.png`, bytes: TINY_PNG, altText: `Dot ${name}` })) }],
    });
    const tweet = fixture.fake.state.tweets.get(published?.externalId ?? '');
    expect(tweet?.mediaIds.map((id) => fixture?.fake.state.media.get(id)?.altText)).toEqual(['Dot one', 'Dot two']);
    expect(fixture.observed.map((observation) => observation.bucket)).toEqual(expect.arrayContaining(['POST /2/media/upload', 'POST /2/media/metadata', 'POST /2/tweets', 'POST /2/tweets (app, 24 h)']));
  });

  it('resumes a thread after a failure instead of posting its first parts again', async () => {
    fixture = await startXFixture({ limits: { 'POST /2/tweets': 2 } });
    const request = post('Part 1', 'Part 2', 'Part 3');
    const stopped = await failureOf(fixture.connector.publish?.(fixture.call(), request) ?? Promise.resolve());
    expect(stopped.kind).toBe('rate_limited');
    // The reset X announced, to the second.
    const announced = fixture.observed.filter((observation) => observation.bucket === 'POST /2/tweets').at(-1);
    expect(stopped.resetAt?.getTime()).toBe(announced?.resetAt.getTime());
    expect(announced?.remaining).toBe(0);

    fixture.fake.resetLimits();
    const published = await fixture.connector.publish?.(fixture.call(), request);
    const texts = [...fixture.fake.state.tweets.values()].map((tweet) => tweet.text);
    expect(texts.filter((text) => text === 'Part 1')).toHaveLength(1);
    expect(published?.partIds).toHaveLength(3);
    expect(fixture.fake.state.tweets.get(published?.partIds[2] ?? '')?.replyTo).toBe(published?.partIds[1]);
  });

  it('adds the first comment as a reply and deletes the whole thread with it', async () => {
    fixture = await startXFixture();
    const published = await fixture.connector.publish?.(fixture.call(), { ...post('Thread A', 'Thread B'), firstComment: 'Link in here' });
    expect(fixture.fake.state.tweets.get(published?.firstCommentId ?? '')?.replyTo).toBe(published?.externalId);
    await fixture.connector.delete?.(fixture.call(), published?.externalId ?? '');
    expect(fixture.fake.state.tweets.size).toBe(0);
    // Deleting again finds nothing and is not an error.
    await expect(fixture.connector.delete?.(fixture.call(), published?.externalId ?? '')).resolves.toBeUndefined();
  });

  it('a duplicate of a recent post is invalid content', async () => {
    fixture = await startXFixture();
    await fixture.connector.publish?.(fixture.call(), post('Same words'));
    expect((await failureOf(fixture.connector.publish?.(fixture.call(), post('Same words')) ?? Promise.resolve())).kind).toBe('invalid_content');
  });

  it('findPublished matches a post whose link X rewrote to t.co', async () => {
    fixture = await startXFixture();
    const request = post('New article: https://example.com/a?b=1 & more');
    const since = new Date(Date.now() - 60_000);
    const published = await fixture.connector.publish?.(fixture.call(), request);
    const stored = fixture.fake.state.tweets.get(published?.externalId ?? '');
    // What the timeline answers is not the text as written.
    expect(tweetJson(fixture.fake.state, stored ?? fail(), new Set(['entities']), true).text).toMatch(/^New article: https:\/\/t\.co\/\S+ &amp; more$/);
    await fixture.environment.store.put(`progress:${fixture.session.accountId}:${request.idempotencyKey}`, undefined);
    const found = await fixture.connector.findPublished?.(fixture.call(), request, since);
    expect(found?.externalId).toBe(published?.externalId);
  });
});
