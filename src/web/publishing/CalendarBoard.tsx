import { useEffect } from 'react';
import type { LocalDate } from '../../core/scheduling/calendar-date.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { CadenceRows } from './CadenceRows.js';
import { CalendarGrid } from './CalendarGrid.js';
import { daysOfView, monthGrid, rangeOf, weekOf } from './calendarDates.js';
import { groupByLocalDay, movedToDay, nextLookIn, projectedEntries } from './calendarPosts.js';
import { PublishingFailure } from './PublishingFailure.js';
import type { Account, Post } from './types.js';

interface CalendarBoardProps {
  workspaceId: string;
  view: 'month' | 'week';
  anchor: LocalDate;
  todayKey: string;
  /** The viewer's zone: the grid's days and the chips' times are in it. */
  timeZone: string;
  accounts: readonly Account[];
  canMove: boolean;
  version: number;
  onOpen: (post: Post) => void;
  onNewOnDay?: (day: LocalDate) => void;
}

/** The month or week grid with its posts and, under it, each account's cadence row. */
export function CalendarBoard({ workspaceId, view, anchor, todayKey, timeZone, accounts, canMove, version, onOpen, onNewOnDay }: CalendarBoardProps) {
  const { t } = useI18n();
  const days = daysOfView(view, anchor);
  const range = rangeOf(days, timeZone);
  const { data, reload } = useApiData(`calendar:${workspaceId}:${range.from}:${range.to}:${version}`, () => api.call('getCalendar', { params: { workspaceId }, query: range }));
  const move = useApiAction();
  // A post going out changes status on the server alone: look again until it is out, so it shows
  // as published (or failed) without a reload. Each load is a new value, so the timer is set anew.
  const loaded = data.state === 'loaded' ? data.value : undefined;
  useEffect(() => {
    const lookIn = loaded ? nextLookIn(loaded.posts, new Date()) : undefined;
    if (lookIn === undefined) return;
    const timer = window.setTimeout(reload, lookIn);
    return () => window.clearTimeout(timer);
  }, [loaded, reload]);

  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="calendar-error" />;
  const { posts, repeats, cadence } = data.value;

  const onMove = (postId: string, day: LocalDate) => {
    const post = posts.find(({ id }) => id === postId);
    const scheduledAt = post?.scheduledAt ? movedToDay(post.scheduledAt, day, timeZone) : undefined;
    if (!post || !scheduledAt) return;
    void move
      .run(async () => {
        await api.call('updatePost', { params: { workspaceId, postId }, body: { expectedVersion: post.version, scheduledAt } });
      })
      // A refused move may mean the post changed meanwhile: show what the server has now.
      .then(reload);
  };

  return (
    <>
      <PublishingFailure failure={move.failure} testId="calendar-move-error" />
      {move.pending ? (
        <p className="muted" role="status">
          {t('calendar.moving')}
        </p>
      ) : null}
      <CalendarGrid
        weeks={view === 'month' ? monthGrid(anchor.year, anchor.month) : [weekOf(anchor)]}
        month={view === 'month' ? anchor.month : undefined}
        todayKey={todayKey}
        postsByDay={groupByLocalDay([...posts, ...projectedEntries(repeats.posts, repeats.occurrences)], timeZone)}
        timeZone={timeZone}
        canMove={canMove && !move.pending}
        onOpen={onOpen}
        onMove={onMove}
        onNewOnDay={onNewOnDay}
      />
      {posts.length === 0 ? (
        <p className="empty-state pub-period-empty" data-testid="calendar-period-empty">
          {t(onNewOnDay ? 'calendar.empty.period' : 'calendar.empty.periodReadOnly')}
        </p>
      ) : null}
      <CadenceRows days={days} cadence={cadence} accounts={accounts} />
    </>
  );
}
