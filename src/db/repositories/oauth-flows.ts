/** OAuth authorizations in progress; each is read once, by its unguessable state. */
import { eq, lt } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { oauthFlows } from '../schema.js';

export type OAuthFlowRow = typeof oauthFlows.$inferSelect;

export async function insertOAuthFlow(db: Database, flow: typeof oauthFlows.$inferInsert): Promise<void> {
  await db.insert(oauthFlows).values(flow);
}

/** Removes and returns the flow, so a state can never be used twice. */
export async function takeOAuthFlow(db: Database, state: string): Promise<OAuthFlowRow | undefined> {
  const [row] = await db.delete(oauthFlows).where(eq(oauthFlows.state, state)).returning();
  return row;
}

export async function deleteExpiredOAuthFlows(db: Database, now: Date): Promise<number> {
  const rows = await db.delete(oauthFlows).where(lt(oauthFlows.expiresAt, now)).returning({ state: oauthFlows.state });
  return rows.length;
}

export async function listSealedOAuthFlows(db: Database): Promise<Pick<OAuthFlowRow, 'state' | 'codeVerifierSealed' | 'settingsSealed'>[]> {
  return db
    .select({ state: oauthFlows.state, codeVerifierSealed: oauthFlows.codeVerifierSealed, settingsSealed: oauthFlows.settingsSealed })
    .from(oauthFlows);
}

export async function resealOAuthFlow(db: Database, state: string, codeVerifierSealed: string, settingsSealed: string): Promise<void> {
  await db.update(oauthFlows).set({ codeVerifierSealed, settingsSealed }).where(eq(oauthFlows.state, state));
}
