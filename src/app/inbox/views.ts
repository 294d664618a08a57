/** The inbox's shapes as use cases return them (dates as Date; the routes present them). */
import { FAILURE_KINDS, type FailureKind } from '../../core/connections/vocabulary.js';
import type { ConversationKind, ConversationStatus, InboxAuthor, InboxItemKind, PriorityReason, Sentiment } from '../../core/inbox/types.js';
import type { ConversationSummaryRow, InboxItemRow, InboxNoteRow, InboxReplyRow } from '../../db/repositories/inbox-queries.js';
import { overdueMinutes, type ResponseClock } from './settings.js';

type Person = { id: string; name: string } | null;

export interface ConversationSummary {
  id: string;
  accountId: string;
  network: string;
  accountHandle: string;
  kind: ConversationKind;
  status: ConversationStatus;
  assignee: Person;
  contact: { externalId: string | null; handle: string | null; name: string | null; followers: number | null };
  preview: string;
  language: string | null;
  sentiment: Sentiment | null;
  priority: number;
  priorityReasons: PriorityReason[];
  itemCount: number;
  lastItemAt: Date | null;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  overdueMinutes: number | null;
}

const PREVIEW_LENGTH = 140;
const shorten = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = [...flat];
  return characters.length > PREVIEW_LENGTH ? `${characters.slice(0, PREVIEW_LENGTH - 1).join('')}…` : flat;
};

const person = (id: string | null, name: string | null): Person => (id && name !== null ? { id, name } : null);

export function summaryOf(row: ConversationSummaryRow, clock: ResponseClock, now: Date): ConversationSummary {
  return {
    id: row.id,
    accountId: row.accountId,
    network: row.network,
    accountHandle: row.accountHandle,
    kind: row.kind,
    status: row.status,
    assignee: person(row.assigneeId, row.assigneeName),
    contact: { externalId: row.contactExternalId, handle: row.contactHandle, name: row.contactName, followers: row.contactFollowers },
    preview: shorten(row.preview),
    language: row.language,
    sentiment: row.sentiment,
    priority: row.priority,
    priorityReasons: row.priorityReasons,
    itemCount: row.itemCount,
    lastItemAt: row.lastItemAt,
    waitingSince: row.waitingSince,
    firstResponseAt: row.firstResponseAt,
    overdueMinutes: row.status === 'closed' ? null : overdueMinutes(clock, row.waitingSince, now),
  };
}

export interface InboxItem {
  id: string;
  externalId: string;
  kind: InboxItemKind;
  direction: 'inbound' | 'outbound';
  text: string;
  author: InboxAuthor;
  url: string | null;
  inReplyToId: string | null;
  rootPostId: string | null;
  language: string | null;
  sentiment: Sentiment | null;
  priority: number;
  priorityReasons: PriorityReason[];
  occurredAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  sentBy: Person;
}

export const itemOf = (row: InboxItemRow): InboxItem => ({
  id: row.id,
  externalId: row.externalId,
  kind: row.kind,
  direction: row.direction,
  text: row.text,
  author: { externalId: row.authorExternalId, handle: row.authorHandle, name: row.authorName, url: row.authorUrl, followers: row.authorFollowers },
  url: row.url,
  inReplyToId: row.inReplyToId,
  rootPostId: row.rootPostId,
  language: row.language,
  sentiment: row.sentiment,
  priority: row.priority,
  priorityReasons: row.priorityReasons,
  occurredAt: row.occurredAt,
  editedAt: row.editedAt,
  deletedAt: row.deletedAt,
  sentBy: person(row.sentBy, row.sentByName),
});

export interface InboxReply {
  id: string;
  conversationId: string;
  inReplyToItemId: string;
  text: string;
  status: 'sending' | 'sent' | 'failed' | 'needs_check';
  failure: { kind: FailureKind; message: string } | null;
  attempts: number;
  itemId: string | null;
  author: Person;
  createdAt: Date;
  sentAt: Date | null;
}

const isFailureKind = (value: string | null): value is FailureKind => (FAILURE_KINDS as readonly (string | null)[]).includes(value);

export const replyOf = (row: InboxReplyRow): InboxReply => ({
  id: row.id,
  conversationId: row.conversationId,
  inReplyToItemId: row.inReplyToItemId,
  text: row.text,
  status: row.status,
  failure: isFailureKind(row.failureKind) ? { kind: row.failureKind, message: row.failureMessage ?? '' } : null,
  attempts: row.attempts,
  itemId: row.itemId,
  author: person(row.authorId, row.authorName),
  createdAt: row.createdAt,
  sentAt: row.sentAt,
});

export interface InboxNote {
  id: string;
  text: string;
  author: Person;
  createdAt: Date;
}

export const noteOf = (row: InboxNoteRow): InboxNote => ({ id: row.id, text: row.text, author: person(row.authorId, row.authorName), createdAt: row.createdAt });
