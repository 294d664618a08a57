/**
 * The data behind the fake X API: users, Posts, media, engagement, and the JSON X renders for a
 * Post (t.co links, escaped text, requested fields only), written from X's data dictionary.
 * https://docs.x.com/x-api/fundamentals/data-dictionary ; https://docs.x.com/x-api/fundamentals/metrics
 */
import twitterText from 'twitter-text';

export interface FakeUser {
  id: string;
  username: string;
  name: string;
  followers: number;
  following: number;
  subscriptionType: 'None' | 'Basic' | 'Premium' | 'PremiumPlus';
}

export interface FakeMedia {
  id: string;
  ownerId: string;
  category: string;
  bytes: number;
  altText: string | null;
}

export interface FakeTweet {
  id: string;
  authorId: string;
  /** As the author wrote it; rendering wraps links and escapes. */
  text: string;
  createdAt: Date;
  conversationId: string;
  replyTo: string | null;
  inReplyToUserId: string | null;
  mediaIds: string[];
  pollOptions: string[];
  likedBy: Set<string>;
  repostedBy: Set<string>;
  impressions: number;
  linkClicks: number;
}

export class FakeXState {
  readonly users = new Map<string, FakeUser>();
  readonly tweets = new Map<string, FakeTweet>();
  readonly media = new Map<string, FakeMedia>();
  // Ids grow with time like X's snowflakes, so comparing them orders Posts.
  private nextId = 1_800_000_000_000_000_000n;

  constructor(private readonly now: () => Date) {}

  newId(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  addUser(username: string, options: Partial<Pick<FakeUser, 'name' | 'followers' | 'subscriptionType'>> = {}): FakeUser {
    const user: FakeUser = { id: this.newId(), username, name: options.name ?? username, followers: options.followers ?? 0, following: 0, subscriptionType: options.subscriptionType ?? 'None' };
    this.users.set(user.id, user);
    return user;
  }

  userByName(username: string): FakeUser | undefined {
    return [...this.users.values()].find((user) => user.username.toLowerCase() === username.toLowerCase());
  }

  addTweet(authorId: string, text: string, options: { replyTo?: string | null; mediaIds?: string[]; pollOptions?: string[] } = {}): FakeTweet {
    const parent = options.replyTo ? this.tweets.get(options.replyTo) : undefined;
    const id = this.newId();
    const tweet: FakeTweet = {
      id,
      authorId,
      text,
      createdAt: this.now(),
      conversationId: parent?.conversationId ?? id,
      replyTo: parent?.id ?? null,
      inReplyToUserId: parent?.authorId ?? null,
      mediaIds: options.mediaIds ?? [],
      pollOptions: options.pollOptions ?? [],
      likedBy: new Set(),
      repostedBy: new Set(),
      impressions: 0,
      linkClicks: 0,
    };
    this.tweets.set(id, tweet);
    return tweet;
  }

  /** Posts newest first, as every X timeline is ordered. */
  newestFirst(filter: (tweet: FakeTweet) => boolean): FakeTweet[] {
    return [...this.tweets.values()].filter(filter).sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  }

  replyCount(tweetId: string): number {
    return [...this.tweets.values()].filter((tweet) => tweet.replyTo === tweetId).length;
  }

  mentions(user: FakeUser, tweet: FakeTweet): boolean {
    return twitterText.extractMentions(tweet.text).some((name) => name.toLowerCase() === user.username.toLowerCase());
  }
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const tco = (seed: string) => `https://t.co/${Buffer.from(seed).toString('base64url').slice(-10)}`;

/** Text and url entities as X returns them: every link a t.co link, media linked at the end. */
function rendered(tweet: FakeTweet): { text: string; urls: Record<string, unknown>[] } {
  let text = escape(tweet.text);
  const urls: Record<string, unknown>[] = [];
  for (const [index, original] of twitterText.extractUrls(tweet.text).entries()) {
    const short = tco(`${tweet.id}-${index}`);
    text = text.replace(escape(original), short);
    urls.push({ url: short, expanded_url: original, display_url: original.replace(/^https?:\/\//, '').slice(0, 25) });
  }
  if (tweet.mediaIds.length > 0) {
    const short = tco(`${tweet.id}-media`);
    text = `${text} ${short}`;
    urls.push({ url: short, expanded_url: `https://x.com/i/status/${tweet.id}/photo/1`, display_url: `pic.x.com/${short.slice(-10)}`, media_key: `3_${tweet.mediaIds[0] ?? ''}` });
  }
  for (const url of urls) {
    const start = text.indexOf(String(url.url));
    Object.assign(url, { start, end: start + String(url.url).length });
  }
  return { text, urls };
}

/** A Post with the fields the request asked for; non_public_metrics only when `ownMetrics`. */
export function tweetJson(state: FakeXState, tweet: FakeTweet, fields: Set<string>, ownMetrics: boolean): Record<string, unknown> {
  const { text, urls } = rendered(tweet);
  const long = twitterText.parseTweet(tweet.text).weightedLength > 280;
  const json: Record<string, unknown> = { id: tweet.id, text: long ? text.slice(0, 270) : text, edit_history_tweet_ids: [tweet.id] };
  if (long && fields.has('note_tweet')) json.note_tweet = { text, entities: { urls } };
  if (fields.has('author_id')) json.author_id = tweet.authorId;
  if (fields.has('created_at')) json.created_at = tweet.createdAt.toISOString();
  if (fields.has('conversation_id')) json.conversation_id = tweet.conversationId;
  if (fields.has('in_reply_to_user_id') && tweet.inReplyToUserId) json.in_reply_to_user_id = tweet.inReplyToUserId;
  if (fields.has('referenced_tweets') && tweet.replyTo) json.referenced_tweets = [{ type: 'replied_to', id: tweet.replyTo }];
  if (fields.has('entities') && urls.length > 0) json.entities = { urls };
  if (fields.has('attachments') && tweet.mediaIds.length > 0) json.attachments = { media_keys: tweet.mediaIds.map((id) => `3_${id}`) };
  if (fields.has('public_metrics')) {
    json.public_metrics = {
      retweet_count: tweet.repostedBy.size,
      reply_count: state.replyCount(tweet.id),
      like_count: tweet.likedBy.size,
      quote_count: 0,
      bookmark_count: 0,
      impression_count: tweet.impressions,
    };
  }
  if (fields.has('non_public_metrics') && ownMetrics) {
    json.non_public_metrics = { impression_count: tweet.impressions, url_link_clicks: tweet.linkClicks, user_profile_clicks: 0 };
  }
  return json;
}

export function userJson(state: FakeXState, user: FakeUser, fields: Set<string>): Record<string, unknown> {
  const json: Record<string, unknown> = { id: user.id, name: user.name, username: user.username };
  if (fields.has('subscription_type')) json.subscription_type = user.subscriptionType;
  if (fields.has('public_metrics')) {
    json.public_metrics = { followers_count: user.followers, following_count: user.following, tweet_count: [...state.tweets.values()].filter((tweet) => tweet.authorId === user.id).length, listed_count: 0, like_count: 0 };
  }
  return json;
}
