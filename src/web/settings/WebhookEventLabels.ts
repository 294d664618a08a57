import { WEBHOOK_EVENT_TYPES } from '../../client/endpoints/inbox.js';
import type { MessageKey } from '../i18n/dictionaries.js';

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What each event type is called in the UI; the ids themselves stay as the API sends them. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, MessageKey> = {
  'inbox.response_overdue': 'webhooks.event.responseOverdue',
  'inbox.conversation_assigned': 'webhooks.event.conversationAssigned',
  'inbox.reply_failed': 'webhooks.event.replyFailed',
  'account.health_changed': 'webhooks.event.accountHealthChanged',
  'inventory.weekly_digest': 'webhooks.event.inventoryDigest',
  'post.status_changed': 'publishing.webhookEvent.statusChanged',
  'post.published': 'publishing.webhookEvent.published',
  'post.failed': 'publishing.webhookEvent.failed',
  'post.needs_check': 'publishing.webhookEvent.needsCheck',
  'report.generated': 'analytics.webhookEvent.reportGenerated',
};

export { WEBHOOK_EVENT_TYPES };
