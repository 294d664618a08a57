/**
 * Saved replies: texts the team uses again, with {name}, {handle}, {agent} and {account} filled in
 * by `fillSavedReply` (src/core/inbox/saved-reply.ts) when one is put into the composer.
 */
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../core/errors.js';
import { listSavedReplies as readSavedReplies, type SavedReplyRow } from '../../db/repositories/inbox-queries.js';
import { deleteSavedReply as removeSavedReply, insertSavedReply } from '../../db/repositories/inbox-work.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';

export interface SavedReply {
  id: string;
  title: string;
  body: string;
  createdAt: Date;
}

const savedReplyOf = (row: SavedReplyRow): SavedReply => ({ id: row.id, title: row.title, body: row.body, createdAt: row.createdAt });

export async function listSavedReplies(ctx: AppContext, actor: Actor, workspaceId: string): Promise<SavedReply[]> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  return (await readSavedReplies(ctx.db, workspaceId)).map(savedReplyOf);
}

export async function createSavedReply(ctx: AppContext, actor: Actor, workspaceId: string, input: { title: string; body: string }): Promise<SavedReply> {
  await authorize(ctx.db, actor, workspaceId, 'inbox.reply');
  const row = await insertSavedReply(ctx.db, {
    id: randomUUID(),
    workspaceId,
    title: input.title,
    body: input.body,
    createdBy: actor.kind === 'user' ? actor.user.id : null,
    createdAt: ctx.clock.now(),
  });
  if (!row) throw new AppError('validation_failed', `A saved reply titled "${input.title}" exists already`, { field: 'title' });
  return savedReplyOf(row);
}

export async function deleteSavedReply(ctx: AppContext, actor: Actor, workspaceId: string, id: string): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'inbox.reply');
  if (!(await removeSavedReply(ctx.db, workspaceId, id))) throw notFound('Saved reply');
}
