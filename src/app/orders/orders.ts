/**
 * Recording orders (A4): from a shop's server through `POST /api/orders` (a workspace API key and
 * an Idempotency-Key), from the thank-you-page script (a public shop tag that can only record
 * orders), and from CSV files (`import.ts`). Each order is attributed when it is written: its
 * touches are resolved (short-link code, voucher, UTM parameters) and the last one within the
 * workspace's window wins (`core/orders/attribution.ts`); the credit is stored with the order.
 */
import { createHash, randomUUID } from 'node:crypto';
import { attributeOrder, DEFAULT_WINDOW_DAYS, NOT_ATTRIBUTED_REASONS, utmCredit, type Credit, type NotAttributedReason, type Touch, type TouchKind, type Utm } from '../../core/orders/attribution.js';
import { AppError } from '../../core/errors.js';
import type { Database } from '../../db/connection.js';
import {
  findAttributionSettings,
  findLinkCredit,
  findOrderByOrderId,
  findPostCredit,
  findVoucher,
  findWorkspaceByShopTag,
  insertOrder,
  listOrders as listOrderRows,
  saveRequestAnswer,
  takeIdempotencyKey,
  workspaceNetworks,
  type OrderRow,
} from '../../db/repositories/orders.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext, RequestMeta } from '../context.js';

/** A touch as a caller sends it. `at` defaults to the order's time (a shop that does not know when). */
export interface TouchInput {
  kind: TouchKind;
  value?: string | undefined;
  utm?: Utm | undefined;
  at?: string | undefined;
}

export interface OrderInput {
  orderId: string;
  /** When the order was placed; now when absent. */
  orderedAt?: string | undefined;
  amount: number;
  currency: string;
  /** The customer's id hashed by the shop (SHA-256 recommended); never a raw e-mail or phone. */
  customer?: string | null | undefined;
  /** One touch, the short way: a short-link code, a voucher code, or UTM parameters. */
  code?: string | undefined;
  voucher?: string | undefined;
  utm?: Utm | undefined;
  touchedAt?: string | undefined;
  /** Several touches (the shop script sends those it kept); the last within the window wins. */
  touches?: TouchInput[] | undefined;
}

export type OrderSource = 'api' | 'script' | 'csv';

export interface OrderView {
  id: string;
  orderId: string;
  orderedAt: Date;
  amount: number;
  currency: string;
  customerHash: string | null;
  source: OrderSource;
  touch: null | { kind: TouchKind; value: string; utm: Record<string, string> | null; at: Date | null };
  attribution: {
    status: 'attributed' | 'not_attributed';
    reason: NotAttributedReason | null;
    windowDays: number;
    linkId: string | null;
    targetId: string | null;
    postId: string | null;
    accountId: string | null;
    network: string | null;
    campaign: string | null;
    voucher: string | null;
  };
  createdAt: Date;
  /** True when the workspace already had this order id: the first order is returned, nothing was changed. */
  duplicate: boolean;
}

const asReason = (value: string | null): NotAttributedReason | null => (NOT_ATTRIBUTED_REASONS as readonly string[]).includes(value ?? '') ? (value as NotAttributedReason) : null;

export function presentOrder(row: OrderRow, duplicate = false): OrderView {
  return {
    id: row.id,
    orderId: row.orderId,
    orderedAt: row.orderedAt,
    amount: Number(row.amount),
    currency: row.currency,
    customerHash: row.customerHash,
    source: row.source,
    touch: row.touchKind ? { kind: row.touchKind, value: row.touchValue ?? '', utm: row.touchUtm ?? null, at: row.touchedAt } : null,
    attribution: {
      status: row.attribution,
      reason: asReason(row.attributionReason),
      windowDays: row.windowDays,
      linkId: row.linkId,
      targetId: row.targetId,
      postId: row.postId,
      accountId: row.accountId,
      network: row.network,
      campaign: row.campaign,
      voucher: row.voucher,
    },
    createdAt: row.createdAt,
    duplicate,
  };
}

/** The touches of an order input as the core reads them. */
export function touchesOf(input: Pick<OrderInput, 'code' | 'voucher' | 'utm' | 'touchedAt' | 'touches'>, orderedAt: Date): Touch[] {
  const touches: Touch[] = [];
  const shortAt = input.touchedAt ? new Date(input.touchedAt) : orderedAt;
  if (input.code) touches.push({ kind: 'link', value: input.code, at: shortAt });
  if (input.voucher) touches.push({ kind: 'voucher', value: input.voucher, at: shortAt });
  if (!input.code && !input.voucher && input.utm && Object.keys(input.utm).length > 0) touches.push({ kind: 'utm', value: input.utm.source ?? '', utm: input.utm, at: shortAt });
  for (const touch of input.touches ?? []) {
    touches.push({ kind: touch.kind, value: touch.value ?? touch.utm?.source ?? '', utm: touch.utm, at: touch.at ? new Date(touch.at) : orderedAt });
  }
  return touches;
}

