import { describe, expect, it } from 'vitest';
import { applyLiveUpdate, appendPage, HIGH_PRIORITY_MIN, matchesFilters, narrowsList, toQuery } from './conversationList.js';
import { DEFAULT_FILTERS, NO_FILTERS, type ConversationSummary } from './types.js';

const ME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function conversation(id: string, priority: number, changes: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id,
    accountId: '33333333-3333-4333-8333-333333333333',
    network: 'sandbox',
    accountHandle: 'coffee_corner',
    kind: 'post',
    status: 'open',
    assignee: null,
    contact: { externalId: 'p1', handle: 'budi', name: 'Budi', followers: 10 },
    preview: 'hello',
    language: 'id',
    sentiment: 'negative',
    priority,
    priorityReasons: [],
    itemCount: 1,
    lastItemAt: '2026-03-10T12:00:00.000Z',
    waitingSince: '2026-03-10T12:00:00.000Z',
    firstResponseAt: null,
    overdueMinutes: null,
    ...changes,
  };
}

const ids = (rows: readonly ConversationSummary[]) => rows.map((row) => row.id);

describe('toQuery', () => {
  it('sends only the filters that are set, high priority as a minimum', () => {
    expect(toQuery(NO_FILTERS)).toEqual({ limit: 50 });
    expect(toQuery({ ...DEFAULT_FILTERS, assignee: 'me', highPriorityOnly: true, unansweredOnly: true }, 'next')).toEqual({
      limit: 50,
      status: 'open',
      assignee: 'me',
      minPriority: HIGH_PRIORITY_MIN,
      unanswered: 'true',
      cursor: 'next',
    });
  });
});

describe('matchesFilters', () => {
  it('reads "me" as the signed-in person and "none" as unassigned', () => {
    const mine = conversation('a', 10, { assignee: { id: ME, name: 'Dana' } });
    expect(matchesFilters(mine, { ...NO_FILTERS, assignee: 'me' }, ME)).toBe(true);
    expect(matchesFilters(mine, { ...NO_FILTERS, assignee: 'me' }, OTHER)).toBe(false);
    expect(matchesFilters(mine, { ...NO_FILTERS, assignee: 'none' }, ME)).toBe(false);
    expect(matchesFilters(conversation('b', 10), { ...NO_FILTERS, assignee: 'none' }, ME)).toBe(true);
  });

  it('checks status, sentiment, priority and whether it waits for an answer', () => {
    const answered = conversation('a', HIGH_PRIORITY_MIN - 1, { waitingSince: null, status: 'pending' });
    expect(matchesFilters(answered, NO_FILTERS, ME)).toBe(true);
    expect(matchesFilters(answered, DEFAULT_FILTERS, ME)).toBe(false);
    expect(matchesFilters(answered, { ...NO_FILTERS, unansweredOnly: true }, ME)).toBe(false);
    expect(matchesFilters(answered, { ...NO_FILTERS, highPriorityOnly: true }, ME)).toBe(false);
    expect(matchesFilters(answered, { ...NO_FILTERS, sentiment: 'positive' }, ME)).toBe(false);
  });
});

describe('applyLiveUpdate', () => {
  const rows = [conversation('high', 90), conversation('mid', 40), conversation('low', 5)];
  const options = { filters: NO_FILTERS, userId: ME, complete: true };

  it('inserts a new conversation at its priority position', () => {
    expect(ids(applyLiveUpdate(rows, conversation('new', 60), options))).toEqual(['high', 'new', 'mid', 'low']);
    expect(ids(applyLiveUpdate(rows, conversation('top', 200), options))).toEqual(['top', 'high', 'mid', 'low']);
  });

  it('puts the latest first among equal priorities', () => {
    const newer = conversation('newer', 40, { lastItemAt: '2026-03-10T13:00:00.000Z' });
    expect(ids(applyLiveUpdate(rows, newer, options))).toEqual(['high', 'newer', 'mid', 'low']);
  });

  it('updates a row in place and moves it when its priority changed', () => {
    const updated = applyLiveUpdate(rows, conversation('mid', 40, { preview: 'changed' }), options);
    expect(ids(updated)).toEqual(['high', 'mid', 'low']);
    expect(updated[1]?.preview).toBe('changed');
    expect(ids(applyLiveUpdate(rows, conversation('low', 100), options))).toEqual(['low', 'high', 'mid']);
  });

  it('drops a conversation that no longer matches the filters', () => {
    const closed = conversation('mid', 40, { status: 'closed' });
    expect(ids(applyLiveUpdate(rows, closed, { ...options, filters: DEFAULT_FILTERS }))).toEqual(['high', 'low']);
  });

  it('leaves a conversation below the loaded rows to the next page', () => {
    expect(ids(applyLiveUpdate(rows, conversation('tail', 1), { ...options, complete: false }))).toEqual(['high', 'mid', 'low']);
    expect(ids(applyLiveUpdate(rows, conversation('tail', 1), options))).toEqual(['high', 'mid', 'low', 'tail']);
  });
});

describe('appendPage', () => {
  it('skips rows a live update already brought in', () => {
    expect(ids(appendPage([conversation('a', 9), conversation('b', 8)], [conversation('b', 8), conversation('c', 7)]))).toEqual(['a', 'b', 'c']);
  });
});

describe('narrowsList', () => {
  it('counts the default "open" view and no filters as the whole inbox', () => {
    expect(narrowsList(DEFAULT_FILTERS)).toBe(false);
    expect(narrowsList(NO_FILTERS)).toBe(false);
    expect(narrowsList({ ...DEFAULT_FILTERS, status: 'closed' })).toBe(true);
    expect(narrowsList({ ...DEFAULT_FILTERS, unansweredOnly: true })).toBe(true);
  });
});
