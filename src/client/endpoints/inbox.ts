/**
 * Endpoints of the unified inbox (issue 6): conversations and their items, replies, notes,
 * saved replies, assignment and status, response-time settings and report; and the in-app
 * notifications and signed webhooks that carry alerts. Live updates come as server-sent events
 * from GET /api/workspaces/:workspaceId/inbox/events (outside this contract: a stream, not JSON).
 */
import { z } from 'zod';
import { FAILURE_KINDS } from '../../core/connections/vocabulary.js';
import {
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  INBOX_ITEM_KINDS,
  PRIORITY_REASON_CODES,
  SENTIMENTS,
  WEEKDAYS,
} from '../../core/inbox/types.js';
import { define, id, isoDate, list, ok, workspaceParams } from '../contract.js';

export const priorityReasonSchema = z.object({
  code: z.enum(PRIORITY_REASON_CODES),
  points: z.number(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** What the list shows of a conversation. */
export const conversationSummarySchema = z.object({
  id,
  accountId: id,
  network: z.string(),
  accountHandle: z.string(),
  kind: z.enum(CONVERSATION_KINDS),
  status: z.enum(CONVERSATION_STATUSES),
  assignee: z.object({ id, name: z.string() }).nullable(),
  contact: z.object({ externalId: z.string().nullable(), handle: z.string().nullable(), name: z.string().nullable(), followers: z.number().nullable() }),
  /** The latest inbound item's text, shortened. */
  preview: z.string(),
  language: z.string().nullable(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  priority: z.number(),
  priorityReasons: z.array(priorityReasonSchema),
  itemCount: z.number(),
  lastItemAt: isoDate.nullable(),
  waitingSince: isoDate.nullable(),
  firstResponseAt: isoDate.nullable(),
  /** Minutes over the response target while unanswered (business hours counted), else null. */
  overdueMinutes: z.number().nullable(),
});

export const inboxItemSchema = z.object({
  id,
  externalId: z.string(),
  kind: z.enum(INBOX_ITEM_KINDS),
  direction: z.enum(['inbound', 'outbound']),
  text: z.string(),
  author: z.object({ externalId: z.string(), handle: z.string(), name: z.string().nullable(), url: z.string().nullable(), followers: z.number().nullable() }),
  url: z.string().nullable(),
  inReplyToId: z.string().nullable(),
  rootPostId: z.string().nullable(),
  language: z.string().nullable(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  priority: z.number(),
  priorityReasons: z.array(priorityReasonSchema),
  occurredAt: isoDate,
  editedAt: isoDate.nullable(),
  deletedAt: isoDate.nullable(),
  sentBy: z.object({ id, name: z.string() }).nullable(),
});

export const inboxReplySchema = z.object({
  id,
  conversationId: id,
  inReplyToItemId: id,
  text: z.string(),
  status: z.enum(['sending', 'sent', 'failed', 'needs_check']),
  failure: z.object({ kind: z.enum(FAILURE_KINDS), message: z.string() }).nullable(),
  attempts: z.number(),
  itemId: id.nullable(),
  author: z.object({ id, name: z.string() }).nullable(),
  createdAt: isoDate,
  sentAt: isoDate.nullable(),
});

export const inboxNoteSchema = z.object({ id, text: z.string(), author: z.object({ id, name: z.string() }).nullable(), createdAt: isoDate });

export const conversationDetailSchema = z.object({
  conversation: conversationSummarySchema.extend({
    resolvedAt: isoDate.nullable(),
    /** Limits the reply composer checks before sending (the account's connector). */
    replyLimits: z.object({ maxLength: z.number(), counting: z.string() }),
  }),
  items: z.array(inboxItemSchema),
  replies: z.array(inboxReplySchema),
  notes: z.array(inboxNoteSchema),
  /** The contact's other conversations with this workspace, newest first. */
  history: z.array(z.object({ id, kind: z.enum(CONVERSATION_KINDS), status: z.enum(CONVERSATION_STATUSES), lastItemAt: isoDate.nullable(), preview: z.string() })),
});

const conversationParams = z.strictObject({ workspaceId: id, conversationId: id });
const trueFalse = z.enum(['true', 'false']).transform((value) => value === 'true');

export const conversationFilterSchema = z.strictObject({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  network: z.string().max(40).optional(),
  accountId: id.optional(),
  /** A member's id, `me`, or `none` for unassigned. */
  assignee: z.union([id, z.enum(['me', 'none'])]).optional(),
  sentiment: z.enum(SENTIMENTS).optional(),
  language: z.string().min(2).max(8).optional(),
  /** Only conversations at or above this priority. */
  minPriority: z.coerce.number().int().min(0).max(1000).optional(),
  unanswered: trueFalse.optional(),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time such as 09:00');
export const businessHoursSchema = z.partialRecord(z.enum(WEEKDAYS), z.array(z.tuple([hhmm, hhmm])).max(4));
export const inboxSettingsSchema = z.object({
  businessHours: businessHoursSchema.nullable(),
  responseTargetMinutes: z.number().int().min(1).max(10_080).nullable(),
  /** The target in force: the setting, else the strategy's, else none. */
  effectiveTargetMinutes: z.number().nullable(),
});

const responseFigures = z.object({
  conversations: z.number(),
  answered: z.number(),
  medianFirstResponseMinutes: z.number().nullable(),
  medianResolutionMinutes: z.number().nullable(),
  /** Share (0–1) of answered conversations answered within the target; null without a target. */
  withinTargetShare: z.number().nullable(),
});

export const responseReportSchema = z.object({
  from: isoDate,
  to: isoDate,
  targetMinutes: z.number().nullable(),
  businessHours: z.boolean(),
  overall: responseFigures,
  byAgent: z.array(responseFigures.extend({ userId: id, name: z.string() })),
  byAccount: z.array(responseFigures.extend({ accountId: id, handle: z.string(), network: z.string() })),
  byNetwork: z.array(responseFigures.extend({ network: z.string() })),
});

export const notificationSchema = z.object({ id, type: z.string(), payload: z.record(z.string(), z.unknown()), createdAt: isoDate, readAt: isoDate.nullable() });

export const WEBHOOK_EVENT_TYPES = [
  'inbox.response_overdue',
  'inbox.conversation_assigned',
  'inbox.reply_failed',
  'account.health_changed',
  'inventory.weekly_digest',
  'post.status_changed',
  'post.published',
  'post.failed',
  'post.needs_check',
  'report.generated',
] as const;
export const webhookEndpointSchema = z.object({ id, url: z.string(), eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)), active: z.boolean(), createdAt: isoDate });
export const webhookDeliverySchema = z.object({
  id,
  eventId: id,
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  responseStatus: z.number().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: isoDate,
  deliveredAt: isoDate.nullable(),
  createdAt: isoDate,
  /** Every attempt, oldest first: the receiver's HTTP status or the reason no answer came. */
  attemptLog: z.array(z.object({ attempt: z.number(), attemptedAt: isoDate, responseStatus: z.number().nullable(), error: z.string().nullable(), durationMs: z.number() })),
});

export const SIMULATED_EVENT_KINDS = ['comment', 'mention', 'direct_message'] as const;

export const inboxEndpoints = {
  listConversations: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/inbox/conversations',
    summary: 'Conversations, highest priority first, with filters; paged by cursor',
    auth: 'any',
    params: workspaceParams,
    query: conversationFilterSchema,
    response: z.object({ items: z.array(conversationSummarySchema), nextCursor: z.string().nullable() }),
  }),
  getConversation: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/inbox/conversations/:conversationId',
    summary: 'One conversation with its items, replies, notes and the contact’s history',
    auth: 'any',
    params: conversationParams,
    response: conversationDetailSchema,
  }),
  updateConversation: define({
    method: 'PATCH',
    path: '/api/workspaces/:workspaceId/inbox/conversations/:conversationId',
    summary: 'Change the status (open, pending, closed) or the assignee (null to unassign)',
    auth: 'any',
    params: conversationParams,
    body: z.strictObject({ status: z.enum(CONVERSATION_STATUSES).optional(), assigneeId: id.nullable().optional() }),
    response: conversationSummarySchema,
  }),
  bulkUpdateConversations: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/inbox/conversations/bulk',
    summary: 'Change the status or assignee of several conversations at once',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ ids: z.array(id).min(1).max(500), status: z.enum(CONVERSATION_STATUSES).optional(), assigneeId: id.nullable().optional() }),
    response: z.object({ updated: z.number() }),
  }),
  replyToConversation: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/inbox/conversations/:conversationId/replies',
    summary: 'Reply through the network; the same idempotency key never sends twice',
    auth: 'any',
    params: conversationParams,
    body: z.strictObject({ inReplyToItemId: id, text: z.string().trim().min(1).max(10_000), idempotencyKey: z.string().min(8).max(100) }),
    response: inboxReplySchema,
    status: 201,
  }),
  retryReply: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/inbox/replies/:replyId/retry',
    summary: 'Send a failed reply again (same idempotency key)',
    auth: 'any',
    params: z.strictObject({ workspaceId: id, replyId: id }),
    response: inboxReplySchema,
  }),
  addNote: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/inbox/conversations/:conversationId/notes',
    summary: 'An internal note on a conversation, seen by the team only',
    auth: 'any',
    params: conversationParams,
    body: z.strictObject({ text: z.string().trim().min(1).max(5_000) }),
    response: inboxNoteSchema,
    status: 201,
  }),
  listSavedReplies: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/inbox/saved-replies',
    summary: 'Saved replies; {name}, {handle}, {agent} and {account} are filled in when used',
    auth: 'any',
    params: workspaceParams,
    response: list(z.object({ id, title: z.string(), body: z.string(), createdAt: isoDate })),
  }),
  createSavedReply: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/inbox/saved-replies',
    summary: 'Add a saved reply',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ title: z.string().trim().min(1).max(100), body: z.string().trim().min(1).max(5_000) }),
    response: z.object({ id, title: z.string(), body: z.string(), createdAt: isoDate }),
    status: 201,
  }),
  deleteSavedReply: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/inbox/saved-replies/:savedReplyId',
    summary: 'Remove a saved reply',
    auth: 'any',
    params: z.strictObject({ workspaceId: id, savedReplyId: id }),
    response: ok,
  }),
  getInboxSettings: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/inbox/settings',
    summary: 'Business hours and the response-time target',
    auth: 'any',
    params: workspaceParams,
    response: inboxSettingsSchema,
  }),
  saveInboxSettings: define({
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/inbox/settings',
    summary: 'Set business hours (null: always open) and the response-time target (null: from the strategy)',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ businessHours: businessHoursSchema.nullable(), responseTargetMinutes: z.number().int().min(1).max(10_080).nullable() }),
    response: inboxSettingsSchema,
  }),
  getResponseReport: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/inbox/report',
    summary: 'First-response and resolution medians and the share answered within target, per agent, account and network',
    auth: 'any',
    params: workspaceParams,
    query: z.strictObject({ from: isoDate.optional(), to: isoDate.optional() }),
    response: responseReportSchema,
  }),
  pollInboxNow: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/inbox/poll',
    summary: 'Fetch new comments, mentions and messages from every connected account now',
    auth: 'any',
    params: workspaceParams,
    response: z.object({ accounts: z.number() }),
  }),
  simulateActivity: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/connections/:accountId/simulate',
    summary: 'Simulated networks only (demo, tests): someone comments, mentions or writes to the account',
    auth: 'any',
    params: z.strictObject({ workspaceId: id, accountId: id }),
    body: z.strictObject({
      kind: z.enum(SIMULATED_EVENT_KINDS),
      text: z.string().trim().min(1).max(2_000),
      authorHandle: z.string().trim().min(1).max(100).optional(),
      authorFollowers: z.number().int().min(0).max(1_000_000_000).optional(),
    }),
    response: ok,
  }),
  listNotifications: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/notifications',
    summary: 'Your in-app notifications in this workspace, newest first',
    auth: 'session',
    params: workspaceParams,
    response: z.object({ items: z.array(notificationSchema), unread: z.number() }),
  }),
  markNotificationsRead: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/notifications/read',
    summary: 'Mark notifications as read (all of yours when no ids are given)',
    auth: 'session',
    params: workspaceParams,
    body: z.strictObject({ ids: z.array(id).max(500).optional() }),
    response: ok,
  }),
  listWebhooks: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/webhooks',
    summary: 'Webhook endpoints (Standard Webhooks signatures)',
    auth: 'any',
    params: workspaceParams,
    response: list(webhookEndpointSchema),
  }),
  createWebhook: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/webhooks',
    summary: 'Add a webhook endpoint; the signing secret is shown once',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(2_000), eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1) }),
    response: z.object({ endpoint: webhookEndpointSchema, secret: z.string() }),
    status: 201,
  }),
  deleteWebhook: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/webhooks/:webhookId',
    summary: 'Remove a webhook endpoint',
    auth: 'any',
    params: z.strictObject({ workspaceId: id, webhookId: id }),
    response: ok,
  }),
  listWebhookDeliveries: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/webhooks/:webhookId/deliveries',
    summary: 'The delivery log of one endpoint, newest first',
    auth: 'any',
    params: z.strictObject({ workspaceId: id, webhookId: id }),
    response: list(webhookDeliverySchema),
  }),
} as const;
