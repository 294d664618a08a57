/** The business profile, the strategy's versions and the onboarding state; every query is scoped by workspace. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { BusinessProfile } from '../../core/strategy/profile.js';
import type { Database } from '../connection.js';
import { businessProfiles, onboarding, strategyVersions, users, workspaces } from '../schema.js';

export type BusinessProfileRow = typeof businessProfiles.$inferSelect;
export type StrategyVersionRow = typeof strategyVersions.$inferSelect & {
  /** The author's name at reading time; null when the author is gone or was an API key. */
  createdByName: string | null;
};
export type NewStrategyVersion = Omit<typeof strategyVersions.$inferInsert, 'version'>;
export type OnboardingRow = typeof onboarding.$inferSelect;

export async function findBusinessProfile(db: Database, workspaceId: string): Promise<BusinessProfileRow | undefined> {
  const [row] = await db.select().from(businessProfiles).where(eq(businessProfiles.workspaceId, workspaceId));
  return row;
}

export async function upsertBusinessProfile(
  db: Database,
  workspaceId: string,
  profile: BusinessProfile,
  updatedBy: string | null,
  at: Date,
): Promise<BusinessProfileRow> {
  const [row] = await db
    .insert(businessProfiles)
    .values({ workspaceId, profile, updatedBy, updatedAt: at })
    .onConflictDoUpdate({ target: businessProfiles.workspaceId, set: { profile, updatedBy, updatedAt: at } })
    .returning();
  if (!row) throw new Error('upsert into business_profiles returned no row');
  return row;
}

const versionColumns = { version: strategyVersions, createdByName: users.name };

function withAuthor(row: { version: typeof strategyVersions.$inferSelect; createdByName: string | null }): StrategyVersionRow {
  return { ...row.version, createdByName: row.createdByName };
}

/** One version, or the latest when `version` is undefined. */
export async function findStrategyVersion(
  db: Database,
  workspaceId: string,
  version?: number,
): Promise<StrategyVersionRow | undefined> {
  const scope = eq(strategyVersions.workspaceId, workspaceId);
  const [row] = await db
    .select(versionColumns)
    .from(strategyVersions)
    .leftJoin(users, eq(users.id, strategyVersions.createdBy))
    .where(version === undefined ? scope : and(scope, eq(strategyVersions.version, version)))
    .orderBy(desc(strategyVersions.version))
    .limit(1);
  return row ? withAuthor(row) : undefined;
}

export async function listStrategyVersions(
  db: Database,
  workspaceId: string,
): Promise<Array<{ version: number; createdAt: Date; createdBy: string | null; createdByName: string | null }>> {
  return db
    .select({
      version: strategyVersions.version,
      createdAt: strategyVersions.createdAt,
      createdBy: strategyVersions.createdBy,
      createdByName: users.name,
    })
    .from(strategyVersions)
    .leftJoin(users, eq(users.id, strategyVersions.createdBy))
    .where(eq(strategyVersions.workspaceId, workspaceId))
    .orderBy(desc(strategyVersions.version));
}

/**
 * Inserts the next version. Call it inside a transaction: it first locks the workspace row, so
 * concurrent saves for one workspace queue up and each reads the number the previous one wrote
 * (the UNIQUE constraint would refuse a duplicate anyway; the lock makes that never happen).
 */
export async function insertNextStrategyVersion(tx: Database, values: NewStrategyVersion): Promise<number> {
  await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, values.workspaceId)).for('update');
  const [latest] = await tx
    .select({ version: sql<number>`coalesce(max(${strategyVersions.version}), 0)::int` })
    .from(strategyVersions)
    .where(eq(strategyVersions.workspaceId, values.workspaceId));
  const version = (latest?.version ?? 0) + 1;
  await tx.insert(strategyVersions).values({ ...values, version });
  return version;
}

export async function findOnboarding(db: Database, workspaceId: string): Promise<OnboardingRow | undefined> {
  const [row] = await db.select().from(onboarding).where(eq(onboarding.workspaceId, workspaceId));
  return row;
}

export async function upsertOnboarding(
  db: Database,
  workspaceId: string,
  state: { step: string; skipped: boolean },
  at: Date,
): Promise<OnboardingRow> {
  const [row] = await db
    .insert(onboarding)
    .values({ workspaceId, ...state, updatedAt: at })
    .onConflictDoUpdate({ target: onboarding.workspaceId, set: { ...state, updatedAt: at } })
    .returning();
  if (!row) throw new Error('upsert into onboarding returned no row');
  return row;
}
