/**
 * The inbox list with 1,000,000 stored items: 200,000 conversations of five items each in one
 * workspace (the worst case: every filter has to pick from all of them) across 100 accounts,
 * bulk-inserted with SQL. Each typical filter runs through the list query the API uses
 * (`listConversationSummaries`, first page of 50 with previews) and its p95 is reported.
 */
import { randomUUID } from 'node:crypto';
import { listConversationSummaries, type ConversationFilter } from '../../src/db/repositories/inbox-queries.js';
import type { DatabaseHandle } from '../../src/db/connection.js';

export const CONVERSATIONS = 200_000;
export const ITEMS_PER_CONVERSATION = 5;
const ACCOUNTS = 100;
const AGENTS = 10;
const PAGE = 50;

export interface ListFixture {
  workspaceId: string;
  agentIds: string[];
}

/**
 * Distributions: status 30 % open, 20 % pending, 50 % closed; sentiment 50/30/20 positive,
 * neutral, negative; 40 % unassigned, the rest spread over 10 agents; two thirds of the open
 * conversations wait for an answer; priority 0–100.
 */
export async function fillInbox(handle: DatabaseHandle): Promise<ListFixture> {
  const workspaceId = randomUUID();
  const now = '2026-06-01T12:00:00Z';
  await handle.exec(`INSERT INTO workspaces (id, name) VALUES ('${workspaceId}', 'Bench inbox')`);
  await handle.exec(`
    INSERT INTO users (id, email, name, password_hash)
    SELECT gen_random_uuid(), 'agent' || n || '@bench.example', 'Agent ' || n, 'x' FROM generate_series(1, ${AGENTS}) AS n;
    INSERT INTO connected_accounts (id, workspace_id, network, external_id, handle, credentials_sealed)
    SELECT gen_random_uuid(), '${workspaceId}', 'sandbox', 'acc' || n, 'acc' || n, 'x' FROM generate_series(1, ${ACCOUNTS}) AS n;`);
  const agentIds = (await handle.query<{ id: string }>('SELECT id FROM users ORDER BY email')).map((row) => row.id);
  await handle.exec(`
    CREATE TEMP TABLE bench_accounts AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM connected_accounts WHERE workspace_id = '${workspaceId}';
    CREATE TEMP TABLE bench_agents AS SELECT row_number() OVER (ORDER BY email) - 1 AS n, id FROM users;
    INSERT INTO inbox_conversations (id, workspace_id, account_id, network, kind, thread_key, status, assignee_id, sentiment, language, priority,
      item_count, last_item_at, waiting_since, first_inbound_at, created_at, updated_at)
    SELECT gen_random_uuid(), '${workspaceId}', a.id, 'sandbox', 'post', 'thread' || s.n,
      CASE WHEN s.r1 < 0.3 THEN 'open' WHEN s.r1 < 0.5 THEN 'pending' ELSE 'closed' END,
      CASE WHEN s.r2 < 0.4 THEN NULL ELSE g.id END,
      CASE WHEN s.r3 < 0.5 THEN 'positive' WHEN s.r3 < 0.8 THEN 'neutral' ELSE 'negative' END,
      (ARRAY['en','id','ru','pl'])[1 + s.n % 4],
      floor(s.r4 * 101)::int, ${ITEMS_PER_CONVERSATION}, s.last_at,
      CASE WHEN s.r1 < 0.2 THEN s.last_at - interval '10 minutes' END,
      s.last_at - interval '1 hour', s.last_at, s.last_at
    FROM (
      SELECT n, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
        '${now}'::timestamptz - (random() * interval '90 days') AS last_at
      FROM generate_series(0, ${CONVERSATIONS - 1}) AS n
    ) AS s
    JOIN bench_accounts a ON a.n = s.n % ${ACCOUNTS}
    JOIN bench_agents g ON g.n = s.n % ${AGENTS};
    INSERT INTO inbox_items (id, workspace_id, account_id, conversation_id, external_id, kind, direction, text,
      author_external_id, author_handle, sentiment, priority, occurred_at)
    SELECT gen_random_uuid(), c.workspace_id, c.account_id, c.id, c.thread_key || ':' || k,
      'comment', CASE WHEN k = ${ITEMS_PER_CONVERSATION - 1} AND c.waiting_since IS NULL THEN 'outbound' ELSE 'inbound' END,
      'Comment ' || k || ' in ' || c.thread_key || ': the bread was lovely but delivery was late', 'person' || k, 'person' || k,
      c.sentiment, c.priority, c.last_item_at - (${ITEMS_PER_CONVERSATION - 1} - k) * interval '5 minutes'
    FROM inbox_conversations c CROSS JOIN generate_series(0, ${ITEMS_PER_CONVERSATION - 1}) AS k
    WHERE c.workspace_id = '${workspaceId}';
    ANALYZE inbox_conversations;
    ANALYZE inbox_items;`);
  return { workspaceId, agentIds };
}

export interface ListCase {
  name: string;
  filter: (fixture: ListFixture, run: number) => ConversationFilter;
}

export const LIST_CASES: ListCase[] = [
  { name: 'open + negative', filter: () => ({ status: 'open', sentiment: 'negative' }) },
  { name: 'open + assignee', filter: (fixture, run) => ({ status: 'open', assigneeId: fixture.agentIds[run % fixture.agentIds.length] }) },
  { name: 'assignee, any status', filter: (fixture, run) => ({ assigneeId: fixture.agentIds[run % fixture.agentIds.length] }) },
  { name: 'unanswered by priority', filter: () => ({ unanswered: true }) },
  { name: 'everything', filter: () => ({}) },
];

/** Latencies in ms of `runs` first pages for one case, after a short warm-up. */
export async function timeListCase(handle: DatabaseHandle, fixture: ListFixture, listCase: ListCase, runs: number): Promise<number[]> {
  for (let run = 0; run < 10; run += 1) await listConversationSummaries(handle.db, fixture.workspaceId, listCase.filter(fixture, run), { limit: PAGE });
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const rows = await listConversationSummaries(handle.db, fixture.workspaceId, listCase.filter(fixture, run), { limit: PAGE });
    times.push(performance.now() - started);
    if (rows.length !== PAGE) throw new Error(`${listCase.name}: expected a full page, got ${rows.length}`);
  }
  return times;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}
