/**
 * Orders, spend, channel figures, vouchers and attribution settings (issue 7, A4/A5), and the
 * aggregate reads the money figures are built from. Amounts are `numeric` in the database and
 * plain numbers here (drizzle's number mode; SQL sums are cast to float8).
 */
import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { attributionSettings, channelFigures, connectedAccounts, orderRequests, orders, postTargets, posts, shortLinks, spendEntries, vouchers } from '../schema.js';

export type OrderRow = typeof orders.$inferSelect;
export type NewOrderRow = typeof orders.$inferInsert;
export type SpendRow = typeof spendEntries.$inferSelect;
export type ChannelFigureRow = typeof channelFigures.$inferSelect;
export type VoucherRow = typeof vouchers.$inferSelect;
export type AttributionSettingsRow = typeof attributionSettings.$inferSelect;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

// ---- Settings

export async function findAttributionSettings(db: Database, workspaceId: string): Promise<AttributionSettingsRow | undefined> {
  const [row] = await db.select().from(attributionSettings).where(eq(attributionSettings.workspaceId, workspaceId));
  return row;
}

export async function upsertAttributionSettings(db: Database, workspaceId: string, values: { windowDays?: number; currency?: string; shopTag?: string }, now: Date): Promise<AttributionSettingsRow> {
  const [row] = await db
    .insert(attributionSettings)
    .values({ workspaceId, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: attributionSettings.workspaceId, set: { ...values, updatedAt: now } })
    .returning();
  if (!row) throw new Error('upsert of attribution_settings returned no row');
  return row;
}

export async function findWorkspaceByShopTag(db: Database, shopTag: string): Promise<AttributionSettingsRow | undefined> {
  const [row] = await db.select().from(attributionSettings).where(eq(attributionSettings.shopTag, shopTag));
  return row;
}

// ---- What touches resolve to

export interface LinkCredit {
  linkId: string;
  targetId: string;
  postId: string;
  accountId: string | null;
  network: string;
  campaign: string | null;
}

export async function findLinkCredit(db: Database, workspaceId: string, code: string): Promise<LinkCredit | undefined> {
  const [row] = await db
    .select({ linkId: shortLinks.id, targetId: shortLinks.targetId, postId: shortLinks.postId, accountId: shortLinks.accountId, network: shortLinks.network, campaign: shortLinks.campaign })
    .from(shortLinks)
    .where(and(eq(shortLinks.workspaceId, workspaceId), eq(shortLinks.code, code)));
  return row;
}

/** A post of the workspace named by `utm_content`, with its campaign, and its one target on the network when it has exactly one. */
export async function findPostCredit(db: Database, workspaceId: string, postId: string, network: string): Promise<{ postId: string; campaign: string | null; targetId: string | null; accountId: string | null } | undefined> {
  const [post] = await db.select({ id: posts.id, campaign: posts.campaign }).from(posts).where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
  if (!post) return undefined;
  const targets = await db
    .select({ id: postTargets.id, accountId: postTargets.accountId })
    .from(postTargets)
    .innerJoin(connectedAccounts, eq(connectedAccounts.id, postTargets.accountId))
    .where(and(eq(postTargets.postId, postId), eq(connectedAccounts.network, network)));
  const only = targets.length === 1 ? targets[0] : undefined;
  return { postId: post.id, campaign: post.campaign, targetId: only?.id ?? null, accountId: only?.accountId ?? null };
}

/** The networks of the workspace's connected accounts: the UTM sources that count as social. */
export async function workspaceNetworks(db: Database, workspaceId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ network: connectedAccounts.network }).from(connectedAccounts).where(eq(connectedAccounts.workspaceId, workspaceId));
  return rows.map((row) => row.network);
}

export async function findVoucher(db: Database, workspaceId: string, code: string): Promise<VoucherRow | undefined> {
  // Voucher codes are matched without case: shoppers type them.
  const [row] = await db.select().from(vouchers).where(and(eq(vouchers.workspaceId, workspaceId), sql`lower(${vouchers.code}) = lower(${code})`));
  return row;
}

