/**
 * The one contract every network implements (docs/connectors.md). A connector is a folder
 * `src/connectors/<network>/` whose `index.ts` default-exports `defineConnector(...)`; the registry
 * finds it by discovery. Everything outside that folder talks to networks only through these
 * types, and decides by capability and failure kind, never by network.
 */
import { CAPABILITIES, FAILURE_KINDS, type Capability, type FailureKind, type MediaLimits, type PollLimits } from '../core/connections/vocabulary.js';
import type { Locale } from '../core/validation.js';

/** Text in the four languages of the UI. */
export type Localized = Readonly<Record<Locale, string>>;

export { CAPABILITIES, FAILURE_KINDS, type Capability, type FailureKind };

/** How the network counts the length of a post, as its documentation defines it. */
export type TextCounting = 'graphemes' | 'characters' | 'utf16' | 'weighted';

/** Content rules by the network's own counting; checked in the composer before scheduling. */
export interface ContentLimits {
  text: { maxLength: number; counting: TextCounting };
  media: MediaLimits;
  poll: PollLimits | null;
  thread: { maxParts: number } | null;
}

/** Operations the rate-limit ledger budgets. */
export type Operation = 'connect' | 'test' | 'refresh' | 'publish' | 'delete' | 'metrics' | 'inbound' | 'reply' | 'search';

/**
 * A documented limit the ledger spends ahead of time. `scope` says whose budget it is: each
 * connected account's, or the whole Chorus app's (one OAuth client). `cost` is per unit of the
 * operation (a thread of three posts is three units of `publish`); operations not listed cost 0.
 */
export interface RateBudget {
  bucket: string;
  scope: 'account' | 'app';
  limit: number;
  windowSeconds: number;
  cost: Partial<Record<Operation, number>>;
  /** The documentation page the figures come from. */
  source: string;
}

/** A field the person fills in to connect an account (or before an OAuth redirect). */
export interface ConnectField {
  name: string;
  label: Localized;
  help?: Localized;
  /** Secrets are encrypted at rest, never shown again and never logged. */
  secret: boolean;
  required: boolean;
  defaultValue?: string;
  placeholder?: string;
}

export type ConnectMethod =
  | { kind: 'credentials'; fields: readonly ConnectField[] }
  | { kind: 'oauth2'; fields: readonly ConnectField[] };

export interface ConnectorManifest {
  /** Lower-case id, equal to the folder name; stored with every account. */
  id: string;
  name: string;
  connect: ConnectMethod;
  limits: ContentLimits;
  rateBudgets: readonly RateBudget[];
  capabilities: readonly Capability[];
  docs: readonly { title: string; url: string }[];
  /** How a production install registers the app this network needs, for docs/connectors.md. */
  setup: string;
}

// ---------------------------------------------------------------------------------------------
// Failures

