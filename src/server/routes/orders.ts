/**
 * Orders and money (issue 7, A4/A5): the orders API, the thank-you-page script and its public
 * order route (CORS open, since shops live on other origins), CSV imports, spend, channel
 * figures, vouchers, settings and the money figures.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { orderFigures } from '../../app/orders/figures.js';
import { importChannelFigures, importOrders, importSpend } from '../../app/orders/import.js';
import {
  createSpend,
  deleteChannelFigure,
  deleteSpend,
  deleteVoucher,
  getOrderSettings,
  listChannelFigures,
  listSpend,
  listVouchers,
  renewShopTag,
  saveChannelFigure,
  saveOrderSettings,
  saveVoucher,
  updateSpend,
} from '../../app/orders/money.js';
import { listOrders, recordOrder, recordShopOrder } from '../../app/orders/orders.js';
import { SHOP_SCRIPT } from '../../app/orders/shop-script.js';
import { authorize } from '../../app/access.js';
import { AppError, notFound } from '../../core/errors.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import { route } from '../route.js';
import { presentDates } from './inbox-present.js';

const SHOP_ROUTE_PREFIX = '/api/shop/';

export function registerOrderRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'recordOrder', async ({ actor, body, request }) => {
    const header = request.headers['idempotency-key'];
    return presentDates(await recordOrder(ctx, actor, body, typeof header === 'string' ? header : undefined));
  });
  route(app, ctx, 'recordShopOrder', async ({ params, body, meta }) => {
    const order = await recordShopOrder(ctx, params.shopTag, body, meta);
    // The page learns only whether the order counted; the attribution stays for the workspace.
    return { ok: true as const, attributed: order.attribution.status === 'attributed', duplicate: order.duplicate };
  });
  route(app, ctx, 'listOrders', async ({ actor, params, query }) => ({ items: presentDates(await listOrders(ctx, actor, params.workspaceId, query)) }));
  route(app, ctx, 'importOrders', async ({ actor, params, body, meta }) => importOrders(ctx, actor, params.workspaceId, body, meta));
  route(app, ctx, 'getMoneyFigures', async ({ actor, params, query }) => {
    await authorize(ctx.db, actor, params.workspaceId, 'analytics.read');
    const workspace = await findWorkspace(ctx.db, params.workspaceId);
    if (!workspace) throw notFound('Workspace');
    if (query.from > query.to) throw new AppError('validation_failed', 'The period ends before it starts', [{ path: ['to'], message: 'must not be before from' }]);
    return orderFigures(ctx.db, params.workspaceId, { from: query.from, to: query.to, timezone: workspace.timezone });
  });
  route(app, ctx, 'getOrderSettings', async ({ actor, params }) => getOrderSettings(ctx, actor, params.workspaceId));
  route(app, ctx, 'saveOrderSettings', async ({ actor, params, body, meta }) => saveOrderSettings(ctx, actor, params.workspaceId, body, meta));
  route(app, ctx, 'renewShopTag', async ({ actor, params, meta }) => renewShopTag(ctx, actor, params.workspaceId, meta));
  route(app, ctx, 'listSpend', async ({ actor, params }) => ({ items: presentDates(await listSpend(ctx, actor, params.workspaceId)) }));
  route(app, ctx, 'createSpend', async ({ actor, params, body, meta }) => presentDates(await createSpend(ctx, actor, params.workspaceId, body, meta)));
  route(app, ctx, 'updateSpend', async ({ actor, params, body, meta }) => presentDates(await updateSpend(ctx, actor, params.workspaceId, params.spendId, body, meta)));
  route(app, ctx, 'deleteSpend', async ({ actor, params, meta }) => {
    await deleteSpend(ctx, actor, params.workspaceId, params.spendId, meta);
    return { ok: true as const };
  });
  route(app, ctx, 'importSpend', async ({ actor, params, body, meta }) => importSpend(ctx, actor, params.workspaceId, body, meta));
  route(app, ctx, 'listChannelFigures', async ({ actor, params }) => ({ items: presentDates(await listChannelFigures(ctx, actor, params.workspaceId)) }));
  route(app, ctx, 'saveChannelFigure', async ({ actor, params, body, meta }) => presentDates(await saveChannelFigure(ctx, actor, params.workspaceId, body, meta)));
  route(app, ctx, 'deleteChannelFigure', async ({ actor, params, meta }) => {
    await deleteChannelFigure(ctx, actor, params.workspaceId, params.figureId, meta);
    return { ok: true as const };
  });
  route(app, ctx, 'importChannelFigures', async ({ actor, params, body, meta }) => importChannelFigures(ctx, actor, params.workspaceId, body, meta));
  route(app, ctx, 'listVouchers', async ({ actor, params }) => ({ items: presentDates(await listVouchers(ctx, actor, params.workspaceId)) }));
  route(app, ctx, 'saveVoucher', async ({ actor, params, body, meta }) => presentDates(await saveVoucher(ctx, actor, params.workspaceId, { code: params.code, ...body }, meta)));
  route(app, ctx, 'deleteVoucher', async ({ actor, params, meta }) => {
    await deleteVoucher(ctx, actor, params.workspaceId, params.code, meta);
    return { ok: true as const };
  });

  // Shops call the order route from their own origin. Any origin may, as the tag is public
  // anyway; no cookie is ever read there (auth "none"), so allowing every origin exposes nothing.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith(SHOP_ROUTE_PREFIX)) {
      void reply.header('access-control-allow-origin', '*');
      void reply.header('vary', 'origin');
    }
    return payload;
  });
  app.options('/api/shop/:shopTag/orders', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .status(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400')
      .send(),
  );
  app.get('/shop.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').header('cross-origin-resource-policy', 'cross-origin').send(SHOP_SCRIPT),
  );
}
