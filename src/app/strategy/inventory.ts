/**
 * The account inventory (S5): every account the business has, connected or registered by hand,
 * listed with the flags of `core/strategy/inventory.ts` (duplicate, orphaned, dormant,
 * off-strategy, token expiring).
 */
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../core/errors.js';
import type { ChannelId } from '../../core/strategy/facts/types.js';
import type { GoalId } from '../../core/strategy/goals.js';
import { flagAccounts, type AccountFlag } from '../../core/strategy/inventory.js';
import type { Database } from '../../db/connection.js';
import {
  deleteInventoryAccount as deleteAccountRow,
  findInventoryAccount,
  insertInventoryAccount,
  listInventoryAccounts,
  updateInventoryAccount as updateAccountRow,
  type InventoryAccountChanges,
  type InventoryAccountRow,
} from '../../db/repositories/inventory.js';
import { findStrategyVersion } from '../../db/repositories/strategy.js';
import { findMembership, listMembers } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';

/** "Active means daily" (seed 001): a week without a post is dormant. */
export const INVENTORY_DORMANT_DAYS = 7;

export interface InventoryAccountInput {
  network: ChannelId;
  handle: string;
  displayName?: string | undefined;
  url?: string | undefined;
  ownerUserId?: string | null | undefined;
  purpose?: string | undefined;
  goal?: GoalId | undefined;
  /** ISO 8601. */
  lastPostAt?: string | null | undefined;
}

export interface FlaggedInventoryAccount {
  account: InventoryAccountRow;
  flags: readonly AccountFlag[];
}

export async function listInventory(ctx: AppContext, actor: Actor, workspaceId: string): Promise<FlaggedInventoryAccount[]> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  return flagInventory(ctx, ctx.db, workspaceId);
}

/** Every account of the workspace's inventory with its flags as of now. */
export async function flagInventory(ctx: AppContext, db: Database, workspaceId: string): Promise<FlaggedInventoryAccount[]> {
  const [accounts, members, strategy] = await Promise.all([
    listInventoryAccounts(db, workspaceId),
    listMembers(db, workspaceId),
    findStrategyVersion(db, workspaceId),
  ]);
  const flags = flagAccounts(
    accounts.map((account) => ({ ...account, displayName: account.displayName ?? '' })),
    {
      now: ctx.clock.now(),
      memberUserIds: new Set(members.map((member) => member.user.id)),
      chosenNetworks: strategy ? new Set<string>(strategy.channels.map((choice) => choice.channel)) : null,
      dormantDays: INVENTORY_DORMANT_DAYS,
    },
  );
  return accounts.map((account, index) => ({ account, flags: flags[index]?.flags ?? [] }));
}

async function flaggedOne(ctx: AppContext, workspaceId: string, accountId: string): Promise<FlaggedInventoryAccount> {
  // Flags compare an account with its siblings (duplicates), so the whole list is flagged.
  const found = (await flagInventory(ctx, ctx.db, workspaceId)).find((entry) => entry.account.id === accountId);
  if (!found) throw notFound('Account');
  return found;
}

/** An owner must be someone who can act on the account: a member of this workspace. */
async function assertOwnerIsMember(db: Database, workspaceId: string, ownerUserId: string | null | undefined): Promise<void> {
  if (!ownerUserId || (await findMembership(db, workspaceId, ownerUserId))) return;
  throw new AppError('validation_failed', 'The owner must be a member of this workspace', [
    { path: ['ownerUserId'], message: 'is not a member of this workspace' },
  ]);
}

function toColumns(input: Partial<InventoryAccountInput>): InventoryAccountChanges {
  const changes: InventoryAccountChanges = {};
  if (input.network !== undefined) changes.network = input.network;
  if (input.handle !== undefined) changes.handle = input.handle;
  if (input.displayName !== undefined) changes.displayName = input.displayName || null;
  if (input.url !== undefined) changes.url = input.url;
  if (input.ownerUserId !== undefined) changes.ownerUserId = input.ownerUserId;
  if (input.purpose !== undefined) changes.purpose = input.purpose || null;
  if (input.goal !== undefined) changes.goal = input.goal;
  if (input.lastPostAt !== undefined) changes.lastPostAt = input.lastPostAt === null ? null : new Date(input.lastPostAt);
  return changes;
}

export async function addInventoryAccount(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  input: InventoryAccountInput,
  meta?: RequestMeta,
): Promise<FlaggedInventoryAccount> {
  await authorize(ctx.db, actor, workspaceId, 'accounts.manage');
  await assertOwnerIsMember(ctx.db, workspaceId, input.ownerUserId);
  const id = randomUUID();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertInventoryAccount(tx, { ...toColumns(input), id, workspaceId, network: input.network, handle: input.handle, createdAt: now });
    await audit(tx, now, {
      action: 'inventory.account_added',
      workspaceId,
      actor,
      meta,
      target: { type: 'inventory_account', id },
      details: { network: input.network, handle: input.handle },
    });
  });
  return flaggedOne(ctx, workspaceId, id);
}

export async function updateInventoryAccount(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  accountId: string,
  input: Partial<InventoryAccountInput>,
  meta?: RequestMeta,
): Promise<FlaggedInventoryAccount> {
  await authorize(ctx.db, actor, workspaceId, 'accounts.manage');
  if (!(await findInventoryAccount(ctx.db, workspaceId, accountId))) throw notFound('Account');
  await assertOwnerIsMember(ctx.db, workspaceId, input.ownerUserId);
  const changes = toColumns(input);
  if (Object.keys(changes).length) {
    await ctx.db.transaction(async (tx) => {
      if (!(await updateAccountRow(tx, workspaceId, accountId, changes))) throw notFound('Account');
      await audit(tx, ctx.clock.now(), {
        action: 'inventory.account_updated',
        workspaceId,
        actor,
        meta,
        target: { type: 'inventory_account', id: accountId },
        details: { changed: Object.keys(changes).sort() },
      });
    });
  }
  return flaggedOne(ctx, workspaceId, accountId);
}

export async function deleteInventoryAccount(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  accountId: string,
  meta?: RequestMeta,
): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'accounts.manage');
  await ctx.db.transaction(async (tx) => {
    const account = await findInventoryAccount(tx, workspaceId, accountId);
    if (!account || !(await deleteAccountRow(tx, workspaceId, accountId))) throw notFound('Account');
    await audit(tx, ctx.clock.now(), {
      action: 'inventory.account_removed',
      workspaceId,
      actor,
      meta,
      target: { type: 'inventory_account', id: accountId },
      details: { network: account.network, handle: account.handle },
    });
  });
}
