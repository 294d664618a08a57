/**
 * Sandbox accounts and posts for API tests: connect an account, and publish a post on it now
 * through the real pipeline (scheduled a minute ahead, the test clock moved there, then one
 * attempt), so a test starts from a post the network really holds.
 */
import { expect } from 'vitest';
import { publishTarget } from '../../src/app/publishing/pipeline.js';
import type { PostContent } from '../../src/core/publishing/content.js';
import { findConnectedAccount } from '../../src/db/repositories/connected-accounts.js';
import type { Browser, TestApp } from './app.js';

const MINUTE = 60_000;

export interface SandboxAccount {
  id: string;
  /** The sandbox's own id of the account, for reading what the network holds. */
  externalId: string;
}

export async function connectSandboxAccount(t: TestApp, owner: Browser, workspaceId: string, handle: string): Promise<SandboxAccount> {
  const connected = await owner.request('POST', `/api/workspaces/${workspaceId}/connections`, { network: 'sandbox', fields: { handle } });
  expect(connected.statusCode, connected.body).toBe(201);
  const id = connected.json<{ id: string }>().id;
  return { id, externalId: (await findConnectedAccount(t.ctx.db, workspaceId, id))?.externalId ?? '' };
}

/** The workspace publishes without approval; a post found more than 30 minutes late is missed, not sent. */
export async function publishWithoutApproval(owner: Browser, workspaceId: string): Promise<void> {
  const settings = await owner.request('PUT', `/api/workspaces/${workspaceId}/publishing/settings`, { approvalRequired: false, latePolicy: 'skip_after', lateMinutes: 30 });
  expect(settings.statusCode, settings.body).toBe(200);
}

/** A post's text as parts of a thread, with an optional first comment. */
export function sandboxContent([first = '', ...rest]: string[], firstComment: string | null = null): PostContent {
  return { parts: [{ text: first, mediaIds: [] }, ...rest.map((text) => ({ text, mediaIds: [] }))], poll: null, firstComment, contentWarning: null };
}

/** Creates, schedules and publishes the post on the account; returns the scheduled post's view (as `Post`) and its target. */
export async function publishOnSandbox<Post extends { id: string; targets: Array<{ id: string }> }>(
  t: TestApp,
  owner: Browser,
  workspaceId: string,
  input: { accountId: string; content: PostContent; campaign?: string },
): Promise<{ post: Post; targetId: string; publishedAt: Date }> {
  const created = await owner.request('POST', `/api/workspaces/${workspaceId}/posts`, {
    content: input.content,
    targets: [{ accountId: input.accountId }],
    ...(input.campaign ? { campaign: input.campaign } : {}),
  });
  expect(created.statusCode, created.body).toBe(201);
  const draft = created.json<{ id: string; version: number }>();
  const at = new Date(t.clock.now().getTime() + MINUTE).toISOString();
  const scheduled = await owner.request('POST', `/api/workspaces/${workspaceId}/posts/${draft.id}/actions`, { action: 'schedule', expectedVersion: draft.version, scheduledAt: at });
  expect(scheduled.statusCode, scheduled.body).toBe(200);
  const post = scheduled.json<Post>();
  const targetId = post.targets[0]?.id ?? '';
  t.clock.advance(MINUTE);
  expect(await publishTarget(t.ctx, targetId)).toBe('published');
  return { post, targetId, publishedAt: t.clock.now() };
}
