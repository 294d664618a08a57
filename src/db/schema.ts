/**
 * Drizzle's view of the tables. The SQL files in `migrations/` are the source of truth for the
 * database; this file mirrors them for typed queries (a test checks the two agree).
 */
import { bigint, bigserial, boolean, date, integer, jsonb, numeric, pgTable, primaryKey, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { BusinessHours, ConversationKind, ConversationStatus, InboxItemKind, PriorityReason, Sentiment } from '../core/inbox/types.js';
import type { Advice } from '../core/strategy/reasons.js';
import type { ChosenGoal } from '../core/strategy/goals.js';
import type { BusinessProfile } from '../core/strategy/profile.js';
import type { AccountStatus } from '../core/connections/health.js';
import type { ContentLimits } from '../connectors/contract.js';
import type { ChannelChoice, ContentPlan, StrategyRole } from '../core/planning/types.js';
import type { PostContent } from '../core/publishing/content.js';
import type { PostStatus, TargetStatus } from '../core/publishing/workflow.js';
import type { QueueSlot } from '../core/scheduling/queue-slots.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('en'),
  createdAt: createdAt(),
});

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('UTC'),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.userId] })],
);

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull(),
  role: text('role').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
});

export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: createdAt(),
  usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
});

export const loginFailures = pgTable('login_failures', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  email: text('email').notNull(),
  ip: text('ip').notNull(),
  createdAt: createdAt(),
});

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  workspaceId: uuid('workspace_id'),
  actorUserId: uuid('actor_user_id'),
  actorApiKeyId: uuid('actor_api_key_id'),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  ip: text('ip'),
  createdAt: createdAt(),
});

const timestampTz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const businessProfiles = pgTable('business_profiles', {
  workspaceId: uuid('workspace_id').primaryKey(),
  profile: jsonb('profile').$type<BusinessProfile>().notNull().default({}),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

export const strategyVersions = pgTable(
  'strategy_versions',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    version: integer('version').notNull(),
    profile: jsonb('profile').$type<BusinessProfile>().notNull(),
    advice: jsonb('advice').$type<Advice>().notNull(),
    goals: jsonb('goals').$type<ChosenGoal[]>().notNull(),
    channels: jsonb('channels').$type<ChannelChoice[]>().notNull(),
    contentPlan: jsonb('content_plan').$type<ContentPlan>().notNull(),
    roles: jsonb('roles').$type<StrategyRole[]>().notNull(),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.workspaceId, table.version)],
);

export const inventoryAccounts = pgTable('inventory_accounts', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  network: text('network').notNull(),
  handle: text('handle').notNull(),
  displayName: text('display_name'),
  url: text('url'),
  ownerUserId: uuid('owner_user_id'),
  purpose: text('purpose'),
  goal: text('goal'),
  connected: boolean('connected').notNull().default(false),
  tokenExpiresAt: timestampTz('token_expires_at'),
  lastPostAt: timestampTz('last_post_at'),
  createdAt: createdAt(),
});

