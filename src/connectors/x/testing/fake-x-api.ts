/**
 * An in-memory X API v2 written from X's documentation, for tests: the endpoints the connector
 * uses with their documented payloads, errors (problem details), x-rate-limit-* headers and
 * 429s, several users, and controls for the test harness. Not part of the production build.
 * https://docs.x.com/x-api/fundamentals/response-codes-and-errors ; https://docs.x.com/x-api/fundamentals/rate-limits
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twitterText from 'twitter-text';
import { FakeOAuth, type FakeClient } from './fake-x-oauth.js';
import { USER_LIMITS, bucketOf, hasScopes } from './fake-x-routes.js';
import { FakeXState, tweetJson, userJson, type FakeTweet, type FakeUser } from './fake-x-state.js';

const WINDOW_MS = 15 * 60 * 1000;
const APP_DAILY_POSTS = 10_000;

export interface FakeXOptions {
  clients: FakeClient[];
  now?: () => Date;
  /** Overrides of USER_LIMITS, to reach a limit in a test. */
  limits?: Record<string, number>;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const problem = (status: number, title: string, detail: string, type = 'about:blank', extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { title, detail, type, status, ...extra },
});
const invalidRequest = (message: string): Answer =>
  problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.', 'https://api.x.com/2/problems/invalid-request', { errors: [{ message }] });

const listParam = (query: URLSearchParams, name: string) => new Set((query.get(name) ?? '').split(',').filter(Boolean));

export class FakeXApi {
  readonly state: FakeXState;
  readonly oauth: FakeOAuth;
  url = '';
  private readonly now: () => Date;
  private readonly limits: Record<string, number>;
  private readonly windows = new Map<string, { remaining: number; resetAt: number }>();
  private readonly forcedLimits = new Set<string>();
  private appPostsToday = 0;
  private server: http.Server | undefined;

  constructor(options: FakeXOptions) {
    this.now = options.now ?? (() => new Date());
    this.state = new FakeXState(this.now);
    this.oauth = new FakeOAuth(options.clients, this.now);
    this.limits = { ...USER_LIMITS, ...options.limits };
  }

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next request of `userId` to `bucket` finds the window spent; returns the reset X announces. */
  limitNext(userId: string, bucket: string): Date {
    this.forcedLimits.add(`${userId} ${bucket}`);
    return new Date(this.window(userId, bucket).resetAt);
  }

  /** Starts every rate-limit window afresh, as if fifteen minutes had passed. */
  resetLimits(): void {
    this.windows.clear();
  }

  private window(userId: string, bucket: string): { remaining: number; resetAt: number } {
    const key = `${userId} ${bucket}`;
    let window = this.windows.get(key);
    if (!window || window.resetAt <= this.now().getTime()) {
      // Resets are whole seconds, as x-rate-limit-reset carries epoch seconds.
      window = { remaining: this.limits[bucket] ?? 900, resetAt: Math.ceil((this.now().getTime() + WINDOW_MS) / 1000) * 1000 };
      this.windows.set(key, window);
    }
    return window;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', this.url);
    let answer: Answer;
    try {
      answer = await this.route(request, url, body);
    } catch (error) {
      answer = problem(500, 'Internal Server Error', String(error), 'https://api.x.com/2/problems/internal-error');
    }
    if (answer.status === 302 && answer.headers) {
      response.writeHead(302, answer.headers);
      response.end();
      return;
    }
    const isText = typeof answer.body === 'string';
    response.writeHead(answer.status, {
      'content-type': isText ? 'text/html' : answer.status >= 400 && !url.pathname.endsWith('/oauth2/token') ? 'application/problem+json' : 'application/json',
      ...answer.headers,
    });
    response.end(answer.body === undefined ? '' : isText ? answer.body : JSON.stringify(answer.body));
  }

