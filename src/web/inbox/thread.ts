/**
 * A conversation's thread in time order: what people wrote, the team's replies with their
 * delivery status, and internal notes. A sent reply stands for the outbound item it became, so
 * that it is shown once, with its status.
 */
import type { ConversationDetail, InboxItem, InboxNote, InboxReply } from './types.js';

export type ThreadEntry =
  | { type: 'item'; at: string; item: InboxItem }
  | { type: 'reply'; at: string; reply: InboxReply; item: InboxItem | undefined }
  | { type: 'note'; at: string; note: InboxNote };

export function threadEntries(detail: Pick<ConversationDetail, 'items' | 'replies' | 'notes'>): ThreadEntry[] {
  const itemsById = new Map(detail.items.map((item) => [item.id, item]));
  const replyItemIds = new Set(detail.replies.flatMap((reply) => (reply.itemId ? [reply.itemId] : [])));
  const entries: ThreadEntry[] = [
    ...detail.items.filter((item) => !replyItemIds.has(item.id)).map((item): ThreadEntry => ({ type: 'item', at: item.occurredAt, item })),
    ...detail.replies.map((reply): ThreadEntry => ({ type: 'reply', at: reply.sentAt ?? reply.createdAt, reply, item: reply.itemId ? itemsById.get(reply.itemId) : undefined })),
    ...detail.notes.map((note): ThreadEntry => ({ type: 'note', at: note.createdAt, note })),
  ];
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** What a reply answers: the latest inbound item still on the network. */
export function replyTarget(items: readonly InboxItem[]): InboxItem | undefined {
  return items.filter((item) => item.direction === 'inbound' && item.deletedAt === null).sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))[0];
}
