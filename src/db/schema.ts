/**
 * Drizzle's view of the tables. The SQL files in `migrations/` are the source of truth for the
 * database; this file mirrors them for typed queries (a test checks the two agree).
 */
import { bigint, bigserial, boolean, integer, jsonb, pgTable, primaryKey, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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

export const schema = {
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
};