  private async route(request: http.IncomingMessage, url: URL, body: Buffer): Promise<Answer> {
    const method = request.method ?? 'GET';
    const path = url.pathname;
    if (method === 'GET' && path === '/i/oauth2/authorize') {
      const result = this.oauth.authorize(url.searchParams);
      return result.location ? { status: 302, headers: { location: result.location } } : { status: result.status, body: result.body };
    }
    if (method === 'POST' && path === '/2/oauth2/token') {
      return this.oauth.token(request.headers.authorization, new URLSearchParams(body.toString()));
    }

    const bucket = bucketOf(method, path);
    if (!bucket) return { status: 404, body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] } };
    const grant = this.oauth.grantOf(request.headers.authorization);
    if (!grant) return problem(401, 'Unauthorized', 'Unauthorized');
    const user = this.state.users.get(grant.userId);
    if (!user) return problem(401, 'Unauthorized', 'Unauthorized');
    if (!hasScopes(grant.scopes, bucket)) return problem(403, 'Forbidden', 'Forbidden');

    const window = this.window(user.id, bucket);
    const headers = { 'x-rate-limit-limit': String(this.limits[bucket] ?? 900), 'x-rate-limit-reset': String(window.resetAt / 1000) };
    const forced = this.forcedLimits.delete(`${user.id} ${bucket}`);
    if (forced || window.remaining <= 0) {
      return { ...problem(429, 'Too Many Requests', 'Too Many Requests'), headers: { ...headers, 'x-rate-limit-remaining': '0' } };
    }
    window.remaining -= 1;
    const answer = await this.endpoint(bucket, user, url, body, request.headers['content-type'] ?? '');
    return { ...answer, headers: { ...headers, 'x-rate-limit-remaining': String(window.remaining), ...answer.headers } };
  }

  private endpoint(bucket: string, user: FakeUser, url: URL, body: Buffer, contentType: string): Answer | Promise<Answer> {
    const query = url.searchParams;
    const idInPath = url.pathname.split('/')[3] ?? '';
    switch (bucket) {
      case 'GET /2/users/me':
        return { status: 200, body: { data: userJson(this.state, user, listParam(query, 'user.fields')) } };
      case 'POST /2/tweets':
        return this.createTweet(user, body);
      case 'DELETE /2/tweets/:id':
        return this.deleteTweet(user, url.pathname.split('/')[3] ?? '');
      case 'GET /2/tweets':
        return this.lookup(user, query);
      case 'GET /2/users/:id/tweets':
        return this.timeline(query, (tweet) => tweet.authorId === idInPath, 5);
      case 'GET /2/users/:id/mentions': {
        const mentioned = this.state.users.get(idInPath);
        return this.timeline(query, (tweet) => mentioned !== undefined && tweet.authorId !== mentioned.id && this.state.mentions(mentioned, tweet), 5);
      }
      case 'GET /2/tweets/search/recent': {
        const terms = (query.get('query') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        if (terms.length === 0) return invalidRequest('The `query` query parameter can not be empty');
        return this.timeline(query, (tweet) => terms.every((term) => tweet.text.toLowerCase().includes(term)), 10);
      }
      case 'POST /2/media/upload':
        return this.upload(user, body, contentType);
      case 'POST /2/media/metadata':
        return this.metadata(user, body);
      default:
        return { status: 404, body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] } };
    }
  }

  private createTweet(user: FakeUser, raw: Buffer): Answer {
    const input = JSON.parse(raw.toString()) as {
      text?: string;
      media?: { media_ids?: string[] };
      poll?: { options?: string[]; duration_minutes?: number };
      reply?: { in_reply_to_tweet_id?: string };
    };
    const text = input.text ?? '';
    const mediaIds = input.media?.media_ids ?? [];
    if (text.length === 0 && mediaIds.length === 0) return invalidRequest('The `text` field must be provided when no media is attached');
    const limit = user.subscriptionType === 'None' ? 280 : 25_000;
    if (twitterText.parseTweet(text).weightedLength > limit) return problem(403, 'Forbidden', 'Your Tweet text is too long. For more information on how X treats text length, read https://docs.x.com/fundamentals/counting-characters');
    if (mediaIds.length > 4 || mediaIds.some((id) => this.state.media.get(id)?.ownerId !== user.id)) return invalidRequest('Your media IDs are invalid.');
    if (input.poll) {
      const { options = [], duration_minutes: minutes = 0 } = input.poll;
      if (mediaIds.length > 0) return invalidRequest('A Tweet cannot have both media and a poll.');
      if (options.length < 2 || options.length > 4 || options.some((option) => option.length < 1 || option.length > 25) || minutes < 5 || minutes > 10_080) {
        return invalidRequest('The poll options or duration are invalid.');
      }
    }
    const replyTo = input.reply?.in_reply_to_tweet_id;
    if (replyTo !== undefined && !this.state.tweets.has(replyTo)) return invalidRequest('The Tweet you are replying to has been deleted or is not visible to you.');
    const since = this.now().getTime() - 24 * 60 * 60 * 1000;
    if ([...this.state.tweets.values()].some((tweet) => tweet.authorId === user.id && tweet.text === text && text.length > 0 && tweet.createdAt.getTime() > since)) {
      return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
    }
    const tweet = this.state.addTweet(user.id, text, { replyTo: replyTo ?? null, mediaIds, pollOptions: input.poll?.options ?? [] });
    this.appPostsToday += 1;
    const dayReset = String(Math.ceil(this.now().getTime() / 1000) + 86_400);
    return {
      status: 201,
      body: { data: { id: tweet.id, text: tweetJson(this.state, tweet, new Set(), false).text, edit_history_tweet_ids: [tweet.id] } },
      headers: { 'x-app-limit-24hour-limit': String(APP_DAILY_POSTS), 'x-app-limit-24hour-remaining': String(APP_DAILY_POSTS - this.appPostsToday), 'x-app-limit-24hour-reset': dayReset },
    };
  }

  private deleteTweet(user: FakeUser, id: string): Answer {
    const tweet = this.state.tweets.get(id);
    if (!tweet) return problem(404, 'Not Found Error', `Could not find tweet with id: [${id}].`, 'https://api.x.com/2/problems/resource-not-found');
    if (tweet.authorId !== user.id) return problem(403, 'Forbidden', 'You are not allowed to delete a Tweet that you did not create.');
    this.state.tweets.delete(id);
    return { status: 200, body: { data: { deleted: true } } };
  }

  private lookup(user: FakeUser, query: URLSearchParams): Answer {
    const fields = listParam(query, 'tweet.fields');
    const ids = [...listParam(query, 'ids')];
    if (ids.length === 0 || ids.length > 100) return invalidRequest('The `ids` query parameter value must have between 1 and 100 ids');
    const data: Record<string, unknown>[] = [];
    const errors: Record<string, unknown>[] = [];
    for (const id of ids) {
      const tweet = this.state.tweets.get(id);
      if (!tweet) {
        errors.push({ value: id, detail: `Could not find tweet with ids: [${id}].`, title: 'Not Found Error', resource_type: 'tweet', parameter: 'ids', resource_id: id, type: 'https://api.x.com/2/problems/resource-not-found' });
        continue;
      }
      const own = tweet.authorId === user.id && this.now().getTime() - tweet.createdAt.getTime() < 30 * 24 * 60 * 60 * 1000;
      if (fields.has('non_public_metrics') && !own) {
        errors.push({ value: id, detail: "Sorry, you are not authorized to access 'non_public_metrics' on a Tweet.", title: 'Field Authorization Error', resource_type: 'tweet', field: 'non_public_metrics', resource_id: id, section: 'data', type: 'https://api.x.com/2/problems/not-authorized-for-field' });
        continue;
      }
      data.push(tweetJson(this.state, tweet, fields, own));
    }
    return { status: 200, body: { ...(data.length > 0 ? { data } : {}), ...(errors.length > 0 ? { errors } : {}) } };
  }

  /** Timelines and search: newest first, since_id / start_time / pagination, author expansion. */
  private timeline(query: URLSearchParams, include: (tweet: FakeTweet) => boolean, minResults: number): Answer {
    const maxResults = Number(query.get('max_results') ?? '10');
    if (!Number.isInteger(maxResults) || maxResults < minResults || maxResults > 100) return invalidRequest(`The \`max_results\` query parameter value [${maxResults}] is not between ${minResults} and 100`);
    const sinceId = query.get('since_id');
    const startTime = query.get('start_time');
    if (startTime !== null && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/.test(startTime)) return invalidRequest('Invalid start_time');
    const exclude = listParam(query, 'exclude');
    const all = this.state.newestFirst(
      (tweet) =>
        include(tweet) &&
        (sinceId === null || BigInt(tweet.id) > BigInt(sinceId)) &&
        (startTime === null || tweet.createdAt.getTime() >= Date.parse(startTime)) &&
        !(exclude.has('replies') && tweet.replyTo !== null),
    );
    const offset = Number(query.get('pagination_token') ?? '0');
    const page = all.slice(offset, offset + maxResults);
    const fields = listParam(query, 'tweet.fields');
    const expansions = listParam(query, 'expansions');
    const users = expansions.has('author_id') ? [...new Set(page.map((tweet) => tweet.authorId))].map((id) => this.state.users.get(id)).filter((user) => user !== undefined) : [];
    const referenced = expansions.has('referenced_tweets.id') ? page.map((tweet) => (tweet.replyTo ? this.state.tweets.get(tweet.replyTo) : undefined)).filter((tweet) => tweet !== undefined) : [];
    const meta: Record<string, unknown> = { result_count: page.length };
    if (page.length > 0) Object.assign(meta, { newest_id: page[0]?.id, oldest_id: page.at(-1)?.id });
    if (offset + maxResults < all.length) meta.next_token = String(offset + maxResults);
    const includes: Record<string, unknown> = {};
    if (users.length > 0) includes.users = users.map((user) => userJson(this.state, user, listParam(query, 'user.fields')));
    if (referenced.length > 0) includes.tweets = referenced.map((tweet) => tweetJson(this.state, tweet, fields, false));
    return {
      status: 200,
      body: { ...(page.length > 0 ? { data: page.map((tweet) => tweetJson(this.state, tweet, fields, false)) } : {}), ...(Object.keys(includes).length > 0 ? { includes } : {}), meta },
    };
  }

  private async upload(user: FakeUser, body: Buffer, contentType: string): Promise<Answer> {
    if (!contentType.startsWith('multipart/form-data')) return invalidRequest('The request must be multipart/form-data.');
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
    const media = form.get('media');
    const category = form.get('media_category');
    if (!(media instanceof Blob) || typeof category !== 'string') return invalidRequest('media and media_category are required.');
    if (!['tweet_image', 'tweet_gif', 'tweet_video', 'dm_image', 'dm_video', 'dm_gif', 'subtitles'].includes(category)) return invalidRequest(`Invalid media_category ${category}`);
    if (category === 'tweet_image' && media.size > 5 * 1024 * 1024) return invalidRequest('File size exceeds 5242880 bytes.');
    const id = this.state.newId();
    this.state.media.set(id, { id, ownerId: user.id, category, bytes: media.size, altText: null });
    return { status: 200, body: { data: { id, media_key: `3_${id}`, size: media.size, expires_after_secs: 86_400, image: { image_type: media.type, w: 1, h: 1 } } } };
  }

  private metadata(user: FakeUser, raw: Buffer): Answer {
    const input = JSON.parse(raw.toString()) as { id?: string; metadata?: { alt_text?: { text?: string } } };
    const media = this.state.media.get(input.id ?? '');
    if (!media || media.ownerId !== user.id) return problem(400, 'Invalid Request', 'Media id not found.', 'https://api.x.com/2/problems/invalid-request');
    const altText = input.metadata?.alt_text?.text;
    if (altText !== undefined && altText.length > 1000) return invalidRequest('alt_text.text must be at most 1000 characters.');
    media.altText = altText ?? media.altText;
    return { status: 200, body: { data: { id: media.id, associated_metadata: input.metadata ?? {} } } };
  }
}
