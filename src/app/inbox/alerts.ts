/**
 * The response-time alert (E3), run every minute: an open conversation that has waited longer
 * than its workspace's target (in business hours) tells its assignee, or everyone who may answer
 * when nobody is assigned, and the webhooks; once per wait. The same run brings the waiting part
 * of unanswered items' priority up to date, so long waits rise in the list.
 */
import { withWaitingTime } from '../../core/inbox/priority.js';
import { businessMinutesBetween } from '../../core/inbox/response-time.js';
import { findConnectedAccount } from '../../db/repositories/connected-accounts.js';
import { refreshConversationAggregates } from '../../db/repositories/inbox-ingest.js';
import { listUnalertedWaits, listWaitingItems, type ConversationRow, type WaitingItem } from '../../db/repositories/inbox-queries.js';
import { markAlerted, updateItemPriorities } from '../../db/repositories/inbox-work.js';
import type { AppContext } from '../context.js';
import { announce, membersWhoCan } from '../events/announce.js';
import { responseClockOf, type ResponseClock } from './settings.js';

const PAGE = 500;
const MINUTE_MS = 60_000;

/** Sends the alerts that are due; returns how many conversations were alerted. */
export async function raiseResponseAlerts(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const clocks = new Map<string, Promise<ResponseClock>>();
  const clockOf = (workspaceId: string) => {
    let clock = clocks.get(workspaceId);
    if (!clock) clocks.set(workspaceId, (clock = responseClockOf(ctx.db, workspaceId)));
    return clock;
  };
  let alerted = 0;
  let after: { waitingSince: Date; id: string } | undefined;
  // Nothing can be over a target of at least a minute before a minute has passed.
  const waitingBefore = new Date(now.getTime() - MINUTE_MS);
  for (;;) {
    const page = await listUnalertedWaits(ctx.db, waitingBefore, PAGE, after);
    for (const conversation of page) {
      const clock = await clockOf(conversation.workspaceId);
      if (clock.targetMinutes === null || !conversation.waitingSince) continue;
      const waited = businessMinutesBetween(conversation.waitingSince, now, clock.businessHours, clock.timeZone);
      if (waited > clock.targetMinutes) {
        await alert(ctx, conversation, Math.floor(waited), clock.targetMinutes, now);
        alerted += 1;
      }
    }
    const last = page.at(-1);
    if (page.length < PAGE || !last?.waitingSince) return alerted;
    after = { waitingSince: last.waitingSince, id: last.id };
  }
}

async function alert(ctx: AppContext, conversation: ConversationRow, waitedMinutes: number, targetMinutes: number, now: Date): Promise<void> {
  const account = await findConnectedAccount(ctx.db, conversation.workspaceId, conversation.accountId);
  const recipients = conversation.assigneeId ? [conversation.assigneeId] : await membersWhoCan(ctx.db, conversation.workspaceId, 'inbox.reply');
  await ctx.db.transaction(async (tx) => {
    await markAlerted(tx, conversation.id, now);
    await announce(
      tx,
      {
        workspaceId: conversation.workspaceId,
        type: 'inbox.response_overdue',
        payload: {
          conversationId: conversation.id,
          accountId: conversation.accountId,
          network: conversation.network,
          accountHandle: account?.handle ?? '',
          waitedMinutes,
          targetMinutes,
        },
        recipients,
      },
      now,
    );
  });
}

function rescored(item: WaitingItem, now: Date) {
  const waitingMinutes = Math.max(0, Math.floor((now.getTime() - item.occurredAt.getTime()) / MINUTE_MS));
  return withWaitingTime({ priority: item.priority, reasons: item.priorityReasons }, waitingMinutes);
}

/** Recomputes the waiting part of the items that still wait; only conversations whose items changed are touched (live views follow them). */
export async function refreshWaitingPriorities(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let changed = 0;
  let afterId: string | null = null;
  for (;;) {
    const page: Awaited<ReturnType<typeof listWaitingItems>> = await listWaitingItems(ctx.db, { afterId, limit: PAGE });
    const changes = page.items.flatMap((item) => {
      const score = rescored(item, now);
      const same = score.priority === item.priority && JSON.stringify(score.reasons) === JSON.stringify(item.priorityReasons);
      return same ? [] : [{ id: item.id, conversationId: item.conversationId, priority: score.priority, reasons: score.reasons }];
    });
    if (changes.length > 0) {
      const conversationIds = [...new Set(changes.map((change) => change.conversationId))];
      await ctx.db.transaction(async (tx) => {
        await updateItemPriorities(tx, changes);
        await refreshConversationAggregates(tx, conversationIds, now);
      });
      changed += conversationIds.length;
    }
    if (!page.lastId) return changed;
    afterId = page.lastId;
  }
}