/** One row per workspace and ISO week whose inventory digest was sent. */
export const inventoryDigests = pgTable(
  'inventory_digests',
  {
    workspaceId: uuid('workspace_id').notNull(),
    week: text('week').notNull(),
    sentAt: timestampTz('sent_at').notNull(),
    accountCount: integer('account_count').notNull(),
    flaggedCount: integer('flagged_count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.week] })],
);

export const onboarding = pgTable('onboarding', {
  workspaceId: uuid('workspace_id').primaryKey(),
  step: text('step').notNull(),
  skipped: boolean('skipped').notNull().default(false),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
});

export const connectedAccounts = pgTable(
  'connected_accounts',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    network: text('network').notNull(),
    externalId: text('external_id').notNull(),
    handle: text('handle').notNull(),
    displayName: text('display_name'),
    url: text('url'),
    settings: jsonb('settings').$type<Record<string, string>>().notNull().default({}),
    limits: jsonb('limits').$type<Partial<ContentLimits>>(),
    credentialsSealed: text('credentials_sealed').notNull(),
    status: text('status').$type<AccountStatus>().notNull().default('healthy'),
    tokenExpiresAt: timestampTz('token_expires_at'),
    refreshingUntil: timestampTz('refreshing_until'),
    lastErrorKind: text('last_error_kind'),
    lastError: text('last_error'),
    lastErrorAt: timestampTz('last_error_at'),
    lastOkAt: timestampTz('last_ok_at'),
    connectedBy: uuid('connected_by'),
    createdAt: createdAt(),
    updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  },
  (table) => [unique().on(table.workspaceId, table.network, table.externalId)],
);

export const oauthFlows = pgTable('oauth_flows', {
  state: text('state').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  userId: uuid('user_id').notNull(),
  network: text('network').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  codeVerifierSealed: text('code_verifier_sealed').notNull(),
  settingsSealed: text('settings_sealed').notNull(),
  reconnectAccountId: uuid('reconnect_account_id'),
  expiresAt: timestampTz('expires_at').notNull(),
  createdAt: createdAt(),
});

export const rateLimitWindows = pgTable(
  'rate_limit_windows',
  {
    scopeKey: text('scope_key').notNull(),
    bucket: text('bucket').notNull(),
    windowStartedAt: timestampTz('window_started_at').notNull(),
    used: integer('used').notNull().default(0),
    blockedUntil: timestampTz('blocked_until'),
  },
  (table) => [primaryKey({ columns: [table.scopeKey, table.bucket] })],
);

export const connectorState = pgTable(
  'connector_state',
  {
    connector: text('connector').notNull(),
    key: text('key').notNull(),
    value: jsonb('value').$type<unknown>().notNull(),
    updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.connector, table.key] })],
);

const sentimentColumn = () => text('sentiment').$type<Sentiment>();

export const inboxConversations = pgTable(
  'inbox_conversations',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    accountId: uuid('account_id').notNull(),
    network: text('network').notNull(),
    kind: text('kind').$type<ConversationKind>().notNull(),
    threadKey: text('thread_key').notNull(),
    status: text('status').$type<ConversationStatus>().notNull().default('open'),
    assigneeId: uuid('assignee_id'),
    contactExternalId: text('contact_external_id'),
    contactHandle: text('contact_handle'),
    contactName: text('contact_name'),
    contactFollowers: integer('contact_followers'),
    language: text('language'),
    sentiment: sentimentColumn(),
    priority: integer('priority').notNull().default(0),
    priorityReasons: jsonb('priority_reasons').$type<PriorityReason[]>().notNull().default([]),
    itemCount: integer('item_count').notNull().default(0),
    lastItemAt: timestampTz('last_item_at'),
    waitingSince: timestampTz('waiting_since'),
    firstInboundAt: timestampTz('first_inbound_at'),
    firstResponseAt: timestampTz('first_response_at'),
    firstResponseBy: uuid('first_response_by'),
    resolvedAt: timestampTz('resolved_at'),
    alertedAt: timestampTz('alerted_at'),
    createdAt: createdAt(),
    updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  },
  (table) => [unique().on(table.accountId, table.kind, table.threadKey)],
);

export const inboxItems = pgTable(
  'inbox_items',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    accountId: uuid('account_id').notNull(),
    conversationId: uuid('conversation_id').notNull(),
    externalId: text('external_id').notNull(),
    kind: text('kind').$type<InboxItemKind>().notNull(),
    direction: text('direction').$type<'inbound' | 'outbound'>().notNull(),
    text: text('text').notNull(),
    authorExternalId: text('author_external_id').notNull(),
    authorHandle: text('author_handle').notNull(),
    authorName: text('author_name'),
    authorUrl: text('author_url'),
    authorFollowers: integer('author_followers'),
    url: text('url'),
    inReplyToId: text('in_reply_to_id'),
    rootPostId: text('root_post_id'),
    language: text('language'),
    sentiment: sentimentColumn(),
    sentimentScore: real('sentiment_score'),
    priority: integer('priority').notNull().default(0),
    priorityReasons: jsonb('priority_reasons').$type<PriorityReason[]>().notNull().default([]),
    occurredAt: timestampTz('occurred_at').notNull(),
    receivedAt: timestampTz('received_at').notNull().defaultNow(),
    editedAt: timestampTz('edited_at'),
    deletedAt: timestampTz('deleted_at'),
    sentBy: uuid('sent_by'),
  },
  (table) => [unique().on(table.accountId, table.externalId)],
);

