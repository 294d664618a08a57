import { api } from '../api/apiClient.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { BarChart } from './BarChart.js';
import type { ResponseReport } from './types.js';
import { formatMinutes } from './WaitingTime.js';

type Figures = ResponseReport['overall'];

/** First-response and resolution medians, and the share answered within target, by agent, account and network. */
export function ResponseReportPanel({ membership }: { membership: Membership }) {
  const { t, locale, formatDateTime } = useI18n();
  const workspaceId = membership.workspace.id;
  const { data } = useApiData(`inbox-report:${workspaceId}`, () => api.call('getResponseReport', { params: { workspaceId }, query: {} }));
  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="inbox-report-load-error" />;
  const report = data.value;
  const minutes = (value: number | null) => (value === null ? t('common.none') : formatMinutes(value, locale));
  const share = (value: number | null) => (value === null ? t('common.none') : new Intl.NumberFormat(locale, { style: 'percent' }).format(value));
  const groups: { title: string; rows: { label: string; figures: Figures }[]; testId: string }[] = [
    { title: t('inbox.report.byAgent'), rows: report.byAgent.map((row) => ({ label: row.name, figures: row })), testId: 'report-agents' },
    { title: t('inbox.report.byAccount'), rows: report.byAccount.map((row) => ({ label: `${row.handle} (${row.network})`, figures: row })), testId: 'report-accounts' },
    { title: t('inbox.report.byNetwork'), rows: report.byNetwork.map((row) => ({ label: row.network, figures: row })), testId: 'report-networks' },
  ];

  return (
    <div className="inbox-panel" data-testid="inbox-report">
      <p className="hint">
        {t('inbox.report.period', { from: formatDateTime(report.from, membership.workspace.timezone), to: formatDateTime(report.to, membership.workspace.timezone) })}{' '}
        {report.targetMinutes === null ? t('inbox.settings.noTarget') : t('inbox.settings.effectiveTarget', { minutes: report.targetMinutes })}{' '}
        {report.businessHours ? t('inbox.report.businessHours') : null}
      </p>
      <dl className="inbox-figures" data-testid="report-overall">
        <div>
          <dt>{t('inbox.report.answered')}</dt>
          <dd data-testid="report-answered">{t('inbox.report.answeredOf', { answered: report.overall.answered, total: report.overall.conversations })}</dd>
        </div>
        <div>
          <dt>{t('inbox.report.medianFirst')}</dt>
          <dd data-testid="report-median-first">{minutes(report.overall.medianFirstResponseMinutes)}</dd>
        </div>
        <div>
          <dt>{t('inbox.report.medianResolution')}</dt>
          <dd>{minutes(report.overall.medianResolutionMinutes)}</dd>
        </div>
        <div>
          <dt>{t('inbox.report.withinTarget')}</dt>
          <dd data-testid="report-within-target">{share(report.overall.withinTargetShare)}</dd>
        </div>
      </dl>
      {groups.map((group) =>
        group.rows.length === 0 ? null : (
          <section key={group.testId} className="inbox-report-group">
            <h3>{group.title}</h3>
            <BarChart
              title={`${group.title}: ${t('inbox.report.medianFirst')}`}
              testId={group.testId}
              bars={group.rows.map(({ label, figures }) => ({
                label,
                value: figures.medianFirstResponseMinutes,
                text: `${minutes(figures.medianFirstResponseMinutes)} · ${share(figures.withinTargetShare)}`,
              }))}
            />
          </section>
        ),
      )}
      <p className="hint">{t('inbox.report.legend')}</p>
    </div>
  );
}
