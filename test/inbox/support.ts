/** Reading what ingestion stored, and connecting accounts, for the inbox tests. */
import { asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '../../src/db/connection.js';
import { inboxConversations, inboxCursors, inboxItems } from '../../src/db/schema.js';
import type { Browser } from '../support/app.js';

export type StoredConversation = typeof inboxConversations.$inferSelect;
export type StoredItem = typeof inboxItems.$inferSelect;

export async function conversationsOf(db: Database, accountId: string): Promise<StoredConversation[]> {
  return db.select().from(inboxConversations).where(eq(inboxConversations.accountId, accountId)).orderBy(asc(inboxConversations.kind), asc(inboxConversations.threadKey));
}

export async function itemsOf(db: Database, accountId: string): Promise<StoredItem[]> {
  return db.select().from(inboxItems).where(eq(inboxItems.accountId, accountId)).orderBy(asc(inboxItems.occurredAt), asc(inboxItems.externalId));
}

export async function cursorOf(db: Database, accountId: string) {
  const [row] = await db.select().from(inboxCursors).where(eq(inboxCursors.accountId, accountId));
  return row;
}

/** Connects an account through the API as a person would; returns its id. */
export async function connect(browser: Browser, workspaceId: string, network: string, fields: Record<string, string>): Promise<string> {
  const response = await browser.request('POST', `/api/workspaces/${workspaceId}/connections`, { network, fields });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}
