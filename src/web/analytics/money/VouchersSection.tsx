import { useState, type FormEvent } from 'react';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { useApiData } from '../../api/useApiData.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { DataTable } from '../../components/DataTable.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Voucher codes handed out on social: an order that uses one is credited to its network and campaign. */
export function VouchersSection({ workspaceId, networks, onChanged, version }: { workspaceId: string; networks: readonly string[]; onChanged: () => void; version: number }) {
  const { t } = useI18n();
  const action = useApiAction();
  const { data } = useApiData(`money-vouchers:${workspaceId}:${version}`, () => api.call('listVouchers', { params: { workspaceId } }));
  const [draft, setDraft] = useState({ code: '', network: networks[0] ?? '', campaign: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await api.call('saveVoucher', { params: { workspaceId, code: draft.code.trim() }, body: { network: draft.network, campaign: draft.campaign.trim() || null } });
      setDraft({ ...draft, code: '', campaign: '' });
      onChanged();
    });
  };
  const remove = (code: string) =>
    action.run(async () => {
      await api.call('deleteVoucher', { params: { workspaceId, code } });
      onChanged();
    });
  return (
    <section className="card" aria-labelledby="money-vouchers-title" data-testid="money-vouchers">
      <h3 id="money-vouchers-title">{t('money.vouchers.title')}</h3>
      <p className="hint">{t('money.vouchers.intro')}</p>
      <form className="form" onSubmit={submit} data-testid="money-voucher-form">
        <div className="form-row">
          <label className="field">
            <span>{t('money.vouchers.code')}</span>
            <input required maxLength={100} value={draft.code} onChange={(event) => setDraft({ ...draft, code: event.target.value })} data-testid="money-voucher-code" />
          </label>
          <label className="field">
            <span>{t('money.spend.network')}</span>
            <select required value={draft.network} onChange={(event) => setDraft({ ...draft, network: event.target.value })} data-testid="money-voucher-network">
              {networks.map((network) => (
                <option key={network} value={network}>
                  {network}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('money.spend.campaign')}</span>
            <input maxLength={200} value={draft.campaign} onChange={(event) => setDraft({ ...draft, campaign: event.target.value })} data-testid="money-voucher-campaign" />
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={action.pending || networks.length === 0} data-testid="money-voucher-submit">
            {t('money.vouchers.add')}
          </button>
        </div>
        {networks.length === 0 ? <p className="hint">{t('money.vouchers.noNetworks')}</p> : null}
        <FailureMessage failure={action.failure} />
      </form>
      {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
      {data.state === 'loaded' && data.value.items.length === 0 ? (
        <p className="empty" data-testid="money-vouchers-empty">
          {t('money.vouchers.empty')}
        </p>
      ) : null}
      {data.state === 'loaded' && data.value.items.length > 0 ? (
        <DataTable testId="money-vouchers-table" withActions headings={[t('money.vouchers.code'), t('money.spend.network'), t('money.spend.campaign')]}>
          {data.value.items.map((voucher) => (
            <tr key={voucher.code}>
              <th scope="row">{voucher.code}</th>
              <td>{voucher.network}</td>
              <td>{voucher.campaign ?? t('common.none')}</td>
              <td>
                <ConfirmButton label={t('money.spend.delete')} question={t('money.vouchers.deleteQuestion')} confirmLabel={t('money.spend.delete')} disabled={action.pending} onConfirm={() => void remove(voucher.code)} testId="money-voucher-delete" />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
