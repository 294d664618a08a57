/**
 * A fake Mastodon instance for tests, written from docs.joinmastodon.org: the endpoints the
 * connector uses with their documented payloads, status codes and `{ "error": ... }` bodies, an
 * OAuth consent page that approves at once and checks PKCE, Idempotency-Key, media that is still
 * processing on the first check (202, then 206), and X-RateLimit-* headers.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeState, type FakeAccount, type FakeStatus } from './fake-state.js';

const MAX_CHARACTERS = 500;
const SUPPORTED_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4', 'video/webm', 'video/quicktime'];
const RATE_LIMIT = 300;
const RATE_WINDOW_MS = 5 * 60 * 1000;

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const error = (status: number, message: string, description?: string): Answer => ({
  status,
  body: description ? { error: message, error_description: description } : { error: message },
});
const notFound = () => error(404, 'Record not found');

/** Request parameters from a query string, a form or a JSON body, read the Rails way (`name[]`). */
class Params {
  constructor(private readonly values: URLSearchParams) {}
  static fromJson(json: unknown): Params {
    const values = new URLSearchParams();
    const add = (prefix: string, value: unknown) => {
      if (Array.isArray(value)) for (const item of value) add(`${prefix}[]`, item);
      else if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) add(`${prefix}[${key}]`, inner);
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values.append(prefix, String(value));
    };
    if (json !== null && typeof json === 'object') for (const [key, value] of Object.entries(json)) add(key, value);
    return new Params(values);
  }
  get(name: string): string | undefined {
    return this.values.get(name) ?? undefined;
  }
  getAll(name: string): string[] {
    return this.values.getAll(name);
  }
}

interface Incoming {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface FakeInstanceOptions {
  /** The LOCAL_DOMAIN of the instance, used in handles (`brand@fake.social`). */
  domain?: string;
}

export class FakeInstance {
  readonly state: FakeState;
  /** Who the consent page signs in as. */
  signedInAs: FakeAccount;
  private readonly apps = new Map<string, { secret: string; redirectUris: string[]; scopes: string[] }>();
  private readonly codes = new Map<string, { clientId: string; redirectUri: string; accountId: string; challenge: string | null }>();
  private readonly tokens = new Map<string, { accountId: string; revoked: boolean }>();
  private readonly idempotency = new Map<string, string>();
  private readonly rateWindows = new Map<string, { started: number; used: number }>();
  private server: http.Server | undefined;
  url = '';

