import type { LocalDate } from '../../core/scheduling/calendar-date.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { CALENDAR_VIEWS, type CalendarView, weekOf } from './calendarDates.js';
import { viewKey } from './labels.js';

interface CalendarToolbarProps {
  view: CalendarView;
  anchor: LocalDate;
  onView: (view: CalendarView) => void;
  onStep: (step: -1 | 1) => void;
  onToday: () => void;
  /** Opens the bulk import; absent for people who may not write posts. */
  onImport?: (() => void) | undefined;
}

/** The period a view shows, in words: "March 2026" or "23 – 29 Mar 2026". */
function periodTitle(view: 'month' | 'week', anchor: LocalDate, locale: string): string {
  if (view === 'month') return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(anchor.year, anchor.month - 1, 1));
  const week = weekOf(anchor);
  const first = week[0] ?? anchor;
  const last = week[6] ?? anchor;
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(Date.UTC(first.year, first.month - 1, first.day), Date.UTC(last.year, last.month - 1, last.day));
}

/** The views as tabs, for the grids the period with its previous, today and next buttons, and the CSV import. */
export function CalendarToolbar({ view, anchor, onView, onStep, onToday, onImport }: CalendarToolbarProps) {
  const { t, locale } = useI18n();
  return (
    <div className="pub-toolbar">
      <nav className="tabs pub-views" aria-label={t('calendar.views')}>
        {CALENDAR_VIEWS.map((candidate) => (
          <a
            key={candidate}
            href={`#${candidate}`}
            aria-current={candidate === view ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              onView(candidate);
            }}
            data-testid={`calendar-view-${candidate}`}
          >
            {t(viewKey(candidate))}
          </a>
        ))}
      </nav>
      {view === 'month' || view === 'week' ? (
        <div className="pub-period">
          <button type="button" className="button-secondary" onClick={() => onStep(-1)} aria-label={t('calendar.previous')} data-testid="calendar-previous">
            ‹
          </button>
          <button type="button" className="button-secondary" onClick={onToday} data-testid="calendar-today">
            {t('calendar.today')}
          </button>
          <button type="button" className="button-secondary" onClick={() => onStep(1)} aria-label={t('calendar.next')} data-testid="calendar-next">
            ›
          </button>
          <h2 className="pub-period-title" aria-live="polite" data-testid="calendar-period">
            {periodTitle(view, anchor, locale)}
          </h2>
        </div>
      ) : null}
      {onImport ? (
        <button type="button" className="button-secondary" onClick={onImport} data-testid="calendar-import">
          {t('calendar.import')}
        </button>
      ) : null}
    </div>
  );
}
