import { useState, type FormEvent } from 'react';
import type { EndpointOutput } from '../../../client/client.js';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { useApiData } from '../../api/useApiData.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { DataTable } from '../../components/DataTable.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CsvImportPanel } from './CsvImportPanel.js';
import { formatMoney, parseAmount } from './moneyFormat.js';

type Spend = EndpointOutput<'listSpend'>['items'][number];
type Kind = Spend['kind'];
const KINDS: readonly Kind[] = ['ads', 'tools', 'hours'];
const SPEND_COLUMNS = 'month, network, campaign, kind, amount, hours, hourly_rate, currency, note';

interface Draft {
  month: string;
  network: string;
  campaign: string;
  kind: Kind;
  amount: string;
  hours: string;
  hourlyRate: string;
  note: string;
}

const emptyDraft = (month: string): Draft => ({ month, network: '', campaign: '', kind: 'ads', amount: '', hours: '', hourlyRate: '', note: '' });
const draftOf = (spend: Spend): Draft => ({
  month: spend.month,
  network: spend.network ?? '',
  campaign: spend.campaign ?? '',
  kind: spend.kind,
  amount: spend.amount === null ? '' : String(spend.amount),
  hours: spend.hours === null ? '' : String(spend.hours),
  hourlyRate: spend.hourlyRate === null ? '' : String(spend.hourlyRate),
  note: spend.note,
});

/** Spend on social per month, network and campaign: add, edit, delete (asked once more) and import. */
export function SpendSection({ workspaceId, month, networks, onChanged, version }: { workspaceId: string; month: string; networks: readonly string[]; onChanged: () => void; version: number }) {
  const { t, locale } = useI18n();
  const action = useApiAction();
  const { data } = useApiData(`money-spend:${workspaceId}:${version}`, () => api.call('listSpend', { params: { workspaceId } }));
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(month));
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      month: draft.month,
      network: draft.network || null,
      campaign: draft.campaign.trim() || null,
      kind: draft.kind,
      amount: draft.kind === 'hours' ? null : parseAmount(draft.amount),
      hours: draft.kind === 'hours' ? parseAmount(draft.hours) : null,
      hourlyRate: draft.kind === 'hours' ? parseAmount(draft.hourlyRate) : null,
      note: draft.note,
    };
    void action.run(async () => {
      if (editing) await api.call('updateSpend', { params: { workspaceId, spendId: editing }, body });
      else await api.call('createSpend', { params: { workspaceId }, body });
      setEditing(undefined);
      setDraft(emptyDraft(draft.month));
      onChanged();
    });
  };
  const remove = (spendId: string) =>
    action.run(async () => {
      await api.call('deleteSpend', { params: { workspaceId, spendId } });
      onChanged();
    });

  return (
    <section className="card" aria-labelledby="money-spend-title" data-testid="money-spend">
      <h3 id="money-spend-title">{t('money.spend.title')}</h3>
      <p className="hint">{t('money.spend.intro')}</p>
      <form className="form" onSubmit={submit} data-testid="money-spend-form">
        <div className="form-row">
          <label className="field">
            <span>{t('money.spend.month')}</span>
            <input type="month" required value={draft.month} onChange={(event) => set({ month: event.target.value })} data-testid="money-spend-month" />
          </label>
          <label className="field">
            <span>{t('money.spend.network')}</span>
            <select value={draft.network} onChange={(event) => set({ network: event.target.value })} data-testid="money-spend-network">
              <option value="">{t('money.spend.networkAny')}</option>
              {networks.map((network) => (
                <option key={network} value={network}>
                  {network}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('money.spend.campaign')}</span>
            <input value={draft.campaign} maxLength={200} onChange={(event) => set({ campaign: event.target.value })} data-testid="money-spend-campaign" />
          </label>
          <label className="field">
            <span>{t('money.spend.kind')}</span>
            <select value={draft.kind} onChange={(event) => set({ kind: event.target.value as Kind })} data-testid="money-spend-kind">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`money.spend.kind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="form-row">
          {draft.kind === 'hours' ? (
            <>
              <label className="field">
                <span>{t('money.spend.hours')}</span>
                <input inputMode="decimal" required value={draft.hours} onChange={(event) => set({ hours: event.target.value })} data-testid="money-spend-hours" />
              </label>
              <label className="field">
                <span>{t('money.spend.hourlyRate')}</span>
                <input inputMode="decimal" required value={draft.hourlyRate} onChange={(event) => set({ hourlyRate: event.target.value })} data-testid="money-spend-rate" />
              </label>
            </>
          ) : (
            <label className="field">
              <span>{t('money.spend.amount')}</span>
              <input inputMode="decimal" required value={draft.amount} onChange={(event) => set({ amount: event.target.value })} data-testid="money-spend-amount" />
            </label>
          )}
          <label className="field">
            <span>{t('money.spend.note')}</span>
            <input value={draft.note} maxLength={500} onChange={(event) => set({ note: event.target.value })} />
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={action.pending} data-testid="money-spend-submit">
            {editing ? t('money.spend.save') : t('money.spend.add')}
          </button>
          {editing ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setEditing(undefined);
                setDraft(emptyDraft(month));
              }}
            >
              {t('money.spend.cancelEdit')}
            </button>
          ) : null}
        </div>
        <FailureMessage failure={action.failure} testId="money-spend-failure" />
      </form>
      {data.state === 'loading' ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
      {data.state === 'loaded' && data.value.items.length === 0 ? (
        <p className="empty" data-testid="money-spend-empty">
          {t('money.spend.empty')}
        </p>
      ) : null}
      {data.state === 'loaded' && data.value.items.length > 0 ? (
        <DataTable testId="money-spend-table" withActions headings={[t('money.spend.month'), t('money.spend.network'), t('money.spend.campaign'), t('money.spend.kind'), t('money.spend.cost'), t('money.spend.note')]}>
          {data.value.items.map((spend) => (
            <tr key={spend.id} data-spend-id={spend.id}>
              <th scope="row">{spend.month}</th>
              <td>{spend.network ?? t('money.spend.networkAny')}</td>
              <td>{spend.campaign ?? t('common.none')}</td>
              <td>{t(`money.spend.kind.${spend.kind}`)}</td>
              <td>
                {formatMoney(spend.cost, spend.currency, locale)}
                {spend.kind === 'hours' && spend.hours !== null && spend.hourlyRate !== null ? <small className="hint"> ({spend.hours} × {formatMoney(spend.hourlyRate, spend.currency, locale)})</small> : null}
              </td>
              <td>{spend.note || t('common.none')}</td>
              <td>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => {
                    setEditing(spend.id);
                    setDraft(draftOf(spend));
                  }}
                  data-testid="money-spend-edit"
                >
                  {t('money.spend.edit')}
                </button>
                <ConfirmButton label={t('money.spend.delete')} question={t('money.spend.deleteQuestion')} confirmLabel={t('money.spend.delete')} disabled={action.pending} onConfirm={() => void remove(spend.id)} testId="money-spend-delete" />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <CsvImportPanel columns={SPEND_COLUMNS} testId="money-spend-import" onImported={onChanged} send={(body) => api.call('importSpend', { params: { workspaceId }, body })} />
    </section>
  );
}