export async function listVouchers(db: Database, workspaceId: string): Promise<VoucherRow[]> {
  return db.select().from(vouchers).where(eq(vouchers.workspaceId, workspaceId)).orderBy(asc(vouchers.code));
}

export async function upsertVoucher(db: Database, row: typeof vouchers.$inferInsert): Promise<VoucherRow> {
  const [saved] = await db
    .insert(vouchers)
    .values(row)
    .onConflictDoUpdate({ target: [vouchers.workspaceId, vouchers.code], set: { network: row.network, campaign: row.campaign ?? null, postId: row.postId ?? null } })
    .returning();
  if (!saved) throw new Error('upsert of vouchers returned no row');
  return saved;
}

export async function deleteVoucher(db: Database, workspaceId: string, code: string): Promise<boolean> {
  const deleted = await db.delete(vouchers).where(and(eq(vouchers.workspaceId, workspaceId), eq(vouchers.code, code))).returning({ code: vouchers.code });
  return deleted.length > 0;
}

export async function postInWorkspace(db: Database, workspaceId: string, postId: string): Promise<boolean> {
  const [row] = await db.select({ id: posts.id }).from(posts).where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
  return row !== undefined;
}

// ---- Orders

/** Inserts the order unless the workspace has one with the same order id; returns the new row, or undefined. */
export async function insertOrder(db: Database, row: NewOrderRow): Promise<OrderRow | undefined> {
  const [inserted] = await db.insert(orders).values(row).onConflictDoNothing({ target: [orders.workspaceId, orders.orderId] }).returning();
  return inserted;
}

export async function findOrderByOrderId(db: Database, workspaceId: string, orderId: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(orders).where(and(eq(orders.workspaceId, workspaceId), eq(orders.orderId, orderId)));
  return row;
}

export async function existingOrderIds(db: Database, workspaceId: string, orderIds: readonly string[]): Promise<Set<string>> {
  if (orderIds.length === 0) return new Set();
  const rows = await db.select({ orderId: orders.orderId }).from(orders).where(and(eq(orders.workspaceId, workspaceId), inArray(orders.orderId, [...orderIds])));
  return new Set(rows.map((row) => row.orderId));
}

export async function listOrders(db: Database, workspaceId: string, range: { from?: Date | undefined; to?: Date | undefined; limit: number }): Promise<OrderRow[]> {
  const conditions = [eq(orders.workspaceId, workspaceId)];
  if (range.from) conditions.push(gte(orders.orderedAt, range.from));
  if (range.to) conditions.push(lt(orders.orderedAt, range.to));
  return db.select().from(orders).where(and(...conditions)).orderBy(desc(orders.orderedAt), desc(orders.id)).limit(range.limit);
}

/**
 * Takes an idempotency key for one request: `taken` when it is new (the caller then stores the
 * answer with `saveRequestAnswer` in the same transaction), or the first request's hash and
 * answer. A concurrent request with the same key waits on the primary key until the first commits.
 */
export async function takeIdempotencyKey(db: Database, workspaceId: string, key: string, requestHash: string, now: Date): Promise<{ taken: true } | { taken: false; requestHash: string; response: unknown }> {
  const inserted = await db.insert(orderRequests).values({ workspaceId, idempotencyKey: key, requestHash, createdAt: now }).onConflictDoNothing().returning({ key: orderRequests.idempotencyKey });
  if (inserted.length > 0) return { taken: true };
  const [row] = await db.select().from(orderRequests).where(and(eq(orderRequests.workspaceId, workspaceId), eq(orderRequests.idempotencyKey, key)));
  if (!row) throw new Error('idempotency key vanished between insert and read');
  return { taken: false, requestHash: row.requestHash, response: row.response };
}

export async function saveRequestAnswer(db: Database, workspaceId: string, key: string, response: unknown): Promise<void> {
  await db.update(orderRequests).set({ response }).where(and(eq(orderRequests.workspaceId, workspaceId), eq(orderRequests.idempotencyKey, key)));
}

// ---- Spend

