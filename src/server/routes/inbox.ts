/** The unified inbox (issue 6): conversations, replies, notes, saved replies, settings, report, polling and simulated activity. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { bulkUpdateConversations, getConversation, listConversations, updateConversation } from '../../app/inbox/conversations.js';
import { pollWorkspaceNow } from '../../app/inbox/ingest.js';
import { addNote } from '../../app/inbox/notes.js';
import { retryReply, replyToConversation } from '../../app/inbox/replies.js';
import { getResponseReport } from '../../app/inbox/report.js';
import { createSavedReply, deleteSavedReply, listSavedReplies } from '../../app/inbox/saved-replies.js';
import { getInboxSettings, saveInboxSettings } from '../../app/inbox/settings.js';
import { simulateActivity } from '../../app/inbox/simulate.js';
import { route } from '../route.js';
import { presentDates } from './inbox-present.js';
import { registerInboxStream } from './inbox-stream.js';

const optionalDate = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

export function registerInboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'listConversations', async ({ actor, params, query }) => presentDates(await listConversations(ctx, actor, params.workspaceId, query)));
  route(app, ctx, 'getConversation', async ({ actor, params }) => presentDates(await getConversation(ctx, actor, params.workspaceId, params.conversationId)));
  route(app, ctx, 'updateConversation', async ({ actor, params, body }) =>
    presentDates(await updateConversation(ctx, actor, params.workspaceId, params.conversationId, body)),
  );
  route(app, ctx, 'bulkUpdateConversations', async ({ actor, params, body: { ids, ...changes } }) =>
    bulkUpdateConversations(ctx, actor, params.workspaceId, ids, changes),
  );
  route(app, ctx, 'replyToConversation', async ({ actor, params, body }) =>
    presentDates(await replyToConversation(ctx, actor, params.workspaceId, params.conversationId, body)),
  );
  route(app, ctx, 'retryReply', async ({ actor, params }) => presentDates(await retryReply(ctx, actor, params.workspaceId, params.replyId)));
  route(app, ctx, 'addNote', async ({ actor, params, body }) => presentDates(await addNote(ctx, actor, params.workspaceId, params.conversationId, body.text)));
  route(app, ctx, 'listSavedReplies', async ({ actor, params }) => ({ items: presentDates(await listSavedReplies(ctx, actor, params.workspaceId)) }));
  route(app, ctx, 'createSavedReply', async ({ actor, params, body }) => presentDates(await createSavedReply(ctx, actor, params.workspaceId, body)));
  route(app, ctx, 'deleteSavedReply', async ({ actor, params }) => {
    await deleteSavedReply(ctx, actor, params.workspaceId, params.savedReplyId);
    return { ok: true as const };
  });
  route(app, ctx, 'getInboxSettings', async ({ actor, params }) => getInboxSettings(ctx, actor, params.workspaceId));
  route(app, ctx, 'saveInboxSettings', async ({ actor, params, body }) => saveInboxSettings(ctx, actor, params.workspaceId, body));
  route(app, ctx, 'getResponseReport', async ({ actor, params, query }) =>
    presentDates(await getResponseReport(ctx, actor, params.workspaceId, { from: optionalDate(query.from), to: optionalDate(query.to) })),
  );
  route(app, ctx, 'pollInboxNow', async ({ actor, params }) => pollWorkspaceNow(ctx, actor, params.workspaceId));
  route(app, ctx, 'simulateActivity', async ({ actor, params, body }) => {
    await simulateActivity(ctx, actor, params.workspaceId, params.accountId, body);
    return { ok: true as const };
  });
  registerInboxStream(app, ctx);
}