  constructor(options: FakeInstanceOptions = {}) {
    this.state = new FakeState(options.domain ?? 'fake.social', () => this.url);
    this.signedInAs = this.state.addAccount('brand', 'The Brand', 42);
  }

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const incoming = { method: request.method ?? 'GET', url: new URL(request.url ?? '/', this.url), headers: request.headers, body: Buffer.concat(chunks) };
        this.route(incoming).then(
          (answer) => {
            response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
            response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
          },
          (failure: unknown) => {
            response.writeHead(500, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ error: String(failure) }));
          },
        );
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  /** As a person would in Settings → Authorized apps. */
  revokeTokensOf(account: FakeAccount): void {
    for (const token of this.tokens.values()) if (token.accountId === account.id) token.revoked = true;
  }

  private async params(incoming: Incoming): Promise<Params> {
    const type = incoming.headers['content-type'] ?? '';
    if (incoming.body.length === 0) return new Params(incoming.url.searchParams);
    if (type.startsWith('application/json')) return Params.fromJson(JSON.parse(incoming.body.toString('utf8')));
    if (type.startsWith('application/x-www-form-urlencoded')) return new Params(new URLSearchParams(incoming.body.toString('utf8')));
    return new Params(new URLSearchParams());
  }

  private authenticate(incoming: Incoming): FakeAccount | Answer {
    const token = /^Bearer (.+)$/.exec(incoming.headers.authorization ?? '')?.[1];
    const entry = token ? this.tokens.get(token) : undefined;
    if (!entry) return error(401, 'The access token is invalid');
    if (entry.revoked) return error(401, 'The access token was revoked');
    const account = this.state.accounts.get(entry.accountId);
    return account ?? error(401, 'The access token is invalid');
  }

  /** Rack::Attack's headers: the reset is an ISO 8601 timestamp with microseconds. */
  private rateHeaders(account: FakeAccount): { headers: Record<string, string>; exceeded: boolean } {
    const now = Date.now();
    let window = this.rateWindows.get(account.id);
    if (!window || now - window.started >= RATE_WINDOW_MS) {
      window = { started: now, used: 0 };
      this.rateWindows.set(account.id, window);
    }
    window.used += 1;
    const reset = new Date(window.started + RATE_WINDOW_MS).toISOString().replace('Z', '000Z');
    return {
      headers: { 'x-ratelimit-limit': String(RATE_LIMIT), 'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - window.used)), 'x-ratelimit-reset': reset },
      exceeded: window.used > RATE_LIMIT,
    };
  }

  private async route(incoming: Incoming): Promise<Answer> {
    const { method } = incoming;
    const path = incoming.url.pathname;
    if (method === 'POST' && path === '/api/v1/apps') return this.registerApp(await this.params(incoming));
    if (method === 'GET' && path === '/oauth/authorize') return this.authorize(incoming.url.searchParams);
    if (method === 'POST' && path === '/oauth/token') return this.token(await this.params(incoming));
    if (method === 'GET' && path === '/api/v2/instance') return { status: 200, body: this.instanceJson() };

    const account = this.authenticate(incoming);
    if (!('id' in account)) return account;
    const rate = this.rateHeaders(account);
    if (rate.exceeded) return { ...error(429, 'Too many requests'), headers: rate.headers };
    const answer = await this.routeAuthenticated(incoming, account);
    return { ...answer, headers: { ...rate.headers, ...answer.headers } };
  }

  private async routeAuthenticated(incoming: Incoming, account: FakeAccount): Promise<Answer> {
    const { method } = incoming;
    const path = incoming.url.pathname;
    const query = new Params(incoming.url.searchParams);
    let match: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
      return { status: 200, body: { ...this.state.accountJson(account), source: { privacy: 'public', sensitive: false, language: 'en', note: '', fields: [] } } };
    }
    if (method === 'POST' && path === '/api/v2/media') return this.uploadMedia(incoming, account);
    if (method === 'GET' && (match = /^\/api\/v1\/media\/(\d+)$/.exec(path))) return this.checkMedia(match[1] ?? '', account);
    if (method === 'POST' && path === '/api/v1/statuses') return this.postStatus(await this.params(incoming), incoming.headers['idempotency-key'], account);
    if (method === 'GET' && (match = /^\/api\/v1\/statuses\/(\d+)$/.exec(path))) {
      const status = this.state.liveStatus(match[1] ?? '');
      return status && this.state.canSee(account.id, status) ? { status: 200, body: this.state.statusJson(status) } : notFound();
    }
    if (method === 'DELETE' && (match = /^\/api\/v1\/statuses\/(\d+)$/.exec(path))) {
      const status = this.state.liveStatus(match[1] ?? '');
      if (!status || status.accountId !== account.id) return notFound();
      status.deleted = true;
      return { status: 200, body: this.state.statusJson(status, true) };
    }
    if (method === 'GET' && (match = /^\/api\/v1\/statuses\/(\d+)\/context$/.exec(path))) {
      const status = this.state.liveStatus(match[1] ?? '');
      if (!status || !this.state.canSee(account.id, status)) return notFound();
      const visible = (list: FakeStatus[]) => list.filter((item) => this.state.canSee(account.id, item)).map((item) => this.state.statusJson(item));
      return { status: 200, body: { ancestors: visible(this.state.ancestors(status)), descendants: visible(this.state.descendants(status)) } };
    }
    if (method === 'GET' && (match = /^\/api\/v1\/accounts\/(\d+)\/statuses$/.exec(path))) return this.accountStatuses(match[1] ?? '', query, account);
    if (method === 'GET' && path === '/api/v1/notifications') return this.listNotifications(query, account);
    if (method === 'GET' && path === '/api/v2/search') return this.search(query);
    return notFound();
  }

  // -------------------------------------------------------------------------------------------
  // OAuth (https://docs.joinmastodon.org/methods/apps/, https://docs.joinmastodon.org/methods/oauth/)

  private registerApp(params: Params): Answer {
    const name = params.get('client_name');
    const redirectUris = [...params.getAll('redirect_uris[]'), ...(params.get('redirect_uris')?.split('\n') ?? [])].filter(Boolean);
    if (!name) return error(422, "Validation failed: Application name can't be blank");
    if (redirectUris.length === 0 || redirectUris.some((uri) => !URL.canParse(uri))) return error(422, 'Validation failed: Redirect URI must be an absolute URI.');
    const clientId = randomBytes(16).toString('base64url');
    const secret = randomBytes(24).toString('base64url');
    const scopes = (params.get('scopes') ?? 'read').split(/[\s+]+/).filter(Boolean);
    this.apps.set(clientId, { secret, redirectUris, scopes });
    return {
      status: 200,
      body: {
        id: this.state.newId(),
        name,
        website: params.get('website') ?? null,
        scopes,
        redirect_uri: redirectUris.join('\n'),
        redirect_uris: redirectUris,
        client_id: clientId,
        client_secret: secret,
        client_secret_expires_at: 0,
      },
    };
  }

  /** The consent page, approved at once by `signedInAs`; Doorkeeper shows an HTML error otherwise. */
  private authorize(query: URLSearchParams): Answer {
    const clientId = query.get('client_id') ?? '';
    const app = this.apps.get(clientId);
    const redirectUri = query.get('redirect_uri') ?? '';
    const requested = (query.get('scope') ?? 'read').split(/[\s+]+/);
    const method = query.get('code_challenge_method');
    const invalid =
      !app || !app.redirectUris.includes(redirectUri) || query.get('response_type') !== 'code' || requested.some((scope) => !app.scopes.includes(scope)) || (query.has('code_challenge') && method !== 'S256');
    if (invalid) return { status: 400, headers: { 'content-type': 'text/html' }, body: undefined };
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, { clientId, redirectUri, accountId: this.signedInAs.id, challenge: query.get('code_challenge') });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    const state = query.get('state');
    if (state !== null) target.searchParams.set('state', state);
    return { status: 302, headers: { location: target.toString() } };
  }

  private token(params: Params): Answer {
    const invalidGrant = () =>
      error(400, 'invalid_grant', 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.');
    if (params.get('grant_type') !== 'authorization_code') return error(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.');
    const clientId = params.get('client_id') ?? '';
    const app = this.apps.get(clientId);
    if (!app || app.secret !== params.get('client_secret')) {
      return error(401, 'invalid_client', 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.');
    }
    const code = this.codes.get(params.get('code') ?? '');
    if (!code || code.clientId !== clientId || code.redirectUri !== params.get('redirect_uri')) return invalidGrant();
    if (code.challenge !== null) {
      const verifier = params.get('code_verifier') ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== code.challenge) return invalidGrant();
    }
    this.codes.delete(params.get('code') ?? '');
    const accessToken = randomBytes(32).toString('base64url');
    this.tokens.set(accessToken, { accountId: code.accountId, revoked: false });
    return { status: 200, body: { access_token: accessToken, token_type: 'Bearer', scope: app.scopes.join(' '), created_at: Math.floor(Date.now() / 1000) } };
  }

  private instanceJson(): Record<string, unknown> {
    return {
      domain: this.state.domain,
      title: 'Fake Social',
      version: '4.4.0',
      source_url: 'https://github.com/mastodon/mastodon',
      description: 'A fake instance for tests',
      configuration: {
        urls: { streaming: this.url.replace(/^http/, 'ws') },
        accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
        statuses: { max_characters: MAX_CHARACTERS, max_media_attachments: 4, characters_reserved_per_url: 23 },
        media_attachments: {
          supported_mime_types: SUPPORTED_TYPES,
          description_limit: 1500,
          image_size_limit: 16_777_216,
          image_matrix_limit: 33_177_600,
          video_size_limit: 103_809_024,
          video_frame_rate_limit: 120,
          video_matrix_limit: 8_294_400,
        },
        polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2_629_746 },
        translation: { enabled: false },
      },
      registrations: { enabled: false, approval_required: false, message: null },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Media (https://docs.joinmastodon.org/methods/media/)

  private async uploadMedia(incoming: Incoming, account: FakeAccount): Promise<Answer> {
    const form = await new Response(new Uint8Array(incoming.body), { headers: { 'content-type': incoming.headers['content-type'] ?? '' } }).formData().catch(() => undefined);
    const file = form?.get('file');
    if (!(file instanceof Blob)) return error(422, "Validation failed: File can't be blank");
    if (!SUPPORTED_TYPES.includes(file.type)) return error(422, 'Validation failed: File content type is invalid, File is invalid');
    const description = form?.get('description');
    const media = {
      id: this.state.newId(),
      accountId: account.id,
      type: file.type.startsWith('video/') ? ('video' as const) : ('image' as const),
      description: typeof description === 'string' ? description : null,
      // Every upload is processed in the background here, so the connector's wait is exercised.
      pendingChecks: 1,
      statusId: null,
    };
    this.state.media.set(media.id, media);
    return { status: 202, body: this.state.mediaJson(media) };
  }

  private checkMedia(id: string, account: FakeAccount): Answer {
    const media = this.state.media.get(id);
    if (!media || media.accountId !== account.id) return notFound();
    if (media.pendingChecks > 0) {
      media.pendingChecks -= 1;
      return { status: 206, body: { ...this.state.mediaJson(media), url: null } };
    }
    return { status: 200, body: this.state.mediaJson(media) };
  }

  // -------------------------------------------------------------------------------------------
  // Statuses (https://docs.joinmastodon.org/methods/statuses/)

  private postStatus(params: Params, idempotencyKey: string | string[] | undefined, account: FakeAccount): Answer {
    const key = typeof idempotencyKey === 'string' ? `${account.id}:${idempotencyKey}` : undefined;
    const earlier = key ? this.state.liveStatus(this.idempotency.get(key) ?? '') : undefined;
    if (earlier) return { status: 200, body: this.state.statusJson(earlier) };

    const text = params.get('status') ?? '';
    const spoilerText = params.get('spoiler_text') ?? '';
    const mediaIds = params.getAll('media_ids[]');
    const pollOptions = params.getAll('poll[options][]');
    const visibility = params.get('visibility') ?? 'public';
    if (visibility !== 'public' && visibility !== 'unlisted' && visibility !== 'private' && visibility !== 'direct') return error(422, 'Validation failed: Visibility is not included in the list');
    if (text.trim() === '' && mediaIds.length === 0) return error(422, "Validation failed: Text can't be blank");
    if ([...new Intl.Segmenter().segment(spoilerText + text)].length > MAX_CHARACTERS) return error(422, `Validation failed: Text character limit of ${MAX_CHARACTERS} exceeded`);
    if (pollOptions.length > 0 && mediaIds.length > 0) return error(422, 'Validation failed: Cannot attach files to a post with a poll');
    if (pollOptions.length === 1 || pollOptions.length > 4) return error(422, 'Validation failed: Poll must have between 2 and 4 options');
    const media = mediaIds.flatMap((id) => {
      const found = this.state.media.get(id);
      return found && found.accountId === account.id && found.statusId === null ? [found] : [];
    });
    if (media.some((item) => item.pendingChecks > 0)) return error(422, 'Cannot attach files that have not finished processing. Try again in a moment!');
    const inReplyToId = params.get('in_reply_to_id') ?? null;
    if (inReplyToId !== null) {
      const parent = this.state.liveStatus(inReplyToId);
      if (!parent || !this.state.canSee(account.id, parent)) return error(404, 'The post you are trying to reply to does not appear to exist.');
    }
    const expiresIn = Number(params.get('poll[expires_in]'));
    const status = this.state.createStatus(account, {
      text,
      spoilerText,
      visibility,
      inReplyToId,
      mediaIds: media.map((item) => item.id),
      poll: pollOptions.length > 0 ? { options: pollOptions, expiresAt: new Date(Date.now() + expiresIn * 1000), multiple: params.get('poll[multiple]') === 'true' } : null,
    });
    if (key) this.idempotency.set(key, status.id);
    return { status: 200, body: this.state.statusJson(status) };
  }

  /** Newest first, paged by max_id / since_id / min_id (https://docs.joinmastodon.org/methods/accounts/#statuses). */
  private accountStatuses(accountId: string, query: Params, viewer: FakeAccount): Answer {
    if (!this.state.accounts.has(accountId)) return notFound();
    const statuses = [...this.state.statuses.values()].filter(
      (status) => status.accountId === accountId && !status.deleted && status.visibility !== 'direct' && this.state.canSee(viewer.id, status),
    );
    return { status: 200, body: page(statuses, query, 20, 40).map((status) => this.state.statusJson(status)) };
  }

  private listNotifications(query: Params, account: FakeAccount): Answer {
    const types = query.getAll('types[]');
    const notifications = this.state.notifications.filter((notification) => notification.recipientId === account.id && (types.length === 0 || types.includes(notification.type)));
    return { status: 200, body: page(notifications, query, 40, 80).map((notification) => this.state.notificationJson(notification)) };
  }

  /** Full-text search, as an instance with Elasticsearch answers it for public statuses. */
  private search(query: Params): Answer {
    const q = (query.get('q') ?? '').toLowerCase();
    if (query.get('type') !== 'statuses') return { status: 200, body: { accounts: [], statuses: [], hashtags: [] } };
    const limit = Math.min(Number(query.get('limit') ?? 20) || 20, 40);
    const offset = Number(query.get('offset') ?? 0) || 0;
    const found = [...this.state.statuses.values()]
      .filter((status) => !status.deleted && status.visibility === 'public' && status.text.toLowerCase().includes(q))
      .reverse()
      .slice(offset, offset + limit);
    return { status: 200, body: { accounts: [], statuses: found.map((status) => this.state.statusJson(status)), hashtags: [] } };
  }
}

const compareIds = (a: string, b: string) => (a.length === b.length ? a.localeCompare(b) : a.length - b.length);

/** Mastodon's id pagination: max_id and since_id bound, min_id pages forward; always newest first. */
function page<T extends { id: string }>(items: T[], query: Params, defaultLimit: number, maxLimit: number): T[] {
  const limit = Math.min(Number(query.get('limit') ?? defaultLimit) || defaultLimit, maxLimit);
  const maxId = query.get('max_id');
  const sinceId = query.get('since_id');
  const minId = query.get('min_id');
  const bounded = [...items]
    .sort((a, b) => compareIds(b.id, a.id))
    .filter((item) => (!maxId || compareIds(item.id, maxId) < 0) && (!sinceId || compareIds(item.id, sinceId) > 0) && (!minId || compareIds(item.id, minId) > 0));
  // min_id returns the results immediately after it: the oldest ones, still listed newest first.
  return minId ? bounded.slice(-limit) : bounded.slice(0, limit);
}
