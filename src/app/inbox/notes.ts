/** Internal notes on a conversation: seen by the team, never sent to the network. */
import { randomUUID } from 'node:crypto';
import { insertNote } from '../../db/repositories/inbox-work.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';
import { conversationOf } from './conversations.js';
import type { InboxNote } from './views.js';

export async function addNote(ctx: AppContext, actor: Actor, workspaceId: string, conversationId: string, text: string): Promise<InboxNote> {
  await authorize(ctx.db, actor, workspaceId, 'inbox.reply');
  await conversationOf(ctx, workspaceId, conversationId);
  const author = actor.kind === 'user' ? actor.user : null;
  const note = await insertNote(ctx.db, { id: randomUUID(), workspaceId, conversationId, authorId: author?.id ?? null, text, createdAt: ctx.clock.now() });
  return { id: note.id, text: note.text, author: author ? { id: author.id, name: author.name } : null, createdAt: note.createdAt };
}
