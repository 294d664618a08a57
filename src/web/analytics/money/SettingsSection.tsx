import { useState, type FormEvent } from 'react';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The attribution window and the currency of the figures. */
export function SettingsSection({ workspaceId, windowDays, currency, onChanged }: { workspaceId: string; windowDays: number; currency: string; onChanged: () => void }) {
  const { t } = useI18n();
  const action = useApiAction();
  const [draft, setDraft] = useState({ windowDays: String(windowDays), currency });
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void action.run(async () => {
      await api.call('saveOrderSettings', { params: { workspaceId }, body: { windowDays: Number.parseInt(draft.windowDays, 10), currency: draft.currency.trim().toUpperCase() } });
      setSaved(true);
      onChanged();
    });
  };
  return (
    <section className="card" aria-labelledby="money-settings-title" data-testid="money-settings">
      <h3 id="money-settings-title">{t('money.settings.title')}</h3>
      <form className="form" onSubmit={submit}>
        <div className="form-row">
          <label className="field">
            <span>{t('money.settings.windowDays')}</span>
            <input type="number" min={1} max={365} required value={draft.windowDays} onChange={(event) => setDraft({ ...draft, windowDays: event.target.value })} data-testid="money-window-days" />
            <small className="hint">{t('money.settings.windowHint')}</small>
          </label>
          <label className="field">
            <span>{t('money.settings.currency')}</span>
            <input required pattern="[A-Za-z]{3}" maxLength={3} value={draft.currency} onChange={(event) => setDraft({ ...draft, currency: event.target.value })} data-testid="money-currency" />
            <small className="hint">{t('money.settings.currencyHint')}</small>
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={action.pending} data-testid="money-settings-save">
            {t('common.save')}
          </button>
          {saved ? <span role="status">{t('common.saved')}</span> : null}
        </div>
        <FailureMessage failure={action.failure} />
      </form>
    </section>
  );
}
