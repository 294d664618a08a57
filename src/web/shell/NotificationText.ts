import type { MessageKey } from '../i18n/dictionaries.js';
import type { MessageVars } from '../i18n/translate.js';

/** The transitions people are told about get their own sentence; the rest read as a change of status. */
const STATUS_CHANGE_KEYS: Partial<Record<string | number, MessageKey>> = {
  submit: 'notifications.type.postSubmitted',
  approve: 'notifications.type.postApproved',
  reject: 'notifications.type.postRejected',
};

/** A notification's sentence: its type picks the message, its payload fills the placeholders. */
export function notificationMessage(type: string, payload: Record<string, unknown>): { key: MessageKey; vars: MessageVars } {
  const text = (name: string) => {
    const value = payload[name];
    return typeof value === 'string' || typeof value === 'number' ? value : '?';
  };
  switch (type) {
    case 'inbox.response_overdue':
      return { key: 'notifications.type.responseOverdue', vars: { handle: text('accountHandle'), waited: text('waitedMinutes'), target: text('targetMinutes') } };
    case 'inbox.conversation_assigned':
      return { key: 'notifications.type.conversationAssigned', vars: { handle: text('accountHandle'), assignee: text('assigneeName') } };
    case 'inbox.reply_failed':
      return { key: 'notifications.type.replyFailed', vars: { handle: text('accountHandle'), reason: text('reason') } };
    case 'account.health_changed':
      return { key: 'notifications.type.accountHealthChanged', vars: { handle: text('accountHandle'), network: text('network'), status: text('status') } };
    case 'inventory.weekly_digest':
      return { key: 'notifications.type.inventoryDigest', vars: { week: text('week'), flagged: text('flaggedCount'), accounts: text('accountCount') } };
    case 'post.status_changed':
      return { key: STATUS_CHANGE_KEYS[text('action')] ?? 'notifications.type.postStatusChanged', vars: { actor: text('actorName'), comment: text('comment'), from: text('from'), to: text('to') } };
    case 'post.published':
      return { key: 'notifications.type.postPublished', vars: { handle: text('accountHandle') } };
    case 'post.failed':
      return { key: 'notifications.type.postFailed', vars: { handle: text('accountHandle'), reason: text('reason') } };
    case 'post.needs_check':
      return { key: 'notifications.type.postNeedsCheck', vars: { handle: text('accountHandle'), reason: text('reason') } };
    case 'report.generated':
      return { key: 'analytics.notification.reportGenerated', vars: { from: text('periodFrom'), to: text('periodTo') } };
    default:
      return { key: 'notifications.type.other', vars: { type } };
  }
}
