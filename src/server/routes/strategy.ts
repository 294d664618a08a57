/** Strategy and governance routes (S1–S5): profile, advice, strategy versions, inventory, onboarding. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.js';
import {
  addInventoryAccount,
  deleteInventoryAccount,
  listInventory,
  updateInventoryAccount,
} from '../../app/strategy/inventory.js';
import { getOnboarding, saveOnboarding } from '../../app/strategy/onboarding.js';
import { getAdvice, getBusinessProfile, saveBusinessProfile } from '../../app/strategy/profile.js';
import { getStrategy, listStrategyVersions, saveStrategy } from '../../app/strategy/strategy.js';
import {
  presentAdvice,
  presentInventoryAccount,
  presentProfile,
  presentStrategyVersion,
  presentStrategyVersionSummary,
} from '../present-strategy.js';
import { route } from '../route.js';
import { registerStrategyExportRoutes } from './strategy-export.js';

export function registerStrategyRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'getProfile', async ({ actor, params }) => presentProfile(await getBusinessProfile(ctx, actor, params.workspaceId)));
  route(app, ctx, 'saveProfile', async ({ actor, params, body, meta }) =>
    presentProfile(await saveBusinessProfile(ctx, actor, params.workspaceId, body, meta)),
  );
  route(app, ctx, 'getAdvice', async ({ actor, params, body }) => presentAdvice(await getAdvice(ctx, actor, params.workspaceId, body)));

  route(app, ctx, 'getStrategy', async ({ actor, params, query }) => {
    const strategy = await getStrategy(ctx, actor, params.workspaceId, query.version);
    return { strategy: strategy ? presentStrategyVersion(strategy) : null };
  });
  route(app, ctx, 'saveStrategy', async ({ actor, params, body, meta }) =>
    presentStrategyVersion(await saveStrategy(ctx, actor, params.workspaceId, body, meta)),
  );
  route(app, ctx, 'listStrategyVersions', async ({ actor, params }) => ({
    items: (await listStrategyVersions(ctx, actor, params.workspaceId)).map(presentStrategyVersionSummary),
  }));

  route(app, ctx, 'listInventory', async ({ actor, params }) => ({
    items: (await listInventory(ctx, actor, params.workspaceId)).map(presentInventoryAccount),
  }));
  route(app, ctx, 'addInventoryAccount', async ({ actor, params, body, meta }) =>
    presentInventoryAccount(await addInventoryAccount(ctx, actor, params.workspaceId, body, meta)),
  );
  route(app, ctx, 'updateInventoryAccount', async ({ actor, params, body, meta }) =>
    presentInventoryAccount(await updateInventoryAccount(ctx, actor, params.workspaceId, params.accountId, body, meta)),
  );
  route(app, ctx, 'deleteInventoryAccount', async ({ actor, params, meta }) => {
    await deleteInventoryAccount(ctx, actor, params.workspaceId, params.accountId, meta);
    return { ok: true as const };
  });

  route(app, ctx, 'getOnboarding', async ({ actor, params }) => getOnboarding(ctx, actor, params.workspaceId));
  route(app, ctx, 'saveOnboarding', async ({ actor, params, body, meta }) => saveOnboarding(ctx, actor, params.workspaceId, body, meta));

  registerStrategyExportRoutes(app, ctx);
}
