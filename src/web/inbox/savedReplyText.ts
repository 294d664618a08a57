/**
 * Fills a saved reply's variables in the browser, so that the composer shows the exact text that
 * will be sent and it can still be edited. The filling rules are the core's; this maps the open
 * conversation and the signed-in person onto them.
 */
import { fillSavedReply, type SavedReplyContext } from '../../core/inbox/saved-reply.js';
import type { ConversationSummary } from './types.js';

export function savedReplyContext(conversation: Pick<ConversationSummary, 'contact' | 'accountHandle'>, agentName: string): SavedReplyContext {
  return { contactName: conversation.contact.name, contactHandle: conversation.contact.handle, agentName, accountHandle: conversation.accountHandle };
}

export function savedReplyFor(body: string, conversation: Pick<ConversationSummary, 'contact' | 'accountHandle'>, agentName: string): string {
  return fillSavedReply(body, savedReplyContext(conversation, agentName));
}