export const inboxCursors = pgTable('inbox_cursors', {
  accountId: uuid('account_id').primaryKey(),
  cursor: text('cursor'),
  nextPollAt: timestampTz('next_poll_at').notNull().defaultNow(),
  lastPolledAt: timestampTz('last_polled_at'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  lastError: text('last_error'),
});

export const inboxReplies = pgTable('inbox_replies', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  conversationId: uuid('conversation_id').notNull(),
  inReplyToItemId: uuid('in_reply_to_item_id').notNull(),
  authorId: uuid('author_id'),
  text: text('text').notNull(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  status: text('status').$type<'sending' | 'sent' | 'failed' | 'needs_check'>().notNull(),
  failureKind: text('failure_kind'),
  failureMessage: text('failure_message'),
  attempts: integer('attempts').notNull().default(0),
  itemId: uuid('item_id'),
  createdAt: createdAt(),
  sentAt: timestampTz('sent_at'),
});

export const inboxNotes = pgTable('inbox_notes', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  conversationId: uuid('conversation_id').notNull(),
  authorId: uuid('author_id'),
  text: text('text').notNull(),
  createdAt: createdAt(),
});

export const savedReplies = pgTable(
  'saved_replies',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.workspaceId, table.title)],
);

export const inboxSettings = pgTable('inbox_settings', {
  workspaceId: uuid('workspace_id').primaryKey(),
  businessHours: jsonb('business_hours').$type<BusinessHours>(),
  responseTargetMinutes: integer('response_target_minutes'),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
});

export const outboxEvents = pgTable('outbox_events', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  type: text('type').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});

export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  url: text('url').notNull(),
  secretSealed: text('secret_sealed').notNull(),
  eventTypes: text('event_types').array().notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    endpointId: uuid('endpoint_id').notNull(),
    eventId: uuid('event_id').notNull(),
    status: text('status').$type<'pending' | 'delivered' | 'failed'>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    nextAttemptAt: timestampTz('next_attempt_at').notNull().defaultNow(),
    deliveredAt: timestampTz('delivered_at'),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.endpointId, table.eventId)],
);

export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid('id').primaryKey(),
    deliveryId: uuid('delivery_id').notNull(),
    attempt: integer('attempt').notNull(),
    attemptedAt: timestampTz('attempted_at').notNull(),
    responseStatus: integer('response_status'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (table) => [unique().on(table.deliveryId, table.attempt)],
);

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  userId: uuid('user_id').notNull(),
  type: text('type').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
  readAt: timestampTz('read_at'),
});

export const posts = pgTable('posts', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  authorId: uuid('author_id'),
  status: text('status').$type<PostStatus>().notNull(),
  content: jsonb('content').$type<PostContent>().notNull(),
  campaign: text('campaign'),
  scheduledAt: timestampTz('scheduled_at'),
  recurrence: text('recurrence'),
  seriesId: uuid('series_id'),
  seriesStart: timestampTz('series_start'),
  occurrenceAt: timestampTz('occurrence_at'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
});

export const postTargets = pgTable(
  'post_targets',
  {
    id: uuid('id').primaryKey(),
    postId: uuid('post_id').notNull(),
    workspaceId: uuid('workspace_id').notNull(),
    accountId: uuid('account_id').notNull(),
    content: jsonb('content').$type<PostContent>(),
    status: text('status').$type<TargetStatus>().notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestampTz('next_attempt_at'),
    deadlineAt: timestampTz('deadline_at'),
    attemptStartedAt: timestampTz('attempt_started_at'),
    claimedUntil: timestampTz('claimed_until'),
    failureKind: text('failure_kind'),
    failureMessage: text('failure_message'),
    externalId: text('external_id'),
    url: text('url'),
    partIds: jsonb('part_ids').$type<string[]>(),
    publishedAt: timestampTz('published_at'),
    updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  },
  (table) => [unique().on(table.postId, table.accountId)],
);

