/**
 * The weekly inventory digest (S5), run hourly by the `inventory.digest` job: every workspace with
 * accounts in its inventory gets, once per ISO week from Monday 09:00 its local time, an in-app
 * notification for the people who manage accounts and an `inventory.weekly_digest` webhook event.
 * A week without a flagged account still gets one: "all accounts are in order" is news too.
 */
import { dueDigestWeek, summarizeInventory } from '../../core/strategy/digest.js';
import { claimInventoryDigest, listWorkspacesWithInventory } from '../../db/repositories/inventory.js';
import type { AppContext } from '../context.js';
import { announce, membersWhoCan } from '../events/announce.js';
import { flagInventory } from './inventory.js';

/** Sends the digests that are due; returns how many workspaces got one. */
export async function sendInventoryDigests(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let sent = 0;
  for (const workspace of await listWorkspacesWithInventory(ctx.db)) {
    const week = dueDigestWeek(now, workspace.timezone);
    if (week && (await sendDigest(ctx, workspace.id, week, now))) sent += 1;
  }
  return sent;
}

async function sendDigest(ctx: AppContext, workspaceId: string, week: string, now: Date): Promise<boolean> {
  const flagged = await flagInventory(ctx, ctx.db, workspaceId);
  const digest = summarizeInventory(
    week,
    flagged.map((entry) => entry.account),
    flagged.map((entry) => ({ accountId: entry.account.id, flags: entry.flags })),
  );
  const recipients = await membersWhoCan(ctx.db, workspaceId, 'accounts.manage');
  return ctx.db.transaction(async (tx) => {
    const claimed = await claimInventoryDigest(tx, { workspaceId, week, sentAt: now, accountCount: digest.accountCount, flaggedCount: digest.flaggedCount });
    if (claimed) await announce(tx, { workspaceId, type: 'inventory.weekly_digest', payload: digest, recipients }, now);
    return claimed;
  });
}
