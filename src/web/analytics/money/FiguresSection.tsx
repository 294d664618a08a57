import { api } from '../../api/apiClient.js';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { channelLabel, formatMoney, formatPercent, monthPeriod } from './moneyFormat.js';

/** Social's money for a month: the tiles, the breakdown by network and campaign, and the channel comparison with its warning. */
export function FiguresSection({ workspaceId, month, version }: { workspaceId: string; month: string; version: number }) {
  const { t, locale } = useI18n();
  const period = monthPeriod(month);
  const { data } = useApiData(`money-figures:${workspaceId}:${month}:${version}`, () => api.call('getMoneyFigures', { params: { workspaceId }, query: period }));
  if (data.state === 'loading') return <p aria-busy="true">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="money-figures-failed" />;
  const { money, channels, otherCurrencyOrders } = data.value;
  const cash = (value: number | null) => (value === null ? t('money.figures.notKnown') : formatMoney(value, money.currency, locale));
  const rate = (value: number | null) => (value === null ? t('money.figures.notKnown') : formatPercent(value, locale));
  const tiles: Array<{ id: string; label: string; value: string; help?: string }> = [
    { id: 'orders', label: t('money.figures.orders'), value: String(money.orders) },
    { id: 'revenue', label: t('money.figures.revenue'), value: cash(money.revenue) },
    { id: 'spend', label: t('money.figures.spend'), value: cash(money.spend) },
    { id: 'cpo', label: t('money.figures.costPerOrder'), value: cash(money.costPerOrder), help: t('money.figures.costPerOrderHelp') },
    { id: 'ros', label: t('money.figures.returnOnSpend'), value: rate(money.returnOnSpend), help: t('money.figures.returnOnSpendHelp') },
    { id: 'aov', label: t('money.figures.averageOrderValue'), value: cash(money.averageOrderValue) },
    { id: 'repeat', label: t('money.figures.repeatPurchaseRate'), value: rate(money.repeatPurchaseRate), help: t('money.figures.repeatPurchaseRateHelp') },
  ];
  const warning = channels.warning;
  return (
    <section className="card" aria-labelledby="money-figures-title" data-testid="money-figures">
      <h3 id="money-figures-title">{t('money.figures.title')}</h3>
      {money.orders === 0 ? <p className="hint" data-testid="money-figures-empty">{t('money.figures.empty')}</p> : null}
      <dl className="money-tiles">
        {tiles.map((tile) => (
          <div key={tile.id} className="money-tile" data-testid={`money-tile-${tile.id}`}>
            <dt>{tile.label}</dt>
            <dd>{tile.value}</dd>
            {tile.help ? <dd className="hint">{tile.help}</dd> : null}
          </div>
        ))}
      </dl>
      {otherCurrencyOrders > 0 ? <p className="hint">{t('money.figures.otherCurrency', { count: otherCurrencyOrders, currency: money.currency })}</p> : null}

      <h3>{t('money.channels.title')}</h3>
      {warning ? (
        <p className="notice notice-warning" role="alert" data-testid="money-channel-warning" data-kind={warning.kind}>
          {t(`money.channels.warning.${warning.kind}`, { cost: cash(warning.socialCostPerOrder), compared: cash(warning.comparedWith) })}
        </p>
      ) : channels.channels.length > 1 ? (
        <p className="notice" data-testid="money-channel-ok">
          {t('money.channels.noWarning')}
        </p>
      ) : null}
      <DataTable testId="money-channel-table" headings={[t('money.channels.channel'), t('money.channels.spend'), t('money.channels.orders'), t('money.channels.revenue'), t('money.channels.costPerOrder')]}>
        {channels.channels.map((row) => {
          const label = channelLabel(row.channel);
          return (
            <tr key={row.channel} data-channel={row.channel}>
              <th scope="row">{t(label.key, label.vars)}</th>
              <td>{cash(row.spend)}</td>
              <td>{row.orders}</td>
              <td>{cash(row.revenue)}</td>
              <td>{cash(row.costPerOrder)}</td>
            </tr>
          );
        })}
      </DataTable>
      {channels.channels.length <= 1 ? <p className="hint">{t('money.channels.empty')}</p> : null}

      {(['network', 'campaign'] as const).map((by) => {
        const rows = money.breakdown.filter((row) => row.by === by);
        if (rows.length === 0) return null;
        return (
          <div key={by}>
            <h4>{t(by === 'network' ? 'money.figures.byNetwork' : 'money.figures.byCampaign')}</h4>
            <DataTable testId={`money-breakdown-${by}`} headings={[t('money.figures.key'), t('money.channels.orders'), t('money.channels.revenue'), t('money.channels.spend'), t('money.channels.costPerOrder')]}>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.orders}</td>
                  <td>{cash(row.revenue)}</td>
                  <td>{cash(row.spend)}</td>
                  <td>{cash(row.costPerOrder)}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        );
      })}
    </section>
  );
}