/** What each touch leads to; resolved before attribution so the core stays pure. */
async function resolveTouches(db: Database, workspaceId: string, touches: readonly Touch[]): Promise<Map<Touch, Credit | null>> {
  const credits = new Map<Touch, Credit | null>();
  let networks: string[] | undefined;
  for (const touch of touches) {
    if (touch.kind === 'link') {
      const link = await findLinkCredit(db, workspaceId, touch.value);
      credits.set(touch, link ? { ...link, voucher: null } : null);
    } else if (touch.kind === 'voucher') {
      const voucher = await findVoucher(db, workspaceId, touch.value);
      credits.set(touch, voucher ? { linkId: null, targetId: null, postId: voucher.postId, accountId: null, network: voucher.network, campaign: voucher.campaign, voucher: voucher.code } : null);
    } else {
      networks ??= await workspaceNetworks(db, workspaceId);
      const utm = touch.utm ?? {};
      const source = utm.source?.trim().toLowerCase() ?? '';
      const network = networks.find((candidate) => candidate.toLowerCase() === source);
      // Chorus' own links put the post id in utm_content and a slug of the campaign in
      // utm_campaign; the post's own campaign name is used so that figures group as in the posts.
      const content = utm.content?.trim() ?? '';
      const post = network && /^[0-9a-f-]{36}$/i.test(content) ? await findPostCredit(db, workspaceId, content.toLowerCase(), network) : undefined;
      const credit = utmCredit(utm, networks, post ?? null);
      credits.set(touch, credit && post?.campaign ? { ...credit, campaign: post.campaign } : credit);
    }
  }
  return credits;
}

export async function windowDaysOf(db: Database, workspaceId: string): Promise<number> {
  return (await findAttributionSettings(db, workspaceId))?.windowDays ?? DEFAULT_WINDOW_DAYS;
}

/**
 * Attributes and stores one order. An order id the workspace already has is not written again:
 * the first order comes back marked `duplicate` (a thank-you page reloaded, a retried export).
 */
export async function storeOrder(db: Database, workspaceId: string, input: OrderInput, source: OrderSource, now: Date): Promise<OrderView> {
  const existing = await findOrderByOrderId(db, workspaceId, input.orderId);
  if (existing) return presentOrder(existing, true);
  const orderedAt = input.orderedAt ? new Date(input.orderedAt) : now;
  const touches = touchesOf(input, orderedAt);
  const credits = await resolveTouches(db, workspaceId, touches);
  const windowDays = await windowDaysOf(db, workspaceId);
  const result = attributeOrder({ orderedAt, touches, windowDays, resolve: (touch) => credits.get(touch) ?? null });
  const touch = result.touch;
  const credit = result.status === 'attributed' ? result.credit : null;
  const inserted = await insertOrder(db, {
    id: randomUUID(),
    workspaceId,
    orderId: input.orderId,
    orderedAt,
    amount: input.amount,
    currency: input.currency,
    customerHash: input.customer ?? null,
    source,
    touchKind: touch?.kind ?? null,
    touchValue: touch?.value ?? null,
    touchUtm: touch?.utm ? { ...touch.utm } : null,
    touchedAt: touch?.at ?? null,
    attribution: result.status,
    attributionReason: result.status === 'not_attributed' ? result.reason : null,
    windowDays,
    linkId: credit?.linkId ?? null,
    targetId: credit?.targetId ?? null,
    postId: credit?.postId ?? null,
    accountId: credit?.accountId ?? null,
    network: credit?.network ?? null,
    campaign: credit?.campaign ?? null,
    voucher: credit?.voucher ?? null,
    createdAt: now,
  });
  if (inserted) return presentOrder(inserted);
  // Another request wrote the same order id between the look-up and the insert.
  const winner = await findOrderByOrderId(db, workspaceId, input.orderId);
  if (!winner) throw new Error('order insert conflicted but no order was found');
  return presentOrder(winner, true);
}

/** A stable hash of a request body: the same fields and values give the same hash whatever their order. */
export function requestHash(body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, item]) => item !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, item]) => [key, canonical(item)]),
      );
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('hex');
}

export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * `POST /api/orders`: a workspace API key records an order. The Idempotency-Key makes a retry
 * safe: the same key and body answer what the first request answered, the same key with another
 * body is refused with `idempotency_conflict`.
 */
