/**
 * `/w/<id>/analytics`: the measurement dashboard (A6) and reports (A7). The period and the
 * engagement-rate denominator chosen at the top apply to every tab, the downloads and new share
 * links, so what is shared is what is on screen.
 */
import { useMemo, useState } from 'react';
import type { Dashboard, EngagementDenominator } from '../../core/metrics/dashboard.js';
import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { MoneyTab } from './money/MoneyTab.js';
import { Overview } from './Overview.js';
import { PERIOD_PRESETS, resolveChoice, type PeriodChoice } from './period.js';
import { ReportsTab } from './ReportsTab.js';
import './analytics.css';

const TABS = ['overview', 'money', 'reports'] as const;
type Tab = (typeof TABS)[number];
const DENOMINATORS: readonly EngagementDenominator[] = ['reach', 'impressions', 'followers'];
/** The open tab lives in the address's fragment (#money), so a link or a reload opens the same tab. */
const tabInAddress = (): Tab => TABS.find((entry) => window.location.hash === `#${entry}`) ?? 'overview';

export function AnalyticsPage({ membership }: { membership: Membership }) {
  const { t, locale } = useI18n();
  usePageTitle(t('analytics.title'));
  const workspaceId = membership.workspace.id;
  const timezone = membership.workspace.timezone;
  const [tab, setTab] = useState<Tab>(tabInAddress);
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'preset', days: 30 });
  const [denominator, setDenominator] = useState<EngagementDenominator>('reach');
  // "Today" is fixed when the page opens, so the period does not slide under the reader at midnight.
  const [openedAt] = useState(() => new Date());
  const period = useMemo(() => resolveChoice(choice, timezone, openedAt), [choice, timezone, openedAt]);
  const { data, reload } = useApiData(`dashboard:${workspaceId}:${period.from}:${period.to}:${denominator}`, async () => {
    const dashboard: Dashboard = await api.call('getDashboard', { params: { workspaceId }, query: { ...period, denominator } });
    return dashboard;
  });
  const refresh = useApiAction();
  const [refreshed, setRefreshed] = useState<{ posts: number; accounts: number; failed: number } | null>(null);
  const query = new URLSearchParams({ ...period, denominator, locale }).toString();
  const download = (format: 'html' | 'pdf') => `/api/workspaces/${workspaceId}/reports/dashboard.${format}?${query}`;

  const onRefresh = () =>
    void refresh.run(async () => {
      const measured = await api.call('refreshMetrics', { params: { workspaceId } });
      setRefreshed({ posts: measured.posts, accounts: measured.accounts, failed: measured.failed.length });
      reload();
    });

  return (
    <section className="page analytics-page" data-testid="section-analytics">
      <h1>{t('analytics.title')}</h1>

      <div className="analytics-toolbar" role="group" aria-label={t('analytics.period.label')}>
        <label>
          {t('analytics.period.label')}
          <select
            value={choice.kind === 'preset' ? String(choice.days) : 'custom'}
            onChange={(event) => {
              const days = PERIOD_PRESETS.find((preset) => String(preset) === event.target.value);
              setChoice(days ? { kind: 'preset', days } : { kind: 'custom', ...period });
            }}
            data-testid="analytics-period"
          >
            <option value="7">{t('analytics.period.last7')}</option>
            <option value="30">{t('analytics.period.last30')}</option>
            <option value="90">{t('analytics.period.last90')}</option>
            <option value="custom">{t('analytics.period.custom')}</option>
          </select>
        </label>
        {choice.kind === 'custom' ? (
          <>
            <label>
              {t('analytics.period.from')}
              <input type="date" value={choice.from} max={choice.to} onChange={(event) => event.target.value && setChoice({ ...choice, from: event.target.value })} data-testid="analytics-from" />
            </label>
            <label>
              {t('analytics.period.to')}
              <input type="date" value={choice.to} min={choice.from} onChange={(event) => event.target.value && setChoice({ ...choice, to: event.target.value })} data-testid="analytics-to" />
            </label>
          </>
        ) : null}
        <label>
          {t('analytics.denominator.label')}
          <select value={denominator} onChange={(event) => setDenominator(DENOMINATORS.find((entry) => entry === event.target.value) ?? 'reach')} data-testid="analytics-denominator">
            {DENOMINATORS.map((entry) => (
              <option key={entry} value={entry}>
                {t(`analytics.denominator.${entry}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="analytics-actions">
          {can(membership.role, 'analytics.read') ? (
            <button type="button" className="button-secondary" onClick={onRefresh} disabled={refresh.pending} data-testid="analytics-refresh">
              {t('analytics.refresh')}
            </button>
          ) : null}
          <a className="button-secondary" href={download('html')} download data-testid="analytics-download-html">
            {t('analytics.download.html')}
          </a>
          <a className="button-secondary" href={download('pdf')} download data-testid="analytics-download-pdf">
            {t('analytics.download.pdf')}
          </a>
        </div>
      </div>
      <p className="muted" data-testid="analytics-denominator-hint">
        {t('analytics.period.shown', { from: period.from, to: period.to, timezone })} · {t('analytics.denominator.hint', { denominator: t(`analytics.denominator.noun.${denominator}`) })}
      </p>
      <FailureMessage failure={refresh.failure} testId="analytics-refresh-error" />
      {refreshed ? (
        <p className="notice notice-info" role="status" data-testid="analytics-refreshed">
          {t('analytics.refreshed', { posts: refreshed.posts, accounts: refreshed.accounts })}
          {refreshed.failed > 0 ? ` ${t('analytics.refreshFailed', { count: refreshed.failed })}` : null}
        </p>
      ) : null}

      <nav className="tabs" aria-label={t('analytics.tabs')}>
        {TABS.map((entry) => (
          <a
            key={entry}
            href={`#${entry}`}
            aria-current={tab === entry ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              // Replaced, not pushed: switching tabs does not fill the back button's history.
              window.history.replaceState(window.history.state, '', `#${entry}`);
              setTab(entry);
            }}
            data-testid={`analytics-tab-${entry}`}
          >
            {t(`analytics.tab.${entry}`)}
          </a>
        ))}
      </nav>

      {tab === 'overview' ? (
        <>
          {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
          {data.state === 'failed' ? (
            <>
              <FailureMessage failure={data.failure} testId="analytics-load-error" />
              <button type="button" className="button-secondary" onClick={reload}>
                {t('common.tryAgain')}
              </button>
            </>
          ) : null}
          {data.state === 'loaded' ? <Overview dashboard={data.value} /> : null}
        </>
      ) : null}
      {tab === 'money' ? <MoneyTab workspaceId={workspaceId} /> : null}
      {tab === 'reports' ? <ReportsTab membership={membership} period={period} denominator={denominator} /> : null}
    </section>
  );
}
