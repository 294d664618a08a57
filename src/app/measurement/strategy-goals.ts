/** The current strategy's goals of a workspace, for KPI tiles; no access check (callers do it). */
import type { ChosenGoal } from '../../core/strategy/goals.js';
import type { Database } from '../../db/connection.js';
import { findStrategyVersion } from '../../db/repositories/strategy.js';

/** The goals of the latest strategy version, or null when the workspace has no strategy yet. */
export async function loadStrategyGoals(db: Database, workspaceId: string): Promise<ChosenGoal[] | null> {
  const latest = await findStrategyVersion(db, workspaceId);
  return latest ? latest.goals : null;
}
