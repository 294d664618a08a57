import { afterEach, describe, expect, it } from 'vitest';
import { startXFixture, type XFixture } from './testing/fixture.js';

let fixture: XFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('mentions as comments and mentions', () => {
  it('sorts replies in the account’s conversations from mentions elsewhere, oldest first', async () => {
    fixture = await startXFixture();
    const { fake, owner } = fixture;
    const ana = fake.state.addUser('ana');
    const budi = fake.state.addUser('budi');
    const start = await fixture.connector.fetchInbound?.(fixture.call(), null);
    expect(start).toEqual({ items: [], cursor: null });

    const own = fake.state.addTweet(owner.id, 'Our launch post');
    const direct = fake.state.addTweet(ana.id, '@chorus_brand Congratulations!', { replyTo: own.id });
    // Deeper in the account's thread: the root's author has to be looked up.
    const deeper = fake.state.addTweet(budi.id, '@ana @chorus_brand Agreed', { replyTo: direct.id });
    const elsewhere = fake.state.addTweet(ana.id, 'Something of mine');
    const replyElsewhere = fake.state.addTweet(budi.id, '@ana @chorus_brand have a look', { replyTo: elsewhere.id });
    const plain = fake.state.addTweet(budi.id, 'Hello @Chorus_Brand');

    const page = await fixture.connector.fetchInbound?.(fixture.call(), '1');
    expect(page?.items.map((item) => [item.externalId, item.kind, item.rootPostId])).toEqual([
      [direct.id, 'comment', own.id],
      [deeper.id, 'comment', own.id],
      [replyElsewhere.id, 'mention', null],
      [plain.id, 'mention', null],
    ]);
    expect(page?.items[1]).toMatchObject({ inReplyToId: direct.id, author: { handle: 'budi', url: 'https://x.com/budi' }, url: `https://x.com/budi/status/${deeper.id}` });
    expect(page?.cursor).toBe(plain.id);

    const after = await fixture.connector.fetchInbound?.(fixture.call(), page?.cursor ?? null);
    expect(after).toEqual({ items: [], cursor: plain.id });
    expect(fixture.observed.some((observation) => observation.bucket === 'GET /2/users/:id/mentions' && observation.remaining < 300)).toBe(true);
  });

  it('reads every page between the cursor and now', async () => {
    fixture = await startXFixture();
    const fan = fixture.fake.state.addUser('fan');
    const first = fixture.fake.state.addTweet(fan.id, '@chorus_brand 0');
    for (let index = 1; index <= 230; index += 1) fixture.fake.state.addTweet(fan.id, `@chorus_brand ${index}`);
    const page = await fixture.connector.fetchInbound?.(fixture.call(), first.id);
    expect(page?.items).toHaveLength(230);
    expect(page?.items[0]?.text).toBe('@chorus_brand 1');
  });
});

describe('post metrics', () => {
  it('reads non-public counters for own posts and public ones for the rest', async () => {
    fixture = await startXFixture();
    const { fake, owner } = fixture;
    const other = fake.state.addUser('other');
    const own = fake.state.addTweet(owner.id, 'Mine');
    const theirs = fake.state.addTweet(other.id, 'Theirs');
    own.impressions = 120;
    own.linkClicks = 4;
    own.likedBy.add(other.id);
    theirs.impressions = 50;
    theirs.repostedBy.add(owner.id);
    const metrics = await fixture.connector.postMetrics?.(fixture.call(), [own.id, theirs.id, '1799999999999999999']);
    expect(metrics).toEqual([
      { externalId: own.id, impressions: 120, likes: 1, replies: 0, reposts: 0, quotes: 0, bookmarks: 0, clicks: 4 },
      { externalId: theirs.id, impressions: 50, likes: 0, replies: 0, reposts: 1, quotes: 0, bookmarks: 0 },
    ]);
  });

  it('reads the account’s followers', async () => {
    fixture = await startXFixture();
    fixture.fake.state.addTweet(fixture.owner.id, 'one');
    expect(await fixture.connector.accountMetrics?.(fixture.call())).toEqual({ followers: 7, following: 0, posts: 1 });
  });
});

describe('recent search', () => {
  it('finds posts by others and moves its cursor past them', async () => {
    fixture = await startXFixture();
    const other = fixture.fake.state.addUser('other');
    fixture.fake.state.addTweet(other.id, 'Nothing to see');
    const hit = fixture.fake.state.addTweet(other.id, 'Trying Chorus today');
    const page = await fixture.connector.search?.(fixture.call(), 'chorus', null);
    expect(page?.items.map((item) => [item.externalId, item.kind, item.author.handle])).toEqual([[hit.id, 'post', 'other']]);
    expect((await fixture.connector.search?.(fixture.call(), 'chorus', page?.cursor ?? null))?.items).toEqual([]);
  });
});