/** Every error a connector raises. `message` is written for the person who sees it. */
export class ConnectorError extends Error {
  readonly kind: FailureKind;
  /** For `rate_limited`: when the network allows the next request. */
  readonly resetAt: Date | undefined;
  /** The HTTP status, when the failure came from a response. */
  readonly status: number | undefined;
  constructor(kind: FailureKind, message: string, options: { resetAt?: Date; status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConnectorError';
    this.kind = kind;
    this.resetAt = options.resetAt;
    this.status = options.status;
  }
}

export const isConnectorError = (error: unknown): error is ConnectorError => error instanceof ConnectorError;

// ---------------------------------------------------------------------------------------------
// Accounts and sessions

/** Who the account is on the network, read at connect time and by "test connection". */
export interface AccountIdentity {
  externalId: string;
  handle: string;
  displayName: string | null;
  url: string | null;
  /** Limits that differ per account or instance (a Mastodon instance's own character limit). */
  limits?: Partial<ContentLimits>;
}

/** What connecting yields; `credentials` are encrypted at rest, `settings` are not secret. */
export interface ConnectResult {
  identity: AccountIdentity;
  credentials: Record<string, string>;
  settings: Record<string, string>;
  /** When the access credentials expire, if they do. */
  expiresAt: Date | null;
}

/** A connected account as a capability sees it, with its credentials decrypted. */
export interface AccountSession {
  accountId: string;
  externalId: string;
  handle: string;
  settings: Readonly<Record<string, string>>;
  credentials: Readonly<Record<string, string>>;
}

/** A rate-limit state read from a response's headers, for the ledger. */
export interface RateObservation {
  bucket: string;
  remaining: number;
  resetAt: Date;
}

/** The first argument of every capability: the account, and a way to report rate-limit headers. */
export interface ConnectorCall {
  session: AccountSession;
  observeRateLimit(observation: RateObservation): void;
}

// ---------------------------------------------------------------------------------------------
// Capabilities' data

export interface MediaAttachment {
  kind: 'image' | 'video';
  mimeType: string;
  fileName: string;
  bytes: Uint8Array;
  altText?: string;
}

export interface PostPart {
  text: string;
  media: readonly MediaAttachment[];
}

export interface PollRequest {
  options: readonly string[];
  durationMinutes: number;
  multipleChoice: boolean;
}

export interface PublishRequest {
  /** Same key, same post: a connector uses it to publish at most once and to find the post again. */
  idempotencyKey: string;
  /** One part is a post; more parts are a thread. */
  parts: readonly [PostPart, ...PostPart[]];
  poll?: PollRequest;
  firstComment?: string;
  contentWarning?: string;
}

export interface PublishedPost {
  /** Opaque to Chorus; the connector encodes what it needs to reply to or delete the post. */
  externalId: string;
  url: string | null;
  publishedAt: Date;
  /** The ids of every part of a thread, the first equal to `externalId`. */
  partIds: readonly string[];
  firstCommentId?: string;
}

/** Raw counters as the network reports them; absent when the network does not report one. */
export interface PostMetrics {
  externalId: string;
  impressions?: number;
  reach?: number;
  views?: number;
  likes?: number;
  replies?: number;
  reposts?: number;
  quotes?: number;
  bookmarks?: number;
  clicks?: number;
}

export interface AccountMetrics {
  followers?: number;
  following?: number;
  posts?: number;
}

export interface InboundAuthor {
  externalId: string;
  handle: string;
  name: string | null;
  url: string | null;
  followers?: number;
}

/** A comment, mention, direct message or search result, as the inbox and listening store it. */
export interface InboundItem {
  externalId: string;
  kind: 'comment' | 'mention' | 'direct_message' | 'review' | 'post';
  text: string;
  author: InboundAuthor;
  createdAt: Date;
  url: string | null;
  /** The item it answers, if any (a comment's parent). */
  inReplyToId: string | null;
  /** The account's own post a comment belongs to, if any. */
  rootPostId: string | null;
  /** For direct messages: the conversation it belongs to. */
  conversationId: string | null;
}

/** A page of items; pass `cursor` back to get what came after. */
export interface Page<T> {
  items: T[];
  cursor: string | null;
}

/** What the current state of an item read before is on the network. */
export interface InboundUpdate {
  externalId: string;
  deleted: boolean;
  /** The text now, when it was edited. */
  text?: string;
  editedAt?: Date;
}

/** Something that happens on a simulated network (demo, tests): someone writes to the account. */
export interface SimulatedEvent {
  kind: 'comment' | 'mention' | 'direct_message';
  text: string;
  authorHandle?: string;
  authorFollowers?: number;
}

export interface ReplyRequest {
  idempotencyKey: string;
  to: Pick<InboundItem, 'externalId' | 'kind' | 'conversationId' | 'rootPostId'>;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// The connector

export interface OAuthBegin {
  fields: Readonly<Record<string, string>>;
  redirectUri: string;
  state: string;
  /** S256 code challenge (RFC 7636). */
  codeChallenge: string;
}

export interface OAuthComplete {
  code: string;
  codeVerifier: string;
  redirectUri: string;
  /** What `begin` asked to keep (an instance URL, a per-instance client id). */
  settings: Readonly<Record<string, string>>;
}

export interface OAuthFlow {
  begin: (request: OAuthBegin) => Promise<{ authorizeUrl: string; settings: Record<string, string> }>;
  complete: (request: OAuthComplete) => Promise<ConnectResult>;
}

export interface Connector {
  manifest: ConnectorManifest;
  /** The post's length by the network's own counting rules. */
  measureText: (text: string) => number;
  /** For `credentials` connect: checks the fields against the network and returns the account. */
  connect?: (fields: Readonly<Record<string, string>>) => Promise<ConnectResult>;
  oauth?: OAuthFlow;
  /** New credentials from old ones (refresh token, session refresh). Keep what the network does not renew. */
  refresh?: (session: AccountSession) => Promise<{ credentials: Record<string, string>; expiresAt: Date | null }>;
  /** A cheap call that proves the credentials work. */
  testConnection: (call: ConnectorCall) => Promise<AccountIdentity>;
  publish?: (call: ConnectorCall, request: PublishRequest) => Promise<PublishedPost>;
  /** After `outcome_unknown`: the post published with this key, if the network has it. */
  findPublished?: (call: ConnectorCall, request: PublishRequest, since: Date) => Promise<PublishedPost | null>;
  delete?: (call: ConnectorCall, externalId: string) => Promise<void>;
  accountMetrics?: (call: ConnectorCall) => Promise<AccountMetrics>;
  postMetrics?: (call: ConnectorCall, externalIds: readonly string[]) => Promise<PostMetrics[]>;
  /** Comments, mentions and direct messages newer than the cursor, oldest first. */
  fetchInbound?: (call: ConnectorCall, cursor: string | null) => Promise<Page<InboundItem>>;
  /** Edits and deletions of items read before; networks without it keep what was read. */
  refreshInbound?: (call: ConnectorCall, externalIds: readonly string[]) => Promise<InboundUpdate[]>;
  reply?: (call: ConnectorCall, request: ReplyRequest) => Promise<PublishedPost>;
  /** Simulated networks only: someone acts on the network (a comment on the account's latest post, a mention, a message). */
  simulate?: (call: ConnectorCall, event: SimulatedEvent) => Promise<void>;
  search?: (call: ConnectorCall, query: string, cursor: string | null) => Promise<Page<InboundItem>>;
}

/** A small durable key-value store per connector (for a simulated network's state, cached ids). */
export interface ConnectorStore {
  get: (key: string) => Promise<unknown>;
  put: (key: string, value: unknown) => Promise<void>;
  /** Stores several values at once: after a crash, all of them are there or none. */
  putMany: (entries: ReadonlyArray<{ key: string; value: unknown }>) => Promise<void>;
  /** Stores the value only if the key is new, atomically across processes; true when it did. */
  putIfAbsent: (key: string, value: unknown) => Promise<boolean>;
  list: (prefix: string) => Promise<{ key: string; value: unknown }[]>;
}

/** What Chorus gives a connector when it builds it. */
export interface ConnectorEnvironment {
  fetch: typeof fetch;
  clock: { now(): Date };
  /** The network's API base URL: `fallback` in production, a local peer in tests. */
  endpoint(name: string, fallback: string): string;
  /** The OAuth client registered for this network, when the install configured one. */
  oauthClient: { clientId: string; clientSecret: string | null } | null;
  store: ConnectorStore;
  /** Milliseconds a request may take before it counts as timed out. */
  requestTimeoutMs: number;
}

export type ConnectorFactory = (environment: ConnectorEnvironment) => Connector;

/** What a connector folder's `index.ts` default-exports. */
export interface ConnectorModule {
  manifest: ConnectorManifest;
  create: ConnectorFactory;
}

export function defineConnector(module: ConnectorModule): ConnectorModule {
  return module;
}