export const postTransitions = pgTable('post_transitions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  postId: uuid('post_id').notNull(),
  workspaceId: uuid('workspace_id').notNull(),
  action: text('action').notNull(),
  fromStatus: text('from_status').$type<PostStatus>().notNull(),
  toStatus: text('to_status').$type<PostStatus>().notNull(),
  actorUserId: uuid('actor_user_id'),
  actorName: text('actor_name').notNull(),
  comment: text('comment'),
  at: timestampTz('at').notNull().defaultNow(),
});

export const publishingSettings = pgTable('publishing_settings', {
  workspaceId: uuid('workspace_id').primaryKey(),
  approvalRequired: boolean('approval_required').notNull().default(false),
  latePolicy: text('late_policy').$type<'send_anyway' | 'skip_after'>().notNull().default('skip_after'),
  lateMinutes: integer('late_minutes').notNull().default(60),
});

export const accountSchedules = pgTable('account_schedules', {
  accountId: uuid('account_id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  slots: jsonb('slots').$type<QueueSlot[]>().notNull().default([]),
  postsPerWeek: real('posts_per_week'),
});

export const mediaAssets = pgTable(
  'media_assets',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    contentHash: text('content_hash').notNull(),
    kind: text('kind').$type<'image' | 'video'>().notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    width: integer('width'),
    height: integer('height'),
    fileName: text('file_name').notNull(),
    altText: text('alt_text').notNull().default(''),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.workspaceId, table.contentHash)],
);

// --- Tracked links (issue 7, A3; migration 0008_links.sql) ---

export const linkSettings = pgTable('link_settings', {
  workspaceId: uuid('workspace_id').primaryKey(),
  trackingEnabled: boolean('tracking_enabled').notNull().default(true),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
});

export const shortLinks = pgTable(
  'short_links',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    code: text('code').notNull().unique(),
    postId: uuid('post_id').notNull(),
    targetId: uuid('target_id').notNull(),
    accountId: uuid('account_id'),
    network: text('network').notNull(),
    campaign: text('campaign'),
    targetUrl: text('target_url').notNull(),
    destinationUrl: text('destination_url').notNull(),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.targetId, table.targetUrl)],
);

export const linkClicksDaily = pgTable(
  'link_clicks_daily',
  {
    linkId: uuid('link_id').notNull(),
    day: text('day').notNull(),
    clicks: integer('clicks').notNull().default(0),
    botClicks: integer('bot_clicks').notNull().default(0),
    uniqueVisitors: integer('unique_visitors').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.linkId, table.day] })],
);

export const linkVisitorSalts = pgTable('link_visitor_salts', {
  day: text('day').primaryKey(),
  salt: text('salt').notNull(),
  createdAt: createdAt(),
});

export const linkVisitors = pgTable(
  'link_visitors',
  {
    linkId: uuid('link_id').notNull(),
    day: text('day').notNull(),
    visitorHash: text('visitor_hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.linkId, table.day, table.visitorHash] })],
);

// --- end of tracked links ---

// --- Orders and money (issue 7, A4/A5; migration 0009_orders.sql) ---

export const attributionSettings = pgTable('attribution_settings', {
  workspaceId: uuid('workspace_id').primaryKey(),
  windowDays: integer('window_days').notNull().default(30),
  currency: text('currency').notNull().default('EUR'),
  shopTag: text('shop_tag').unique(),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
});

export const vouchers = pgTable(
  'vouchers',
  {
    workspaceId: uuid('workspace_id').notNull(),
    code: text('code').notNull(),
    network: text('network').notNull(),
    campaign: text('campaign'),
    postId: uuid('post_id'),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.code] })],
);

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    orderId: text('order_id').notNull(),
    orderedAt: timestampTz('ordered_at').notNull(),
    amount: numeric('amount', { precision: 18, scale: 4, mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    customerHash: text('customer_hash'),
    source: text('source').$type<'api' | 'script' | 'csv'>().notNull(),
    touchKind: text('touch_kind').$type<'link' | 'utm' | 'voucher'>(),
    touchValue: text('touch_value'),
    touchUtm: jsonb('touch_utm').$type<Record<string, string>>(),
    touchedAt: timestampTz('touched_at'),
    attribution: text('attribution').$type<'attributed' | 'not_attributed'>().notNull(),
    attributionReason: text('attribution_reason'),
    windowDays: integer('window_days').notNull(),
    linkId: uuid('link_id'),
    targetId: uuid('target_id'),
    postId: uuid('post_id'),
    accountId: uuid('account_id'),
    network: text('network'),
    campaign: text('campaign'),
    voucher: text('voucher'),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.workspaceId, table.orderId)],
);

