/**
 * The conversation list as pure functions: filters to the API's query, whether a conversation
 * belongs under the filters, and where a live update goes, so that the list changes in place
 * without reloading.
 */
import { PRIORITY_HIGH } from '../../core/inbox/priority.js';
import type { ConversationQuery, ConversationSummary, InboxFilters } from './types.js';

/** "High priority" in the filter bar and the row badge: the analysis module's threshold. */
export const HIGH_PRIORITY_MIN = PRIORITY_HIGH;

export const PAGE_SIZE = 50;

export function isHighPriority(priority: number): boolean {
  return priority >= HIGH_PRIORITY_MIN;
}

export function toQuery(filters: InboxFilters, cursor?: string): ConversationQuery {
  return {
    limit: PAGE_SIZE,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.network ? { network: filters.network } : {}),
    ...(filters.accountId ? { accountId: filters.accountId } : {}),
    ...(filters.assignee ? { assignee: filters.assignee } : {}),
    ...(filters.sentiment ? { sentiment: filters.sentiment } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.highPriorityOnly ? { minPriority: HIGH_PRIORITY_MIN } : {}),
    ...(filters.unansweredOnly ? { unanswered: 'true' as const } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** Whether the filters narrow the list beyond "everything open" (or everything at all). */
export function narrowsList(filters: InboxFilters): boolean {
  return Object.entries(filters).some(([key, value]) => value !== '' && value !== false && !(key === 'status' && value === 'open'));
}

function matchesAssignee(conversation: ConversationSummary, assignee: string, userId: string): boolean {
  if (assignee === '') return true;
  if (assignee === 'none') return conversation.assignee === null;
  return conversation.assignee?.id === (assignee === 'me' ? userId : assignee);
}

/** The same test the server applies, for conversations that arrive or change while the list is open. */
export function matchesFilters(conversation: ConversationSummary, filters: InboxFilters, userId: string): boolean {
  return (
    (filters.status === '' || conversation.status === filters.status) &&
    (filters.network === '' || conversation.network === filters.network) &&
    (filters.accountId === '' || conversation.accountId === filters.accountId) &&
    matchesAssignee(conversation, filters.assignee, userId) &&
    (filters.sentiment === '' || conversation.sentiment === filters.sentiment) &&
    (filters.language === '' || conversation.language === filters.language) &&
    (!filters.highPriorityOnly || isHighPriority(conversation.priority)) &&
    (!filters.unansweredOnly || conversation.waitingSince !== null)
  );
}

/** Whether `a` is listed before `b`: higher priority first, then the latest activity. */
function ranksBefore(a: ConversationSummary, b: ConversationSummary): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return (a.lastItemAt ?? '') >= (b.lastItemAt ?? '');
}

/**
 * The list after a live update: the conversation is taken out, then put back at its priority
 * position if it still matches. Below the last loaded row it is left for "load more" to bring,
 * unless the list is complete.
 */
export function applyLiveUpdate(
  rows: readonly ConversationSummary[],
  update: ConversationSummary,
  options: { filters: InboxFilters; userId: string; complete: boolean },
): ConversationSummary[] {
  const others = rows.filter((row) => row.id !== update.id);
  if (!matchesFilters(update, options.filters, options.userId)) return others;
  const index = others.findIndex((row) => ranksBefore(update, row));
  if (index === -1) return options.complete ? [...others, update] : others;
  return [...others.slice(0, index), update, ...others.slice(index)];
}

/** Rows of a further page, without any a live update already brought in. */
export function appendPage(rows: readonly ConversationSummary[], page: readonly ConversationSummary[]): ConversationSummary[] {
  const known = new Set(rows.map((row) => row.id));
  return [...rows, ...page.filter((row) => !known.has(row.id))];
}
