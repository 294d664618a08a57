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

/** Thrown inside the transaction of a call with several budgets, to give back what it spent already. */
class Refused extends Error {
  constructor(readonly result: SpendResult) {
    super('refused by the rate-limit ledger');
  }
}

/**
 * Spends `cost` in every budget, or nothing when one is blocked or would go over its limit. Every
 * publish goes through here, so the usual case (one budget) is one statement with no transaction:
 * the block check and the spend are one upsert, atomic under the row's lock. Several budgets are
 * spent in one transaction that is rolled back when a later one refuses.
 */
export async function spendBudgets(db: Database, scopeKeys: readonly string[], charges: readonly BudgetCharge[], now: Date): Promise<SpendResult> {
  const due = charges.filter((charge) => charge.cost > 0);
  const [first, ...rest] = due;
  if (rest.length === 0) return spendOne(db, scopeKeys, first, now);
  try {
    return await db.transaction(async (tx) => {
      for (const [index, charge] of due.entries()) {
        const result = await spendOne(tx, index === 0 ? scopeKeys : [], charge, now);
        if (!result.ok) throw new Refused(result);
      }
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** Checks the blocks on `scopeKeys` and spends one charge, in one statement. */
async function spendOne(db: Database, scopeKeys: readonly string[], charge: BudgetCharge | undefined, now: Date): Promise<SpendResult> {
  const at = now.toISOString();
  if (charge && charge.cost > charge.limit) return { ok: false, bucket: charge.bucket, resetAt: new Date(now.getTime() + charge.windowSeconds * 1000), blocked: false };
  const scopes = sql`ARRAY[${sql.join(
    scopeKeys.map((key) => sql`${key}`),
    sql`, `,
  )}]::text[]`;
  // A window that began `windowSeconds` ago or earlier is over: the charge starts a new one.
  const over = charge ? sql`w.window_started_at <= ${at}::timestamptz - make_interval(secs => ${charge.windowSeconds})` : sql`false`;
  const spend = charge
    ? sql`INSERT INTO rate_limit_windows AS w (scope_key, bucket, window_started_at, used)
          SELECT ${charge.scopeKey}, ${charge.bucket}, ${at}::timestamptz, ${charge.cost}::int WHERE NOT EXISTS (SELECT 1 FROM block)
          ON CONFLICT (scope_key, bucket) DO UPDATE
          SET window_started_at = CASE WHEN ${over} THEN ${at}::timestamptz ELSE w.window_started_at END,
              used = CASE WHEN ${over} THEN ${charge.cost}::int ELSE w.used + ${charge.cost}::int END
          WHERE (CASE WHEN ${over} THEN ${charge.cost}::int ELSE w.used + ${charge.cost}::int END) <= ${charge.limit}::int
          RETURNING 1`
    : sql`SELECT 1 WHERE false`;
  type Row = { block_bucket: string | null; blocked_until: string | Date | null; spent: number };
  const result = await db.execute<Row>(sql`
    WITH block AS (
      SELECT bucket, blocked_until FROM rate_limit_windows
      WHERE ${scopeKeys.length > 0 ? sql`scope_key = ANY(${scopes})` : sql`false`} AND blocked_until > ${at}::timestamptz
      ORDER BY blocked_until DESC LIMIT 1
    ),
    spent AS (${spend})
    SELECT (SELECT bucket FROM block) AS block_bucket, (SELECT blocked_until FROM block) AS blocked_until, (SELECT count(*)::int FROM spent) AS spent`);
  const [row] = (result as { rows: Row[] }).rows;
  if (row?.block_bucket != null && row.blocked_until != null) return { ok: false, bucket: row.block_bucket, resetAt: new Date(row.blocked_until), blocked: true };
  if (!charge || (row?.spent ?? 0) > 0) return { ok: true };
  // Over the limit: the window's end is when it can go out.
  const [window] = await db
    .select({ startedAt: rateLimitWindows.windowStartedAt })
    .from(rateLimitWindows)
    .where(and(eq(rateLimitWindows.scopeKey, charge.scopeKey), eq(rateLimitWindows.bucket, charge.bucket)));
  const startedAt = window?.startedAt ?? now;
  return { ok: false, bucket: charge.bucket, resetAt: new Date(startedAt.getTime() + charge.windowSeconds * 1000), blocked: false };
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