export const orderRequests = pgTable(
  'order_requests',
  {
    workspaceId: uuid('workspace_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    response: jsonb('response'),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.idempotencyKey] })],
);

export const spendEntries = pgTable('spend_entries', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  month: text('month').notNull(),
  network: text('network'),
  campaign: text('campaign'),
  kind: text('kind').$type<'ads' | 'tools' | 'hours'>().notNull(),
  amount: numeric('amount', { precision: 18, scale: 4, mode: 'number' }),
  hours: numeric('hours', { precision: 10, scale: 2, mode: 'number' }),
  hourlyRate: numeric('hourly_rate', { precision: 18, scale: 4, mode: 'number' }),
  currency: text('currency').notNull(),
  note: text('note').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
});

export const channelFigures = pgTable(
  'channel_figures',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    month: text('month').notNull(),
    channel: text('channel').notNull(),
    spend: numeric('spend', { precision: 18, scale: 4, mode: 'number' }).notNull(),
    orders: integer('orders').notNull(),
    revenue: numeric('revenue', { precision: 18, scale: 4, mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    createdAt: createdAt(),
    updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  },
  (table) => [unique().on(table.workspaceId, table.month, table.channel)],
);

// --- end of orders and money ---

// ---------------------------------------------------------------------------------------------
// Metrics (issue 7, metrics helper): snapshots, snapshot schedules and daily rollups (0007_metrics.sql)

const counter = (name: string) => bigint(name, { mode: 'number' });
const gained = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);
const postCounters = () => ({
  impressions: counter('impressions'),
  reach: counter('reach'),
  views: counter('views'),
  likes: counter('likes'),
  replies: counter('replies'),
  reposts: counter('reposts'),
  quotes: counter('quotes'),
  bookmarks: counter('bookmarks'),
  clicks: counter('clicks'),
});

export const metricPostSnapshots = pgTable(
  'metric_post_snapshots',
  {
    targetId: uuid('target_id').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull(),
    workspaceId: uuid('workspace_id').notNull(),
    ...postCounters(),
  },
  (table) => [primaryKey({ columns: [table.targetId, table.takenAt] })],
);

export const metricAccountSnapshots = pgTable(
  'metric_account_snapshots',
  {
    accountId: uuid('account_id').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull(),
    workspaceId: uuid('workspace_id').notNull(),
    followers: counter('followers'),
    following: counter('following'),
    posts: counter('posts'),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.takenAt] })],
);

export const metricPostSchedules = pgTable('metric_post_schedules', {
  targetId: uuid('target_id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  postId: uuid('post_id').notNull(),
  accountId: uuid('account_id').notNull(),
  network: text('network').notNull(),
  campaign: text('campaign'),
  externalId: text('external_id').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
  nextSnapshotAt: timestamp('next_snapshot_at', { withTimezone: true, mode: 'date' }),
  snapshotsTaken: integer('snapshots_taken').notNull().default(0),
  lastSnapshotAt: timestamp('last_snapshot_at', { withTimezone: true, mode: 'date' }),
  lastError: text('last_error'),
});

export const metricAccountSchedules = pgTable('metric_account_schedules', {
  accountId: uuid('account_id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  nextSnapshotAt: timestamp('next_snapshot_at', { withTimezone: true, mode: 'date' }).notNull(),
  lastSnapshotAt: timestamp('last_snapshot_at', { withTimezone: true, mode: 'date' }),
  lastError: text('last_error'),
});

export const metricPostDaily = pgTable(
  'metric_post_daily',
  {
    targetId: uuid('target_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    workspaceId: uuid('workspace_id').notNull(),
    accountId: uuid('account_id').notNull(),
    network: text('network').notNull(),
    campaign: text('campaign'),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull(),
    ...postCounters(),
    gainedImpressions: gained('gained_impressions'),
    gainedReach: gained('gained_reach'),
    gainedViews: gained('gained_views'),
    gainedLikes: gained('gained_likes'),
    gainedReplies: gained('gained_replies'),
    gainedReposts: gained('gained_reposts'),
    gainedQuotes: gained('gained_quotes'),
    gainedBookmarks: gained('gained_bookmarks'),
    gainedClicks: gained('gained_clicks'),
  },
  (table) => [primaryKey({ columns: [table.targetId, table.day] })],
);

export const metricDailyTotals = pgTable(
  'metric_daily_totals',
  {
    workspaceId: uuid('workspace_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    accountId: uuid('account_id').notNull(),
    network: text('network').notNull(),
    campaign: text('campaign').notNull().default(''),
    impressions: gained('impressions'),
    reach: gained('reach'),
    views: gained('views'),
    likes: gained('likes'),
    replies: gained('replies'),
    reposts: gained('reposts'),
    quotes: gained('quotes'),
    bookmarks: gained('bookmarks'),
    clicks: gained('clicks'),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.day, table.accountId, table.network, table.campaign] })],
);

export const metricAccountDaily = pgTable(
  'metric_account_daily',
  {
    accountId: uuid('account_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    workspaceId: uuid('workspace_id').notNull(),
    network: text('network').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull(),
    followers: counter('followers'),
    following: counter('following'),
    posts: counter('posts'),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.day] })],
);
// --- end of metrics tables

