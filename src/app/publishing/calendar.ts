/**
 * The calendar (P3): the posts of a period and, per connected account, the cadence row that marks
 * days without activity against the account's target (the strategy's cadence for its network
 * when the strategy has one, otherwise the account's own setting).
 */
import { AppError } from '../../core/errors.js';
import { projectSeries } from '../../core/publishing/series-projection.js';
import { cadenceRow, cadenceTarget, longestQuietRun, type CadenceDay } from '../../core/scheduling/cadence.js';
import { toWallTime } from '../../core/scheduling/zoned-time.js';
import { CHANNEL_IDS, type ChannelId } from '../../core/strategy/facts/types.js';
import { listConnectedAccounts } from '../../db/repositories/connected-accounts.js';
import { listPosts, listSeriesHeads } from '../../db/repositories/posts.js';
import { findAccountSchedules, listAccountPostTimes } from '../../db/repositories/publishing.js';
import { findStrategyVersion } from '../../db/repositories/strategy.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';
import { postViews, type PostView } from './views.js';

/** Six weeks: a month view with the days before and after it. */
const MAX_RANGE_DAYS = 42;
const DAY_MS = 86_400_000;
const CALENDAR_POSTS = 2_000;
const CALENDAR_SERIES = 200;

export interface CalendarView {
  timezone: string;
  posts: PostView[];
  /** Later occurrences of recurring series in the range, not written yet, and the posts they follow from. */
  repeats: { posts: PostView[]; occurrences: Array<{ postId: string; at: string }> };
  cadence: Array<{ accountId: string; postsPerWeek: number | null; source: 'strategy' | 'setting' | null; days: Array<Omit<CadenceDay, 'quietRun'>> }>;
}

const channelOf = (network: string): ChannelId | null => (CHANNEL_IDS as readonly string[]).find((id) => id === network) as ChannelId | undefined ?? null;

export async function getCalendar(ctx: AppContext, actor: Actor, workspaceId: string, from: Date, to: Date): Promise<CalendarView> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  if (!(to.getTime() > from.getTime()) || to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw new AppError('validation_failed', `A calendar shows 1 to ${MAX_RANGE_DAYS} days`, [{ path: ['to'], message: `must be after from and at most ${MAX_RANGE_DAYS} days later` }]);
  }
  const [workspace, accounts, strategy, rows, heads] = await Promise.all([
    findWorkspace(ctx.db, workspaceId),
    listConnectedAccounts(ctx.db, workspaceId),
    findStrategyVersion(ctx.db, workspaceId),
    listPosts(ctx.db, workspaceId, { from, to, limit: CALENDAR_POSTS }),
    listSeriesHeads(ctx.db, workspaceId, to, CALENDAR_SERIES),
  ]);
  const zone = workspace?.timezone ?? 'UTC';
  const projected = projectSeries(
    heads.flatMap((head) => (head.recurrence && head.seriesStart && head.occurrenceAt ? [{ id: head.id, recurrence: head.recurrence, seriesStart: head.seriesStart, occurrenceAt: head.occurrenceAt }] : [])),
    zone,
    from,
    to,
  );
  const projectedFrom = new Set(projected.map((occurrence) => occurrence.postId));
  const schedules = await findAccountSchedules(ctx.db, accounts.map((account) => account.id));
  const targets = accounts.map((account) => cadenceTarget(strategy?.contentPlan.cadence ?? null, channelOf(account.network), schedules.get(account.id)?.postsPerWeek ?? null));
  // Enough history before the range for the longest quiet run any target accepts.
  const history = Math.max(7, ...targets.map((target) => (target ? Math.min(longestQuietRun(target.postsPerWeek), 60) : 0)));
  const times = await listAccountPostTimes(ctx.db, accounts.map((account) => account.id), new Date(from.getTime() - history * DAY_MS), to);
  const firstDay = toWallTime(from, zone);
  const lastDay = toWallTime(new Date(to.getTime() - 1), zone);
  return {
    timezone: zone,
    posts: await postViews(ctx, rows, { withChecks: false }),
    repeats: {
      posts: await postViews(ctx, heads.filter((head) => projectedFrom.has(head.id)), { withChecks: false }),
      occurrences: projected.map(({ postId, at }) => ({ postId, at: at.toISOString() })),
    },
    cadence: accounts.map((account, index) => {
      const target = targets[index] ?? null;
      const posts = times.filter((time) => time.accountId === account.id).map((time) => time.at);
      const days = cadenceRow({ postsPerWeek: target?.postsPerWeek ?? null, posts, zone, firstDay, lastDay });
      return { accountId: account.id, postsPerWeek: target?.postsPerWeek ?? null, source: target?.source ?? null, days: days.map(({ date, posts: count, active, gap }) => ({ date, posts: count, active, gap })) };
    }),
  };
}