export async function listSpend(db: Database, workspaceId: string, months?: readonly string[]): Promise<SpendRow[]> {
  const conditions = [eq(spendEntries.workspaceId, workspaceId)];
  if (months) conditions.push(inArray(spendEntries.month, months.length > 0 ? [...months] : ['']));
  return db.select().from(spendEntries).where(and(...conditions)).orderBy(desc(spendEntries.month), asc(spendEntries.network), asc(spendEntries.campaign), asc(spendEntries.createdAt));
}

export async function findSpend(db: Database, workspaceId: string, id: string): Promise<SpendRow | undefined> {
  const [row] = await db.select().from(spendEntries).where(and(eq(spendEntries.workspaceId, workspaceId), eq(spendEntries.id, id)));
  return row;
}

export async function insertSpend(db: Database, rows: Array<typeof spendEntries.$inferInsert>): Promise<SpendRow[]> {
  if (rows.length === 0) return [];
  return db.insert(spendEntries).values(rows).returning();
}

export async function updateSpend(db: Database, workspaceId: string, id: string, values: Partial<typeof spendEntries.$inferInsert>): Promise<SpendRow | undefined> {
  const [row] = await db.update(spendEntries).set(values).where(and(eq(spendEntries.workspaceId, workspaceId), eq(spendEntries.id, id))).returning();
  return row;
}

export async function deleteSpend(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const deleted = await db.delete(spendEntries).where(and(eq(spendEntries.workspaceId, workspaceId), eq(spendEntries.id, id))).returning({ id: spendEntries.id });
  return deleted.length > 0;
}

// ---- Channel figures

export async function listChannelFigures(db: Database, workspaceId: string, months?: readonly string[]): Promise<ChannelFigureRow[]> {
  const conditions = [eq(channelFigures.workspaceId, workspaceId)];
  if (months) conditions.push(inArray(channelFigures.month, months.length > 0 ? [...months] : ['']));
  return db.select().from(channelFigures).where(and(...conditions)).orderBy(desc(channelFigures.month), asc(channelFigures.channel));
}

/** One row per workspace, month and channel: entering a month's figures again replaces them. */
export async function upsertChannelFigures(db: Database, rows: Array<typeof channelFigures.$inferInsert>, now: Date): Promise<ChannelFigureRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(channelFigures)
    .values(rows)
    .onConflictDoUpdate({
      target: [channelFigures.workspaceId, channelFigures.month, channelFigures.channel],
      set: { spend: sql`excluded.spend`, orders: sql`excluded.orders`, revenue: sql`excluded.revenue`, currency: sql`excluded.currency`, updatedAt: now },
    })
    .returning();
}

export async function deleteChannelFigure(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const deleted = await db.delete(channelFigures).where(and(eq(channelFigures.workspaceId, workspaceId), eq(channelFigures.id, id))).returning({ id: channelFigures.id });
  return deleted.length > 0;
}

// ---- Aggregates for the money figures

