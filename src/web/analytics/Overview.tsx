/** The Overview tab: KPI tiles, the charts, top posts, accounts (quality beside size), links and money. */
import { useMemo } from 'react';
import { FigureFormat } from '../../core/charts/format.js';
import { chartLabels } from '../../core/charts/labels.js';
import { buildCharts, networkName } from '../../core/charts/options.js';
import type { Dashboard, KpiTile } from '../../core/metrics/dashboard.js';
import type { MetricId } from '../../core/metrics/definitions.js';
import { GOAL_KPIS } from '../../core/strategy/goals.js';
import { Chart } from '../charts/Chart.js';
import { DataTable } from '../components/DataTable.js';
import type { MessageKey } from '../i18n/dictionaries.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Definition, DefinitionTerms, kpiMetric } from './Definition.js';

/** KPI ids whose name the strategy area already translates as `kpi.<id>`. */
const NAMED_KPIS = new Set(Object.values(GOAL_KPIS).flatMap((kpis) => kpis.map((kpi) => kpi.id)));

function useFormat(dashboard: Dashboard): FigureFormat {
  const { t, locale } = useI18n();
  return useMemo(() => new FigureFormat(locale, dashboard.currency, t('analytics.unknown')), [locale, dashboard.currency, t]);
}

function KpiTiles({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n();
  const format = useFormat(dashboard);
  const name = (tile: KpiTile) => (NAMED_KPIS.has(tile.kpiId) ? t(`kpi.${tile.kpiId}` as MessageKey) : tile.kpiId);
  return (
    <section aria-labelledby="analytics-kpis">
      <h2 id="analytics-kpis">{t('analytics.kpi.heading')}</h2>
      {dashboard.hasStrategy ? null : <p className="notice notice-info">{t('analytics.kpi.noStrategy')}</p>}
      <ul className="kpi-tiles" data-testid="kpi-tiles">
        {dashboard.tiles.map((tile) => (
          <li key={tile.kpiId} className={`kpi-tile kpi-${tile.status}`} data-testid={`kpi-${tile.kpiId}`}>
            <div className="kpi-name">
              {name(tile)} <Definition metric={kpiMetric(tile.kpiId)} />
            </div>
            <div className="kpi-value">{format.unit(tile.value, tile.unit)}</div>
            <span className={`kpi-status kpi-status-${tile.status}`}>{t(`analytics.kpi.status.${tile.status}`)}</span>
            <div className="muted kpi-meta">{t('analytics.kpi.previous', { value: format.unit(tile.previous, tile.unit) })}</div>
            {tile.target !== null ? <div className="muted kpi-meta">{t('analytics.kpi.target', { value: format.unit(tile.target, tile.unit) })}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Figure({ label, value, metric, testId }: { label: string; value: string; metric?: MetricId | null; testId: string }) {
  return (
    <div className="figure" data-testid={testId}>
      <dt>
        {label} <Definition metric={metric ?? null} />
      </dt>
      <dd>{value}</dd>
    </div>
  );
}

const ENGAGEMENT_METRIC: Record<Dashboard['denominator'], MetricId> = {
  reach: 'engagement_rate_by_reach',
  impressions: 'engagement_rate_by_impressions',
  followers: 'engagement_rate_by_followers',
};

export function Overview({ dashboard }: { dashboard: Dashboard }) {
  const { t, locale, formatDateTime } = useI18n();
  const format = useFormat(dashboard);
  const charts = useMemo(() => buildCharts(dashboard, chartLabels(locale, dashboard.denominator)), [dashboard, locale]);
  const noPosts = dashboard.topPosts.length === 0 && !dashboard.daily.some((day) => day.postsPublished > 0);
  const money = dashboard.money;
  const warning = dashboard.channels.warning;
  const channelName = (channel: string) =>
    ['social', 'seo', 'search_ads', 'email'].includes(channel) ? t(`analytics.money.channel.${channel as 'social' | 'seo' | 'search_ads' | 'email'}`) : channel.replace(/^other:/, '');

  return (
    <div className="analytics-overview">
      {dashboard.accounts.length === 0 ? (
        <p className="empty-state" data-testid="analytics-no-accounts">
          {t('analytics.empty.noAccounts')}
        </p>
      ) : null}
      {dashboard.accounts.length > 0 && noPosts ? (
        <p className="empty-state" data-testid="analytics-no-posts">
          {t('analytics.empty.noPosts')}
        </p>
      ) : null}
      {warning ? (
        <p className="notice notice-warning" role="alert" data-testid="channel-warning">
          {t(`analytics.money.warning.${warning.kind}`, { cpo: format.currency(warning.socialCostPerOrder), compared: format.currency(warning.comparedWith) })}
        </p>
      ) : null}

      <KpiTiles dashboard={dashboard} />

      <section aria-labelledby="analytics-charts">
        <h2 id="analytics-charts">{t('analytics.charts.heading')}</h2>
        <div className="chart-grid">
          {charts.map((spec) => (
            <Chart key={spec.id} spec={spec} height={spec.id === 'heatmap' ? 320 : 280} />
          ))}
        </div>
      </section>

      <section aria-labelledby="analytics-top-posts">
        <h2 id="analytics-top-posts">{t('analytics.topPosts.heading')}</h2>
        {dashboard.topPosts.length === 0 ? (
          <p className="empty-state">{t('analytics.empty.noPosts')}</p>
        ) : (
          <DataTable
            testId="top-posts"
            headings={[
              t('analytics.topPosts.post'),
              t('analytics.topPosts.network'),
              t('analytics.topPosts.published'),
              t('analytics.topPosts.impressions'),
              t('analytics.topPosts.reach'),
              t('analytics.topPosts.engagementRate'),
              t('analytics.topPosts.virality'),
              t('analytics.topPosts.reachBeyond'),
              t('analytics.topPosts.clicks'),
              t('analytics.topPosts.orders'),
            ]}
          >
            {dashboard.topPosts.map((post) => (
              <tr key={post.targetId} data-testid="top-post" data-post-id={post.postId}>
                <td>{post.url ? <a href={post.url} target="_blank" rel="noreferrer noopener" title={t('analytics.topPosts.open')}>{post.excerpt}</a> : post.excerpt}</td>
                <td>
                  {networkName(post.network)} · {post.accountName}
                </td>
                <td>{formatDateTime(post.publishedAt, dashboard.period.timezone)}</td>
                <td>{format.count(post.impressions)}</td>
                <td>{format.count(post.reach)}</td>
                <td>{format.percent(post.engagementRate)}</td>
                <td>{format.percent(post.virality)}</td>
                <td>{post.reachBeyondFollowers === null ? t('analytics.unknown') : `× ${format.decimal(post.reachBeyondFollowers)}`}</td>
                <td>{format.count(post.linkClicks)}</td>
                <td>{format.count(post.orders)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {dashboard.topPosts.length > 0 ? <DefinitionTerms metrics={[ENGAGEMENT_METRIC[dashboard.denominator], 'virality_rate', 'reach_beyond_followers']} /> : null}
      </section>

      <section aria-labelledby="analytics-accounts">
        <h2 id="analytics-accounts">{t('analytics.accounts.heading')}</h2>
        {dashboard.accounts.length === 0 ? (
          <p className="empty-state">{t('analytics.empty.noAccounts')}</p>
        ) : (
          <DataTable
            testId="account-quality"
            headings={[t('analytics.accounts.account'), t('analytics.accounts.followers'), t('analytics.accounts.engagedShare'), t('analytics.accounts.growth'), t('analytics.accounts.suspicious')]}
          >
            {dashboard.accounts.map((account) => (
              <tr key={account.accountId}>
                <td>
                  {account.name} <span className="muted">({networkName(account.network)})</span>
                </td>
                <td>{format.count(account.followers)}</td>
                <td>
                  {format.percent(account.engagedShare)} <Definition metric="engaged_share" />
                </td>
                <td>{format.percent(account.growthRate)}</td>
                <td>
                  {account.suspiciousDays.length === 0 ? (
                    <span className="muted">{t('analytics.accounts.noFlags')}</span>
                  ) : (
                    <ul className="suspicious-days">
                      {account.suspiciousDays.map((day) => (
                        <li key={day.day} className="flag-warning">
                          {t('analytics.accounts.suspiciousDay', { day: day.day, gained: format.count(day.followersGained) })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="analytics-links">
        <h2 id="analytics-links">{t('analytics.links.heading')}</h2>
        <dl className="figures">
          <Figure testId="links-clicks" label={t('analytics.links.clicks')} value={format.count(dashboard.links.clicks)} />
          <Figure testId="links-unique" label={t('analytics.links.unique')} value={format.count(dashboard.links.uniqueVisitors)} />
          <Figure testId="links-ctr" label={t('analytics.links.ctr')} value={format.percent(dashboard.links.clickThroughRate)} metric="click_through_rate" />
          <Figure testId="links-bots" label={t('analytics.links.bots')} value={format.count(dashboard.links.botClicksFiltered)} />
        </dl>
      </section>

      <section aria-labelledby="analytics-money">
        <h2 id="analytics-money">{t('analytics.money.heading')}</h2>
        {money.orders === 0 ? <p className="empty-state">{t('analytics.empty.noOrders')}</p> : null}
        <dl className="figures">
          <Figure testId="money-orders" label={t('analytics.money.orders')} value={format.count(money.orders)} />
          <Figure testId="money-revenue" label={t('analytics.money.revenue')} value={format.currency(money.revenue)} />
          <Figure testId="money-spend" label={t('analytics.money.spend')} value={format.currency(money.spend)} />
          <Figure testId="money-cpo" label={t('analytics.money.cpo')} value={format.currency(money.costPerOrder)} metric="cost_per_order" />
          <Figure testId="money-ros" label={t('analytics.money.ros')} value={format.percent(money.returnOnSpend)} metric="return_on_spend" />
          <Figure testId="money-aov" label={t('analytics.money.aov')} value={format.currency(money.averageOrderValue)} />
          <Figure testId="money-repeat" label={t('analytics.money.repeat')} value={format.percent(money.repeatPurchaseRate)} metric="repeat_purchase_rate" />
        </dl>
        {dashboard.channels.channels.length > 0 ? (
          <>
            <h3>{t('analytics.money.channels')}</h3>
            <DataTable testId="channel-comparison" headings={[t('analytics.money.channel'), t('analytics.money.spend'), t('analytics.money.orders'), t('analytics.money.revenue'), t('analytics.money.cpo')]}>
              {dashboard.channels.channels.map((channel) => (
                <tr key={channel.channel} className={channel.channel === 'social' ? 'row-highlight' : undefined}>
                  <td>{channelName(channel.channel)}</td>
                  <td>{format.currency(channel.spend)}</td>
                  <td>{format.count(channel.orders)}</td>
                  <td>{format.currency(channel.revenue)}</td>
                  <td>{format.currency(channel.costPerOrder)}</td>
                </tr>
              ))}
            </DataTable>
          </>
        ) : null}
      </section>
    </div>
  );
}
