/**
 * The payloads of the events Chorus sends as webhooks and in-app notifications. One type, one
 * shape (Standard Webhooks, "Event types"), so receivers and the web UI can rely on the fields.
 * docs/webhooks.md lists them for people who write receivers.
 */
import type { InventoryDigest } from '../strategy/digest.js';

/** `inbox.response_overdue`: a conversation has waited longer than its response-time target. */
export interface ResponseOverduePayload {
  conversationId: string;
  accountId: string;
  network: string;
  accountHandle: string;
  waitedMinutes: number;
  targetMinutes: number;
}

/** `inbox.conversation_assigned`: someone was made responsible for a conversation. */
export interface ConversationAssignedPayload {
  conversationId: string;
  assigneeId: string;
  assigneeName: string;
  accountHandle: string;
}

/** `inbox.reply_failed`: a reply could not be sent through the network. */
export interface ReplyFailedPayload {
  conversationId: string;
  replyId: string;
  accountHandle: string;
  reason: string;
}

/** `account.health_changed`: a connected account became healthy, degraded or disconnected. */
export interface AccountHealthChangedPayload {
  accountId: string;
  network: string;
  accountHandle: string;
  status: string;
}

/** `inventory.weekly_digest`: once a week, the inventory's accounts that carry flags (S5). */
export type InventoryDigestPayload = InventoryDigest;

/** `post.status_changed`: someone submitted, approved, rejected, scheduled or unscheduled a post. */
export interface PostStatusChangedPayload {
  postId: string;
  action: string;
  from: string;
  to: string;
  actorName: string;
  comment: string | null;
}

/** `post.published`, `post.failed`, `post.needs_check`: how publishing a post on one account ended. */
export interface PostTargetOutcomePayload {
  postId: string;
  targetId: string;
  accountId: string;
  network: string;
  accountHandle: string;
  /** The post on the network, once published. */
  url: string | null;
  /** Why it failed or needs a look; null when published. */
  reason: string | null;
}

/** `report.generated`: a scheduled dashboard report was made and can be downloaded. */
export interface ReportGeneratedPayload {
  reportId: string;
  scheduleId: string;
  frequency: 'weekly' | 'monthly';
  periodFrom: string;
  periodTo: string;
  locale: string;
}

export interface EventPayloads {
  'inbox.response_overdue': ResponseOverduePayload;
  'inbox.conversation_assigned': ConversationAssignedPayload;
  'inbox.reply_failed': ReplyFailedPayload;
  'account.health_changed': AccountHealthChangedPayload;
  'inventory.weekly_digest': InventoryDigestPayload;
  'post.status_changed': PostStatusChangedPayload;
  'post.published': PostTargetOutcomePayload;
  'post.failed': PostTargetOutcomePayload;
  'post.needs_check': PostTargetOutcomePayload;
  'report.generated': ReportGeneratedPayload;
}

/** The body of a webhook: `{ type, timestamp, data }` as the spec's "Payload structure" recommends. */
export function webhookBody(type: string, occurredAt: Date, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: occurredAt.toISOString(), data });
}
