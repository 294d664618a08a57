/**
 * The Reports tab: read-only share links to the report of the period chosen above (A7), the
 * weekly and monthly schedules, and the reports they made, to download.
 */
import { useState, type FormEvent } from 'react';
import { can } from '../../core/access/permissions.js';
import { chartLabels } from '../../core/charts/labels.js';
import type { EngagementDenominator } from '../../core/metrics/dashboard.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { DataTable } from '../components/DataTable.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { OneTimeSecret } from '../components/OneTimeSecret.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LANGUAGE_NAMES, LOCALES, type Locale } from '../i18n/locale.js';
import type { Membership } from '../session/SessionProvider.js';

interface ReportsTabProps {
  membership: Membership;
  period: { from: string; to: string };
  denominator: EngagementDenominator;
}

async function loadReports(workspaceId: string, canManage: boolean) {
  const params = { workspaceId };
  const [links, schedules, generated] = await Promise.all([
    canManage ? api.call('listReportShareLinks', { params }).then((answer) => answer.items) : Promise.resolve([]),
    api.call('listReportSchedules', { params }),
    api.call('listGeneratedReports', { params }),
  ]);
  return { links, schedules: schedules.items, generated: generated.items };
}

export function ReportsTab({ membership, period, denominator }: ReportsTabProps) {
  const { t, locale, formatDateTime } = useI18n();
  const workspaceId = membership.workspace.id;
  const timezone = membership.workspace.timezone;
  const canManage = can(membership.role, 'workspace.update');
  const { data, reload } = useApiData(`reports:${workspaceId}`, () => loadReports(workspaceId, canManage));
  const action = useApiAction();
  const [expiresInDays, setExpiresInDays] = useState(30);
  const [createdLink, setCreatedLink] = useState<string | undefined>(undefined);
  const [frequency, setFrequency] = useState<'weekly' | 'monthly'>('weekly');
  const [weekday, setWeekday] = useState(0);
  const [monthDay, setMonthDay] = useState(1);
  const [time, setTime] = useState('09:00');
  const [reportLocale, setReportLocale] = useState<Locale>(locale);
  const weekdays = chartLabels(locale, denominator).weekdays;

  const createLink = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const created = await api.call('createReportShareLink', { params: { workspaceId }, body: { ...period, denominator, locale, expiresInDays } });
      setCreatedLink(`${window.location.origin}${created.path}`);
      reload();
    });
  };
  const createSchedule = (event: FormEvent) => {
    event.preventDefault();
    const [hour = 9, minute = 0] = time.split(':').map(Number);
    void action.run(async () => {
      await api.call('createReportSchedule', {
        params: { workspaceId },
        body: { frequency, weekday: frequency === 'weekly' ? weekday : null, monthDay: frequency === 'monthly' ? monthDay : null, hour, minute, locale: reportLocale, denominator },
      });
      reload();
    });
  };
  const revoke = (linkId: string) => void action.run(async () => {
    await api.call('revokeReportShareLink', { params: { workspaceId, linkId } });
    reload();
  });
  const stop = (scheduleId: string) => void action.run(async () => {
    await api.call('deleteReportSchedule', { params: { workspaceId, scheduleId } });
    reload();
  });
  const twoDigits = (value: number) => String(value).padStart(2, '0');

  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="reports-load-error" />;
  const { links, schedules, generated } = data.value;

  return (
    <div className="analytics-reports">
      <FailureMessage failure={action.failure} testId="reports-action-error" />

      <section aria-labelledby="reports-share" data-testid="share-links">
        <h2 id="reports-share">{t('analytics.share.heading')}</h2>
        {canManage ? (
          <>
            <p className="muted">{t('analytics.share.intro')}</p>
            <form className="inline-form" onSubmit={createLink}>
              <label>
                {t('analytics.share.expiresIn')}
                <input type="number" min={1} max={90} value={expiresInDays} onChange={(event) => setExpiresInDays(Math.min(90, Math.max(1, Number(event.target.value) || 1)))} data-testid="share-expires" />
              </label>
              <button type="submit" className="button-primary" disabled={action.pending} data-testid="share-create">
                {t('analytics.share.create')}
              </button>
            </form>
            {createdLink ? (
              <OneTimeSecret heading={t('analytics.share.heading')} warning={t('analytics.share.created')} doneLabel={t('analytics.share.copied')} secret={createdLink} testIdPrefix="share-link" onDone={() => setCreatedLink(undefined)} />
            ) : null}
            {links.length === 0 ? (
              <p className="empty-state">{t('analytics.share.none')}</p>
            ) : (
              <DataTable testId="share-link-list" withActions headings={[t('analytics.share.period'), t('analytics.share.expires'), t('analytics.share.state'), t('analytics.share.views')]}>
                {links.map((link) => (
                  <tr key={link.id}>
                    <td>
                      {link.periodFrom} – {link.periodTo}
                    </td>
                    <td>{formatDateTime(link.expiresAt, timezone)}</td>
                    <td>{t(`analytics.share.state.${link.state}`)}</td>
                    <td>{link.viewCount}</td>
                    <td>
                      {link.state === 'active' ? (
                        <ConfirmButton label={t('analytics.share.revoke')} question={t('analytics.share.revokeConfirm')} confirmLabel={t('analytics.share.revoke')} onConfirm={() => revoke(link.id)} disabled={action.pending} testId={`share-revoke-${link.id}`} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        ) : (
          <p className="muted">{t('analytics.share.managersOnly')}</p>
        )}
      </section>

      <section aria-labelledby="reports-schedules" data-testid="report-schedules">
        <h2 id="reports-schedules">{t('analytics.schedule.heading')}</h2>
        <p className="muted">{t('analytics.schedule.intro')}</p>
        {canManage ? (
          <form className="inline-form" onSubmit={createSchedule}>
            <label>
              {t('analytics.schedule.frequency')}
              <select value={frequency} onChange={(event) => setFrequency(event.target.value === 'monthly' ? 'monthly' : 'weekly')} data-testid="schedule-frequency">
                <option value="weekly">{t('analytics.schedule.weekly')}</option>
                <option value="monthly">{t('analytics.schedule.monthly')}</option>
              </select>
            </label>
            {frequency === 'weekly' ? (
              <label>
                {t('analytics.schedule.weekday')}
                <select value={weekday} onChange={(event) => setWeekday(Number(event.target.value))}>
                  {weekdays.map((name, index) => (
                    <option key={name} value={index}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <label>
                {t('analytics.schedule.monthDay')}
                <input type="number" min={1} max={28} value={monthDay} onChange={(event) => setMonthDay(Math.min(28, Math.max(1, Number(event.target.value) || 1)))} />
              </label>
            )}
            <label>
              {t('analytics.schedule.time')}
              <input type="time" value={time} onChange={(event) => setTime(event.target.value)} required />
            </label>
            <label>
              {t('analytics.schedule.language')}
              <select value={reportLocale} onChange={(event) => setReportLocale(LOCALES.find((entry) => entry === event.target.value) ?? 'en')}>
                {LOCALES.map((entry) => (
                  <option key={entry} value={entry}>
                    {LANGUAGE_NAMES[entry]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button-primary" disabled={action.pending} data-testid="schedule-create">
              {t('analytics.schedule.create')}
            </button>
          </form>
        ) : null}
        {schedules.length === 0 ? (
          <p className="empty-state">{t('analytics.schedule.none')}</p>
        ) : (
          <ul className="schedule-list">
            {schedules.map((schedule) => {
              const at = `${twoDigits(schedule.hour)}:${twoDigits(schedule.minute)}`;
              return (
                <li key={schedule.id} data-testid={`schedule-${schedule.id}`}>
                  <span>
                    {schedule.frequency === 'weekly'
                      ? t('analytics.schedule.summary.weekly', { weekday: weekdays[schedule.weekday ?? 0] ?? '', time: at })
                      : t('analytics.schedule.summary.monthly', { day: schedule.monthDay ?? 1, time: at })}{' '}
                    · {LANGUAGE_NAMES[LOCALES.find((entry) => entry === schedule.locale) ?? 'en']}
                  </span>
                  <span className="muted">{t('analytics.schedule.next', { time: formatDateTime(schedule.nextRunAt, timezone) })}</span>
                  {canManage ? (
                    <ConfirmButton label={t('analytics.schedule.delete')} question={t('analytics.schedule.deleteConfirm')} confirmLabel={t('analytics.schedule.delete')} onConfirm={() => stop(schedule.id)} disabled={action.pending} testId={`schedule-delete-${schedule.id}`} />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="reports-generated" data-testid="generated-reports">
        <h2 id="reports-generated">{t('analytics.generated.heading')}</h2>
        {generated.length === 0 ? (
          <p className="empty-state">{t('analytics.generated.none')}</p>
        ) : (
          <DataTable testId="generated-report-list" withActions headings={[t('analytics.share.period'), t('analytics.generated.made')]}>
            {generated.map((report) => (
              <tr key={report.id}>
                <td>
                  {report.periodFrom} – {report.periodTo}
                </td>
                <td>{formatDateTime(report.createdAt, timezone)}</td>
                <td className="row-actions">
                  <a className="button-secondary" href={`/api/workspaces/${workspaceId}/reports/generated/${report.id}/report.html`} download>
                    {t('analytics.download.html')}
                  </a>
                  <a className="button-secondary" href={`/api/workspaces/${workspaceId}/reports/generated/${report.id}/report.pdf`} download>
                    {t('analytics.download.pdf')}
                  </a>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
