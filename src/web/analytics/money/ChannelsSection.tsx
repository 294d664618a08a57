import { useState, type FormEvent } from 'react';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { useApiData } from '../../api/useApiData.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { DataTable } from '../../components/DataTable.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CsvImportPanel } from './CsvImportPanel.js';
import { channelLabel, formatMoney, parseAmount } from './moneyFormat.js';

const CHANNELS = ['seo', 'search_ads', 'email', 'other'] as const;
type ChannelChoice = (typeof CHANNELS)[number];
const CHANNEL_COLUMNS = 'month, channel, spend, orders, revenue, currency';

/** Other channels' figures per month (SEO, search ads, e-mail, others): enter, replace, delete and import. */
export function ChannelsSection({ workspaceId, month, onChanged, version }: { workspaceId: string; month: string; onChanged: () => void; version: number }) {
  const { t, locale } = useI18n();
  const action = useApiAction();
  const { data } = useApiData(`money-channels:${workspaceId}:${version}`, () => api.call('listChannelFigures', { params: { workspaceId } }));
  const [draft, setDraft] = useState({ month, channel: 'seo' as ChannelChoice, otherName: '', spend: '', orders: '', revenue: '' });
  const set = (patch: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await api.call('saveChannelFigure', {
        params: { workspaceId },
        body: {
          month: draft.month,
          channel: draft.channel === 'other' ? `other:${draft.otherName.trim()}` : draft.channel,
          spend: parseAmount(draft.spend) ?? -1,
          orders: Number.parseInt(draft.orders, 10),
          revenue: parseAmount(draft.revenue) ?? -1,
        },
      });
      set({ spend: '', orders: '', revenue: '' });
      onChanged();
    });
  };
  const remove = (figureId: string) =>
    action.run(async () => {
      await api.call('deleteChannelFigure', { params: { workspaceId, figureId } });
      onChanged();
    });

  return (
    <section className="card" aria-labelledby="money-channels-title" data-testid="money-channels">
      <h3 id="money-channels-title">{t('money.channels.entered')}</h3>
      <form className="form" onSubmit={submit} data-testid="money-channel-form">
        <div className="form-row">
          <label className="field">
            <span>{t('money.channels.month')}</span>
            <input type="month" required value={draft.month} onChange={(event) => set({ month: event.target.value })} data-testid="money-channel-month" />
          </label>
          <label className="field">
            <span>{t('money.channels.channel')}</span>
            <select value={draft.channel} onChange={(event) => set({ channel: event.target.value as ChannelChoice })} data-testid="money-channel-channel">
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {channel === 'other' ? t('money.channels.otherName') : t(`money.channels.${channel}`)}
                </option>
              ))}
            </select>
          </label>
          {draft.channel === 'other' ? (
            <label className="field">
              <span>{t('money.channels.otherName')}</span>
              <input required maxLength={60} value={draft.otherName} onChange={(event) => set({ otherName: event.target.value })} data-testid="money-channel-other" />
            </label>
          ) : null}
        </div>
        <div className="form-row">
          <label className="field">
            <span>{t('money.channels.spend')}</span>
            <input inputMode="decimal" required value={draft.spend} onChange={(event) => set({ spend: event.target.value })} data-testid="money-channel-spend" />
          </label>
          <label className="field">
            <span>{t('money.channels.orders')}</span>
            <input inputMode="numeric" required pattern="[0-9]+" value={draft.orders} onChange={(event) => set({ orders: event.target.value })} data-testid="money-channel-orders" />
          </label>
          <label className="field">
            <span>{t('money.channels.revenue')}</span>
            <input inputMode="decimal" required value={draft.revenue} onChange={(event) => set({ revenue: event.target.value })} data-testid="money-channel-revenue" />
          </label>
        </div>
        <small className="hint">{t('money.channels.addHint')}</small>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={action.pending} data-testid="money-channel-submit">
            {t('money.channels.add')}
          </button>
        </div>
        <FailureMessage failure={action.failure} testId="money-channel-failure" />
      </form>
      {data.state === 'loading' ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
      {data.state === 'loaded' && data.value.items.length === 0 ? (
        <p className="empty" data-testid="money-channels-empty">
          {t('money.channels.empty')}
        </p>
      ) : null}
      {data.state === 'loaded' && data.value.items.length > 0 ? (
        <DataTable testId="money-channels-table" withActions headings={[t('money.channels.month'), t('money.channels.channel'), t('money.channels.spend'), t('money.channels.orders'), t('money.channels.revenue')]}>
          {data.value.items.map((row) => {
            const label = channelLabel(row.channel);
            return (
              <tr key={row.id} data-figure-id={row.id}>
                <th scope="row">{row.month}</th>
                <td>{t(label.key, label.vars)}</td>
                <td>{formatMoney(row.spend, row.currency, locale)}</td>
                <td>{row.orders}</td>
                <td>{formatMoney(row.revenue, row.currency, locale)}</td>
                <td>
                  <ConfirmButton label={t('money.channels.delete')} question={t('money.channels.deleteQuestion')} confirmLabel={t('money.channels.delete')} disabled={action.pending} onConfirm={() => void remove(row.id)} testId="money-channel-delete" />
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
      <CsvImportPanel columns={CHANNEL_COLUMNS} testId="money-channels-import" onImported={onChanged} send={(body) => api.call('importChannelFigures', { params: { workspaceId }, body })} />
    </section>
  );
}
