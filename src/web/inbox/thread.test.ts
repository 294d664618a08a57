import { describe, expect, it } from 'vitest';
import { replyTarget, threadEntries } from './thread.js';
import type { InboxItem, InboxNote, InboxReply } from './types.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(n: number, at: string, changes: Partial<InboxItem> = {}): InboxItem {
  return {
    id: uuid(n),
    externalId: `ext-${n}`,
    kind: 'comment',
    direction: 'inbound',
    text: `item ${n}`,
    author: { externalId: 'p', handle: 'budi', name: null, url: null, followers: null },
    url: null,
    inReplyToId: null,
    rootPostId: 'post-1',
    language: 'id',
    sentiment: 'negative',
    priority: 0,
    priorityReasons: [],
    occurredAt: at,
    editedAt: null,
    deletedAt: null,
    sentBy: null,
    ...changes,
  };
}

function reply(n: number, at: string, changes: Partial<InboxReply> = {}): InboxReply {
  return { id: uuid(n), conversationId: uuid(99), inReplyToItemId: uuid(1), text: 'sorry', status: 'sent', failure: null, attempts: 1, itemId: null, author: null, createdAt: at, sentAt: null, ...changes };
}

const note = (n: number, at: string): InboxNote => ({ id: uuid(n), text: 'call them', author: null, createdAt: at });

describe('threadEntries', () => {
  it('orders items, replies and notes by time and shows a sent reply once, with its item', () => {
    const outbound = item(2, '2026-03-10T12:05:00Z', { direction: 'outbound', kind: 'reply' });
    const entries = threadEntries({
      items: [outbound, item(1, '2026-03-10T12:00:00Z')],
      replies: [reply(10, '2026-03-10T12:04:00Z', { itemId: outbound.id, sentAt: '2026-03-10T12:05:00Z' }), reply(11, '2026-03-10T12:07:00Z', { status: 'failed' })],
      notes: [note(20, '2026-03-10T12:01:00Z')],
    });
    expect(entries.map((entry) => entry.type)).toEqual(['item', 'note', 'reply', 'reply']);
    const sent = entries[2];
    expect(sent?.type === 'reply' ? sent.item?.id : undefined).toBe(outbound.id);
  });
});

describe('replyTarget', () => {
  it('answers the latest inbound item that was not deleted', () => {
    const items = [item(1, '2026-03-10T12:00:00Z'), item(2, '2026-03-10T12:02:00Z', { deletedAt: '2026-03-10T12:03:00Z' }), item(3, '2026-03-10T12:04:00Z', { direction: 'outbound' })];
    expect(replyTarget(items)?.id).toBe(uuid(1));
    expect(replyTarget([])).toBeUndefined();
  });
});
