import { useState, type DragEvent } from 'react';
import type { LocalDate } from '../../core/scheduling/calendar-date.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { dateKey } from './calendarDates.js';
import { weekdayNames } from './labels.js';
import { PostChip } from './PostChip.js';
import type { Post } from './types.js';

interface CalendarGridProps {
  weeks: LocalDate[][];
  /** The month shown; days of other months are dimmed. Absent in the week view. */
  month?: number;
  todayKey: string;
  /** Posts, and later occurrences of recurring series (`projectedAt`), by local day. */
  postsByDay: Map<string, Array<Post & { projectedAt?: string }>>;
  timeZone: string;
  /** Whether the person may move posts; without it nothing is draggable. */
  canMove: boolean;
  onOpen: (post: Post) => void;
  onMove: (postId: string, day: LocalDate) => void;
  onNewOnDay?: (day: LocalDate) => void;
}

/** The month or week as a grid of days holding post chips; a chip dropped on a day moves the post there. */
export function CalendarGrid({ weeks, month, todayKey, postsByDay, timeZone, canMove, onOpen, onMove, onNewOnDay }: CalendarGridProps) {
  const { t, locale } = useI18n();
  const [overKey, setOverKey] = useState<string | undefined>(undefined);
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: month === undefined ? 'short' : undefined, timeZone: 'UTC' });
  const fullFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const utcOf = (day: LocalDate) => Date.UTC(day.year, day.month - 1, day.day);

  const onDragOver = (event: DragEvent<HTMLDivElement>, key: string) => {
    if (!canMove || !event.dataTransfer.types.includes('application/x-chorus-post')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOverKey(key);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>, day: LocalDate) => {
    event.preventDefault();
    setOverKey(undefined);
    const postId = event.dataTransfer.getData('application/x-chorus-post');
    if (postId) onMove(postId, day);
  };

  return (
    <div className={`pub-grid ${month === undefined ? 'pub-grid-week' : 'pub-grid-month'}`} role="grid" aria-label={t('calendar.gridLabel')} data-testid="calendar-grid">
      <div className="pub-grid-row pub-grid-head" role="row">
        {weekdayNames(locale, 'short').map((name) => (
          <div key={name} className="pub-grid-weekday" role="columnheader">
            {name}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div key={dateKey(week[0] ?? { year: 0, month: 0, day: 0 })} className="pub-grid-row" role="row">
          {week.map((day) => {
            const key = dateKey(day);
            const posts = postsByDay.get(key) ?? [];
            const classes = ['pub-day', month !== undefined && day.month !== month ? 'pub-day-outside' : '', key === todayKey ? 'pub-day-today' : '', key === overKey ? 'pub-day-over' : ''];
            return (
              <div
                key={key}
                className={classes.filter(Boolean).join(' ')}
                role="gridcell"
                aria-label={fullFormat.format(utcOf(day))}
                onDragOver={(event) => onDragOver(event, key)}
                onDragLeave={() => setOverKey((current) => (current === key ? undefined : current))}
                onDrop={(event) => onDrop(event, day)}
                data-testid="calendar-day"
                data-date={key}
              >
                <div className="pub-day-head">
                  <span className="pub-day-number">{dayFormat.format(utcOf(day))}</span>
                  {onNewOnDay ? (
                    <button type="button" className="pub-day-add" onClick={() => onNewOnDay(day)} aria-label={t('calendar.newOnDay', { date: fullFormat.format(utcOf(day)) })} data-testid="calendar-day-add">
                      +
                    </button>
                  ) : null}
                </div>
                {posts.map((post) => (
                  <PostChip key={post.projectedAt === undefined ? post.id : `${post.id}@${post.projectedAt}`} post={post} timeZone={timeZone} draggable={canMove} onOpen={onOpen} />
                ))}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
