import type { LocalDate } from '../../core/scheduling/calendar-date.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { dateKey } from './calendarDates.js';
import type { Account, CadenceRow } from './types.js';

interface CadenceRowsProps {
  days: readonly LocalDate[];
  cadence: readonly CadenceRow[];
  accounts: readonly Account[];
}

/**
 * Per account, one cell per day shown: how many posts went out or are planned, and the days the
 * account falls behind its cadence (P3). The server counts the days in the workspace's zone.
 */
export function CadenceRows({ days, cadence, accounts }: CadenceRowsProps) {
  const { t, locale } = useI18n();
  if (cadence.length === 0) return null;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <section className="pub-cadence card" aria-labelledby="pub-cadence-title" data-testid="cadence-rows">
      <h2 id="pub-cadence-title">{t('calendar.cadence.title')}</h2>
      <p className="hint">{t('calendar.cadence.hint')}</p>
      <div className="table-scroll">
        <table className="pub-cadence-table">
          <tbody>
            {cadence.map((row) => {
              const account = accounts.find(({ id }) => id === row.accountId);
              const byDate = new Map(row.days.map((day) => [day.date, day]));
              const gaps = row.days.filter((day) => day.gap).length;
              return (
                <tr key={row.accountId} data-testid="cadence-row" data-account-id={row.accountId}>
                  <th scope="row" className="pub-cadence-account">
                    <span>{account?.handle ?? t('calendar.cadence.unknownAccount')}</span>
                    <small className="hint">
                      {row.postsPerWeek === null
                        ? t('calendar.cadence.noTarget')
                        : t(row.source === 'strategy' ? 'calendar.cadence.targetStrategy' : 'calendar.cadence.targetSetting', { count: numbers.format(row.postsPerWeek) })}
                      {gaps > 0 ? ` · ${t('calendar.cadence.gaps', { count: gaps })}` : ''}
                    </small>
                  </th>
                  {days.map((date) => {
                    const key = dateKey(date);
                    const day = byDate.get(key);
                    const state = day === undefined ? 'unknown' : day.gap ? 'gap' : day.posts > 0 ? 'posts' : day.active ? 'active' : 'quiet';
                    const label = `${format.format(Date.UTC(date.year, date.month - 1, date.day))}: ${day?.gap ? t('calendar.cadence.gapDay') : t('calendar.cadence.posts', { count: day?.posts ?? 0 })}`;
                    return (
                      <td key={key} className={`pub-cadence-cell pub-cadence-${state}`} title={label} data-testid="cadence-day" data-date={key} data-state={state}>
                        <span className="visually-hidden">{label}</span>
                        {day && day.posts > 0 ? <span aria-hidden="true">{day.posts}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
