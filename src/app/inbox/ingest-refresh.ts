/**
 * Edits and deletions on the network: recent items are read again (for connectors that can) and
 * what changed is reflected, an edited text analysed anew.
 */
import type { Connector } from '../../connectors/contract.js';
import type { ConnectedAccountRow } from '../../db/repositories/connected-accounts.js';
import { applyItemChanges, listRecentInboundItems, type ItemChange } from '../../db/repositories/inbox-ingest.js';
import { callNetwork } from '../connectors/gateway.js';
import type { AppContext } from '../context.js';
import { analyseItem } from './ingest-items.js';

/** How far back items are re-checked, and at most how many in one poll. */
export const RECHECK_WINDOW_MS = 48 * 3_600_000;
export const RECHECK_LIMIT = 100;

/** Re-reads the account's recent items; returns how many were edited and deleted. */
export async function reflectNetworkChanges(ctx: AppContext, account: ConnectedAccountRow, connector: Connector): Promise<{ edited: number; deleted: number }> {
  const refreshInbound = connector.refreshInbound;
  if (!refreshInbound) return { edited: 0, deleted: 0 };
  const now = ctx.clock.now();
  const recent = await listRecentInboundItems(ctx.db, account.id, new Date(now.getTime() - RECHECK_WINDOW_MS), RECHECK_LIMIT);
  if (recent.length === 0) return { edited: 0, deleted: 0 };
  const updates = await callNetwork(ctx, account, {
    operation: 'inbound',
    run: (_connector, call) =>
      refreshInbound(
        call,
        recent.map((item) => item.externalId),
      ),
  });
  const byExternalId = new Map(recent.map((item) => [item.externalId, item]));
  const changes: ItemChange[] = [];
  for (const update of updates) {
    const item = byExternalId.get(update.externalId);
    if (!item) continue;
    if (update.deleted) changes.push({ id: item.id, conversationId: item.conversationId, deletedAt: now });
    else if (update.text !== undefined && update.text !== item.text) {
      changes.push({
        id: item.id,
        conversationId: item.conversationId,
        text: update.text,
        editedAt: update.editedAt ?? now,
        analysis: analyseItem(update.text, item.kind, item.authorFollowers, item.occurredAt, now),
      });
    }
  }
  await applyItemChanges(ctx.db, changes, now);
  const deleted = changes.filter((change) => 'deletedAt' in change).length;
  return { edited: changes.length - deleted, deleted };
}
