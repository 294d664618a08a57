/**
 * A workspace with sandbox accounts (no organic activity, so only what a test makes happens), an
 * editor and an analyst, and helpers that act on the simulated network and poll it through the API.
 */
import { expect } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import type { ConnectorStore } from '../../src/connectors/contract.js';
import { findConnectedAccount } from '../../src/db/repositories/connected-accounts.js';
import { Browser, createTestApp, OWNER, setUpOwner, type TestApp } from '../support/app.js';

export interface Member {
  browser: Browser;
  id: string;
}

export interface SandboxAccount {
  id: string;
  externalId: string;
  handle: string;
}

export interface InboxWorld {
  t: TestApp;
  owner: Browser;
  ownerId: string;
  workspaceId: string;
  account: SandboxAccount;
  store: ConnectorStore;
  editor: Member;
  analyst: Member;
  url: (path: string) => string;
}

export interface Summary {
  id: string;
  accountId: string;
  kind: string;
  status: string;
  assignee: { id: string; name: string } | null;
  contact: { handle: string | null; followers: number | null };
  preview: string;
  priority: number;
  sentiment: string | null;
  language: string | null;
  itemCount: number;
  lastItemAt: string | null;
  waitingSince: string | null;
  firstResponseAt: string | null;
  overdueMinutes: number | null;
}

export async function connectSandbox(world: Pick<InboxWorld, 't' | 'owner' | 'workspaceId'>, handle: string): Promise<SandboxAccount> {
  const response = await world.owner.request('POST', `/api/workspaces/${world.workspaceId}/connections`, { network: 'sandbox', fields: { handle, organic: 'off' } });
  expect(response.statusCode).toBe(201);
  const id = response.json<{ id: string }>().id;
  const row = await findConnectedAccount(world.t.ctx.db, world.workspaceId, id);
  if (!row) throw new Error('the sandbox account was not stored');
  return { id, externalId: row.externalId, handle: row.handle };
}

const passwordOf = (role: string) => `${role} password 123`;

/** After the test clock has jumped past the sessions' lifetime, everyone signs in again. */
export async function signInAgain(world: InboxWorld): Promise<void> {
  const logins: Array<[Browser, string, string]> = [
    [world.owner, OWNER.email, OWNER.password],
    [world.editor.browser, 'ed@example.com', passwordOf('editor')],
    [world.analyst.browser, 'ana@example.com', passwordOf('analyst')],
  ];
  for (const [browser, email, password] of logins) expect((await browser.request('POST', '/api/auth/login', { email, password })).statusCode).toBe(200);
}

async function addMember(t: TestApp, owner: Browser, workspaceId: string, role: string, email: string): Promise<Member> {
  const password = passwordOf(role);
  const added = await owner.request('POST', `/api/workspaces/${workspaceId}/members`, { email, role, name: `${role[0]?.toUpperCase()}${role.slice(1)} Person`, password });
  expect(added.statusCode).toBe(201);
  const browser = new Browser(t.app);
  const login = await browser.request('POST', '/api/auth/login', { email, password });
  expect(login.statusCode).toBe(200);
  const me = await browser.request('GET', '/api/session');
  return { browser, id: me.json<{ user: { id: string } }>().user.id };
}

export async function createInboxWorld(): Promise<InboxWorld> {
  const t = await createTestApp();
  const { browser: owner, workspaceId } = await setUpOwner(t);
  const ownerId = (await owner.request('GET', '/api/session')).json<{ user: { id: string } }>().user.id;
  const account = await connectSandbox({ t, owner, workspaceId }, 'bakery.sandbox');
  return {
    t,
    owner,
    ownerId,
    workspaceId,
    account,
    store: connectorStore(t.ctx.db, 'sandbox'),
    editor: await addMember(t, owner, workspaceId, 'editor', 'ed@example.com'),
    analyst: await addMember(t, owner, workspaceId, 'analyst', 'ana@example.com'),
    url: (path) => `/api/workspaces/${workspaceId}/${path}`,
  };
}

/** Someone acts on the simulated network, and the inbox polls it. */
export async function arrive(
  world: InboxWorld,
  event: { kind: 'comment' | 'mention' | 'direct_message'; text: string; authorHandle?: string; authorFollowers?: number },
  account: SandboxAccount = world.account,
): Promise<void> {
  const simulated = await world.owner.request('POST', world.url(`connections/${account.id}/simulate`), event);
  expect(simulated.statusCode, simulated.body).toBe(200);
  const polled = await world.owner.request('POST', world.url('inbox/poll'));
  expect(polled.statusCode, polled.body).toBe(200);
}

export async function listConversations(world: InboxWorld, query = '', browser: Browser = world.owner): Promise<{ items: Summary[]; nextCursor: string | null }> {
  const response = await browser.request('GET', world.url(`inbox/conversations${query ? `?${query}` : ''}`));
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The conversation whose latest inbound text is `preview`. */
export async function conversationWith(world: InboxWorld, preview: string): Promise<Summary> {
  const found = (await listConversations(world, 'limit=200')).items.find((item) => item.preview === preview);
  if (!found) throw new Error(`no conversation shows "${preview}"`);
  return found;
}

export interface Detail {
  conversation: Summary & { resolvedAt: string | null; replyLimits: { maxLength: number; counting: string } };
  items: Array<{ id: string; externalId: string; kind: string; direction: string; text: string; sentBy: { id: string; name: string } | null }>;
  replies: Array<{ id: string; status: string; attempts: number; failure: { kind: string; message: string } | null; itemId: string | null }>;
  notes: Array<{ id: string; text: string; author: { id: string; name: string } | null }>;
  history: Array<{ id: string; preview: string }>;
}

export async function getDetail(world: InboxWorld, conversationId: string, browser: Browser = world.owner): Promise<Detail> {
  const response = await browser.request('GET', world.url(`inbox/conversations/${conversationId}`));
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