export interface PeriodBounds {
  /** First day, inclusive, `YYYY-MM-DD`. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  timezone: string;
}

/** The instants the period's days start and end in the zone, as SQL, so the index on `ordered_at` serves. */
const periodStart = (period: PeriodBounds) => sql`((${period.from}::date)::timestamp AT TIME ZONE ${period.timezone})`;
const periodEnd = (period: PeriodBounds) => sql`(((${period.to}::date) + 1)::timestamp AT TIME ZONE ${period.timezone})`;

export interface OrderGroup {
  key: string;
  label: string;
  orders: number;
  revenue: number;
}

/** Attributed orders in the currency, grouped by one column (network, campaign, account, post or target). */
export async function attributedOrdersBy(db: Database, workspaceId: string, period: PeriodBounds, currency: string, by: 'network' | 'campaign' | 'account' | 'post' | 'target'): Promise<OrderGroup[]> {
  const column = { network: sql`o.network`, campaign: sql`o.campaign`, account: sql`o.account_id::text`, post: sql`o.post_id::text`, target: sql`o.target_id::text` }[by];
  const label = {
    network: sql`o.network`,
    campaign: sql`o.campaign`,
    account: sql`coalesce(max(a.display_name), max(a.handle), o.account_id::text)`,
    post: sql`coalesce(left(max(p.content->'parts'->0->>'text'), 80), o.post_id::text)`,
    target: sql`o.target_id::text`,
  }[by];
  const rows = await db.execute<{ key: string; label: string; orders: number; revenue: number }>(sql`
    SELECT ${column} AS key, ${label} AS label, count(*)::int AS orders, coalesce(sum(o.amount), 0)::float8 AS revenue
    FROM orders o
    LEFT JOIN connected_accounts a ON a.id = o.account_id
    LEFT JOIN posts p ON p.id = o.post_id
    WHERE o.workspace_id = ${workspaceId} AND o.attribution = 'attributed' AND o.currency = ${currency}
      AND o.ordered_at >= ${periodStart(period)} AND o.ordered_at < ${periodEnd(period)}
      AND ${column} IS NOT NULL
    GROUP BY ${column}
    ORDER BY count(*) DESC, 1`);
  return rowsOf<OrderGroup>(rows).map((row) => ({ ...row, orders: Number(row.orders), revenue: Number(row.revenue) }));
}

/** Attributed orders and revenue per day (in the zone) of the period, in the currency. */
export async function attributedOrdersDaily(db: Database, workspaceId: string, period: PeriodBounds, currency: string): Promise<Array<{ day: string; orders: number; revenue: number }>> {
  const rows = await db.execute<{ day: string; orders: number; revenue: number }>(sql`
    SELECT to_char((o.ordered_at AT TIME ZONE ${period.timezone})::date, 'YYYY-MM-DD') AS day, count(*)::int AS orders, coalesce(sum(o.amount), 0)::float8 AS revenue
    FROM orders o
    WHERE o.workspace_id = ${workspaceId} AND o.attribution = 'attributed' AND o.currency = ${currency}
      AND o.ordered_at >= ${periodStart(period)} AND o.ordered_at < ${periodEnd(period)}
    GROUP BY 1 ORDER BY 1`);
  return rowsOf<{ day: string; orders: number; revenue: number }>(rows).map((row) => ({ day: row.day, orders: Number(row.orders), revenue: Number(row.revenue) }));
}

/** Orders of the period in other currencies than the figures' one: stored, but not summed. */
export async function otherCurrencyOrderCount(db: Database, workspaceId: string, period: PeriodBounds, currency: string): Promise<number> {
  const rows = await db.execute<{ count: number }>(sql`
    SELECT count(*)::int AS count FROM orders o
    WHERE o.workspace_id = ${workspaceId} AND o.currency <> ${currency}
      AND o.ordered_at >= ${periodStart(period)} AND o.ordered_at < ${periodEnd(period)}`);
  return Number(rowsOf<{ count: number }>(rows)[0]?.count ?? 0);
}

/**
 * Every order up to the period's end of the customers whose first order lies in the period: what
 * the repeat-purchase rate is computed from.
 */
export async function ordersOfNewCustomers(db: Database, workspaceId: string, period: PeriodBounds): Promise<Array<{ customerHash: string; orderedAt: Date; social: boolean }>> {
  const rows = await db.execute<{ customer_hash: string; ordered_at: string; social: boolean }>(sql`
    WITH firsts AS (
      SELECT customer_hash, min(ordered_at) AS first_at FROM orders
      WHERE workspace_id = ${workspaceId} AND customer_hash IS NOT NULL AND ordered_at < ${periodEnd(period)}
      GROUP BY customer_hash
      HAVING min(ordered_at) >= ${periodStart(period)}
    )
    SELECT o.customer_hash, o.ordered_at, (o.attribution = 'attributed') AS social
    FROM orders o JOIN firsts f ON f.customer_hash = o.customer_hash
    WHERE o.workspace_id = ${workspaceId} AND o.ordered_at < ${periodEnd(period)}`);
  return rowsOf<{ customer_hash: string; ordered_at: string | Date; social: boolean }>(rows).map((row) => ({ customerHash: row.customer_hash, orderedAt: new Date(row.ordered_at), social: row.social }));
}

