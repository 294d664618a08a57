/**
 * The rate-limit ledger's storage: fixed windows per (scope, bucket) and blocks until a network's
 * reset time. Spending is all-or-nothing across the budgets a call touches, under row locks, so
 * two processes cannot both spend the last unit.
 */
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { rateLimitWindows } from '../schema.js';

export interface BudgetCharge {
  scopeKey: string;
  bucket: string;
  limit: number;
  windowSeconds: number;
  cost: number;
}

export type SpendResult = { ok: true } | { ok: false; bucket: string; resetAt: Date; blocked: boolean };

/** Spends `cost` in every budget, or nothing when one is blocked or would go over its limit. */
export async function spendBudgets(db: Database, scopeKeys: readonly string[], charges: readonly BudgetCharge[], now: Date): Promise<SpendResult> {
  return db.transaction(async (tx) => {
    if (scopeKeys.length > 0) {
      const blocked = await tx
        .select({ bucket: rateLimitWindows.bucket, blockedUntil: rateLimitWindows.blockedUntil })
        .from(rateLimitWindows)
        .where(and(inArray(rateLimitWindows.scopeKey, [...scopeKeys]), gt(rateLimitWindows.blockedUntil, now)));
      const latest = blocked.reduce<(typeof blocked)[number] | undefined>(
        (max, row) => (!max || (row.blockedUntil?.getTime() ?? 0) > (max.blockedUntil?.getTime() ?? 0) ? row : max),
        undefined,
      );
      if (latest?.blockedUntil) return { ok: false, bucket: latest.bucket, resetAt: latest.blockedUntil, blocked: true };
    }
    const updates: { charge: BudgetCharge; windowStartedAt: Date; used: number }[] = [];
    for (const charge of charges) {
      if (charge.cost <= 0) continue;
      await tx
        .insert(rateLimitWindows)
        .values({ scopeKey: charge.scopeKey, bucket: charge.bucket, windowStartedAt: now, used: 0 })
        .onConflictDoNothing();
      const [row] = await tx
        .select()
        .from(rateLimitWindows)
        .where(and(eq(rateLimitWindows.scopeKey, charge.scopeKey), eq(rateLimitWindows.bucket, charge.bucket)))
        .for('update');
      if (!row) throw new Error('rate-limit window vanished inside its transaction');
      const windowEnds = new Date(row.windowStartedAt.getTime() + charge.windowSeconds * 1000);
      const expired = windowEnds.getTime() <= now.getTime();
      const windowStartedAt = expired ? now : row.windowStartedAt;
      const used = (expired ? 0 : row.used) + charge.cost;
      if (used > charge.limit) return { ok: false, bucket: charge.bucket, resetAt: windowEnds, blocked: false };
      updates.push({ charge, windowStartedAt, used });
    }
    for (const { charge, windowStartedAt, used } of updates) {
      await tx
        .update(rateLimitWindows)
        .set({ windowStartedAt, used })
        .where(and(eq(rateLimitWindows.scopeKey, charge.scopeKey), eq(rateLimitWindows.bucket, charge.bucket)));
    }
    return { ok: true };
  });
}

/** No request for this scope goes out before `until` (kept if a later block is already set). */
export async function blockUntil(db: Database, scopeKey: string, bucket: string, until: Date, now: Date): Promise<void> {
  await db
    .insert(rateLimitWindows)
    .values({ scopeKey, bucket, windowStartedAt: now, used: 0, blockedUntil: until })
    .onConflictDoUpdate({
      target: [rateLimitWindows.scopeKey, rateLimitWindows.bucket],
      // GREATEST ignores NULL in PostgreSQL, so a first block simply takes the new time.
      set: { blockedUntil: sql`GREATEST(${rateLimitWindows.blockedUntil}, excluded.blocked_until)` },
    });
}

/** The latest block still in force for these scopes, for the accounts page. */
export async function blockedUntil(db: Database, scopeKeys: readonly string[], now: Date): Promise<Date | null> {
  if (scopeKeys.length === 0) return null;
  const [row] = await db
    .select({ until: sql<Date | null>`MAX(${rateLimitWindows.blockedUntil})`.mapWith((value: string | Date | null) => (value ? new Date(value) : null)) })
    .from(rateLimitWindows)
    .where(and(inArray(rateLimitWindows.scopeKey, [...scopeKeys]), gt(rateLimitWindows.blockedUntil, now)));
  return row?.until ?? null;
}