// --- Reports (issue 7, A7; migration 0010_reports.sql): share links, schedules, generated reports ---

export const reportShareLinks = pgTable('report_share_links', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  periodFrom: date('period_from', { mode: 'string' }).notNull(),
  periodTo: date('period_to', { mode: 'string' }).notNull(),
  denominator: text('denominator').notNull().$type<'reach' | 'impressions' | 'followers'>(),
  locale: text('locale').notNull(),
  html: text('html').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  viewCount: integer('view_count').notNull().default(0),
  lastViewedAt: timestamp('last_viewed_at', { withTimezone: true, mode: 'date' }),
});

export const reportSchedules = pgTable('report_schedules', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull(),
  frequency: text('frequency').notNull().$type<'weekly' | 'monthly'>(),
  weekday: integer('weekday'),
  monthDay: integer('month_day'),
  hour: integer('hour').notNull(),
  minute: integer('minute').notNull(),
  locale: text('locale').notNull(),
  denominator: text('denominator').notNull().$type<'reach' | 'impressions' | 'followers'>(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

export const generatedReports = pgTable(
  'generated_reports',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    scheduleId: uuid('schedule_id'),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    denominator: text('denominator').notNull().$type<'reach' | 'impressions' | 'followers'>(),
    locale: text('locale').notNull(),
    workspaceName: text('workspace_name').notNull(),
    dashboard: jsonb('dashboard').notNull().$type<unknown>(),
    html: text('html').notNull(),
    createdAt: createdAt(),
  },
  (table) => [unique().on(table.scheduleId, table.dueAt)],
);

export const schema = {
  metricPostSnapshots,
  metricAccountSnapshots,
  metricPostSchedules,
  metricAccountSchedules,
  metricPostDaily,
  metricDailyTotals,
  metricAccountDaily,
  users,
  workspaces,
  memberships,
  sessions,
  apiKeys,
  setupTokens,
  loginFailures,
  auditLog,
  businessProfiles,
  strategyVersions,
  inventoryAccounts,
  inventoryDigests,
  onboarding,
  connectedAccounts,
  oauthFlows,
  rateLimitWindows,
  connectorState,
  inboxConversations,
  inboxItems,
  inboxCursors,
  inboxReplies,
  inboxNotes,
  savedReplies,
  inboxSettings,
  outboxEvents,
  webhookEndpoints,
  webhookDeliveries,
  webhookAttempts,
  notifications,
  posts,
  postTargets,
  postTransitions,
  publishingSettings,
  accountSchedules,
  mediaAssets,
  linkSettings,
  shortLinks,
  linkClicksDaily,
  linkVisitorSalts,
  linkVisitors,
  attributionSettings,
  vouchers,
  orders,
  orderRequests,
  spendEntries,
  channelFigures,
  reportShareLinks,
  reportSchedules,
  generatedReports,
};
