/**
 * Analytics → Money (A4, A5): social's orders, spend, cost per order and return on spend for a
 * month; the channel comparison with its warning; orders (shop script, API, CSV); spend; other
 * channels' figures; and the attribution settings. Mounted as a tab of the Analytics page.
 */
import { useCallback, useState } from 'react';
import { api } from '../../api/apiClient.js';
import { useApiData } from '../../api/useApiData.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ChannelsSection } from './ChannelsSection.js';
import { FiguresSection } from './FiguresSection.js';
import { monthOf } from './moneyFormat.js';
import { OrdersSection } from './OrdersSection.js';
import { SettingsSection } from './SettingsSection.js';
import { SpendSection } from './SpendSection.js';
import { VouchersSection } from './VouchersSection.js';
import './money.css';

export function MoneyTab({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const [month, setMonth] = useState(() => monthOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone));
  // Every change (an order imported, spend edited, settings saved) reloads what depends on it.
  const [version, setVersion] = useState(0);
  const { data, reload } = useApiData(`money-settings:${workspaceId}`, async () => {
    const [settings, connections] = await Promise.all([api.call('getOrderSettings', { params: { workspaceId } }), api.call('listConnections', { params: { workspaceId } })]);
    return { settings, networks: [...new Set(connections.items.map((account) => account.network))].sort() };
  });
  const changed = useCallback(() => {
    setVersion((value) => value + 1);
    // Reloaded in place (the old value stays on screen), so open forms keep what was typed.
    reload();
  }, [reload]);

  return (
    <div className="money-tab" data-testid="money-tab">
      <h2>{t('money.title')}</h2>
      <p className="hint">{t('money.intro')}</p>
      <label className="field money-month">
        <span>{t('money.period')}</span>
        <input type="month" required value={month} onChange={(event) => event.target.value && setMonth(event.target.value)} data-testid="money-month" />
      </label>
      <FiguresSection workspaceId={workspaceId} month={month} version={version} />
      {data.state === 'loading' ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} testId="money-load-failed" /> : null}
      {data.state === 'loaded' ? (
        <>
          <ChannelsSection workspaceId={workspaceId} month={month} onChanged={changed} version={version} />
          <SpendSection workspaceId={workspaceId} month={month} networks={data.value.networks} onChanged={changed} version={version} />
          <VouchersSection workspaceId={workspaceId} networks={data.value.networks} onChanged={changed} version={version} />
          <OrdersSection workspaceId={workspaceId} shopTag={data.value.settings.shopTag} onChanged={changed} version={version} />
          <SettingsSection key={`${data.value.settings.windowDays}:${data.value.settings.currency}`} workspaceId={workspaceId} windowDays={data.value.settings.windowDays} currency={data.value.settings.currency} onChanged={changed} />
        </>
      ) : null}
    </div>
  );
}