export async function recordOrder(ctx: AppContext, actor: Actor, input: OrderInput, idempotencyKey: string | undefined): Promise<OrderView> {
  if (actor.kind !== 'apiKey') throw new AppError('forbidden', 'POST /api/orders takes a workspace API key (Authorization: Bearer chrs_…); the key says which workspace the order belongs to');
  if (!idempotencyKey || !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
    throw new AppError('validation_failed', 'Send an Idempotency-Key header (1 to 255 visible ASCII characters, e.g. a UUID) so that a retried request records the order once', [{ path: ['headers', 'idempotency-key'], message: idempotencyKey ? 'must be 1 to 255 visible ASCII characters' : 'is required' }]);
  }
  const workspaceId = actor.key.workspaceId;
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  const hash = requestHash(input);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const taken = await takeIdempotencyKey(tx, workspaceId, idempotencyKey, hash, now);
    if (!taken.taken) {
      if (taken.requestHash !== hash) throw new AppError('idempotency_conflict', 'This Idempotency-Key was used with a different request body; use a new key for a new request', { idempotencyKey });
      return reviveOrder(taken.response);
    }
    const order = await storeOrder(tx, workspaceId, input, 'api', now);
    await saveRequestAnswer(tx, workspaceId, idempotencyKey, order);
    return order;
  });
}

/** The stored answer (JSON, dates as strings) as an order view again. */
function reviveOrder(stored: unknown): OrderView {
  const view = stored as Omit<OrderView, 'orderedAt' | 'createdAt' | 'touch'> & { orderedAt: string; createdAt: string; touch: (Omit<NonNullable<OrderView['touch']>, 'at'> & { at: string | null }) | null };
  return {
    ...view,
    orderedAt: new Date(view.orderedAt),
    createdAt: new Date(view.createdAt),
    touch: view.touch ? { ...view.touch, at: view.touch.at ? new Date(view.touch.at) : null } : null,
  };
}

// ---- The thank-you-page script

/** Orders one shop tag may send per address and minute; a real shop sends one per checkout. */
export const SHOP_ORDERS_PER_MINUTE = 20;
const shopWindows = new Map<string, { startedAt: number; count: number }>();

/** In this process only: with several API processes the limit applies per process. */
function checkShopRate(key: string, now: Date): void {
  const minute = 60_000;
  const current = shopWindows.get(key);
  if (!current || now.getTime() - current.startedAt >= minute) {
    if (shopWindows.size > 10_000) shopWindows.clear();
    shopWindows.set(key, { startedAt: now.getTime(), count: 1 });
    return;
  }
  current.count += 1;
  if (current.count > SHOP_ORDERS_PER_MINUTE) {
    const retryAfter = Math.ceil((current.startedAt + minute - now.getTime()) / 1000);
    throw new AppError('too_many_attempts', 'Too many orders from this address; try again in a minute', { limit: SHOP_ORDERS_PER_MINUTE }, retryAfter);
  }
}

/**
 * An order from the thank-you-page script, identified by the workspace's public shop tag. The tag
 * is no secret (it is in the shop's page), so it can only add orders, marked `script`; an order id
 * already recorded is never changed by it.
 */
export async function recordShopOrder(ctx: AppContext, shopTag: string, input: OrderInput, meta: RequestMeta): Promise<OrderView> {
  const settings = await findWorkspaceByShopTag(ctx.db, shopTag);
  if (!settings) throw new AppError('not_found', 'No workspace has this shop tag; copy the snippet from Analytics → Money again');
  const now = ctx.clock.now();
  checkShopRate(`${shopTag} ${meta.ip}`, now);
  return ctx.db.transaction((tx) => storeOrder(tx, settings.workspaceId, onServerClock(input, now), 'script', now));
}

/**
 * The script's times come from the shopper's clock, which may be minutes or days off. It sends
 * `orderedAt` from the same clock, so the touches are moved by the difference between that and
 * the server's time, and the order takes the server's time: how long before the order a touch
 * happened stays as the browser measured it.
 */
export function onServerClock(input: OrderInput, now: Date): OrderInput {
  if (!input.orderedAt) return input;
  const offset = now.getTime() - new Date(input.orderedAt).getTime();
  const shift = (at: string | undefined) => (at ? new Date(new Date(at).getTime() + offset).toISOString() : undefined);
  return {
    ...input,
    orderedAt: now.toISOString(),
    touchedAt: shift(input.touchedAt),
    touches: input.touches?.map((touch) => ({ ...touch, at: shift(touch.at) })),
  };
}

export async function listOrders(ctx: AppContext, actor: Actor, workspaceId: string, query: { from?: string | undefined; to?: string | undefined; limit: number }): Promise<OrderView[]> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const rows = await listOrderRows(ctx.db, workspaceId, { from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined, limit: query.limit });
  return rows.map((row) => presentOrder(row));
}
