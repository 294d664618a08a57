/** Connected accounts (issue 3): networks, connect, OAuth begin and callback, test, disconnect. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { connectWithCredentials, disconnectAccount, listAccounts, testAccountConnection, type AccountView } from '../../app/connectors/accounts.js';
import { beginOAuth, completeOAuth, OAUTH_CALLBACK_PATH } from '../../app/connectors/oauth.js';
import type { AppContext } from '../../app/context.js';
import type { ConnectorModule } from '../../connectors/contract.js';
import { authenticate } from '../authenticate.js';
import { route } from '../route.js';

const presentAccount = (account: AccountView) => ({
  ...account,
  lastError: account.lastError ? { ...account.lastError, at: account.lastError.at.toISOString() } : null,
  capabilities: [...account.capabilities],
  tokenExpiresAt: account.tokenExpiresAt?.toISOString() ?? null,
  lastOkAt: account.lastOkAt?.toISOString() ?? null,
  rateLimitedUntil: account.rateLimitedUntil?.toISOString() ?? null,
  createdAt: account.createdAt.toISOString(),
});

const presentNetwork = ({ manifest }: ConnectorModule) => ({
  id: manifest.id,
  name: manifest.name,
  connect: { kind: manifest.connect.kind, fields: manifest.connect.fields.map((field) => ({ ...field })) },
  capabilities: [...manifest.capabilities],
  limits: {
    textMaxLength: manifest.limits.text.maxLength,
    textCounting: manifest.limits.text.counting,
    mediaMaxItems: manifest.limits.media.maxItems,
    pollMaxOptions: manifest.limits.poll?.maxOptions ?? null,
    threadMaxParts: manifest.limits.thread?.maxParts ?? null,
  },
  docs: manifest.docs.map((doc) => ({ ...doc })),
});

const callbackQuery = z.object({
  state: z.string().min(1).max(200),
  code: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

export function registerConnectionRoutes(app: FastifyInstance, ctx: AppContext, publicUrl: string): void {
  route(app, ctx, 'listNetworks', async () => ({ items: (await ctx.networks.modules()).map(presentNetwork) }));
  route(app, ctx, 'listConnections', async ({ actor, params }) => ({
    items: (await listAccounts(ctx, actor, params.workspaceId)).map(presentAccount),
  }));
  route(app, ctx, 'connectAccount', async ({ actor, params, body, meta }) =>
    presentAccount(await connectWithCredentials(ctx, actor, params.workspaceId, body.network, body.fields, meta)),
  );
  route(app, ctx, 'beginOAuth', async ({ actor, params, body }) =>
    beginOAuth(ctx, actor, { workspaceId: params.workspaceId, network: body.network, fields: body.fields, reconnectAccountId: body.reconnectAccountId, publicUrl }),
  );
  route(app, ctx, 'testConnection', async ({ actor, params }) => presentAccount(await testAccountConnection(ctx, actor, params.workspaceId, params.accountId)));
  route(app, ctx, 'disconnectAccount', async ({ actor, params, meta }) => {
    await disconnectAccount(ctx, actor, params.workspaceId, params.accountId, meta);
    return { ok: true as const };
  });

  // The network sends the person's browser here; the answer is a redirect back into the web UI.
  app.get(
    OAUTH_CALLBACK_PATH,
    { schema: { operationId: 'oauthCallback', summary: 'Where a network sends the browser back after its sign-in page (OAuth 2.0)', tags: ['connections'], querystring: callbackQuery } },
    async (request, reply) => {
      const query = callbackQuery.parse(request.query);
      const actor = await authenticate(ctx, request, 'session');
      if (!actor) throw new Error('authenticate returned no actor for auth mode "session"');
      const outcome = await completeOAuth(ctx, actor, { state: query.state, code: query.code, error: query.error, errorDescription: query.error_description }, { ip: request.ip });
      const base = outcome.workspaceId ? `/w/${encodeURIComponent(outcome.workspaceId)}/accounts` : '/';
      const search = outcome.ok ? `connected=${encodeURIComponent(outcome.accountId)}` : `connectError=${encodeURIComponent(outcome.error.message)}`;
      return reply.redirect(`${base}?${search}`, 303);
    },
  );
}
