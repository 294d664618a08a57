import { useState, type FormEvent } from 'react';
import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { AccountScheduleCard } from '../publishing/AccountScheduleCard.js';
import type { PublishingSettings } from '../publishing/types.js';
import type { Membership } from '../session/SessionProvider.js';
import '../publishing/publishing.css';

/**
 * Who may change publishing's settings and queues: the managers, as with the workspace's other
 * settings. The server holds the real rule; this only decides whether the form is editable.
 */
const MANAGE_PUBLISHING = 'workspace.update';

/** Settings → Publishing: approval on or off, what happens to late posts, and each account's queue and cadence. */
export function PublishingTab({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  const workspaceId = membership.workspace.id;
  const editable = can(membership.role, MANAGE_PUBLISHING);
  const settings = useApiData(`publishing-settings:${workspaceId}`, () => api.call('getPublishingSettings', { params: { workspaceId } }));
  const accounts = useApiData(`publishing-accounts:${workspaceId}`, () => api.call('listConnections', { params: { workspaceId } }));

  return (
    <div data-testid="publishing-settings">
      {editable ? null : <p className="notice notice-info">{t('settings.publishing.readOnly')}</p>}
      {settings.data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {settings.data.state === 'failed' ? <FailureMessage failure={settings.data.failure} /> : null}
      {settings.data.state === 'loaded' ? <SettingsForm workspaceId={workspaceId} initial={settings.data.value} editable={editable} /> : null}
      <h2>{t('settings.publishing.accountsHeading')}</h2>
      <p className="hint">{t('settings.publishing.accountsHint', { zone: membership.workspace.timezone })}</p>
      {accounts.data.state === 'failed' ? <FailureMessage failure={accounts.data.failure} /> : null}
      {accounts.data.state === 'loaded' && accounts.data.value.items.length === 0 ? <p className="empty-state">{t('settings.publishing.noAccounts')}</p> : null}
      {accounts.data.state === 'loaded'
        ? accounts.data.value.items.map((account) => <AccountScheduleCard key={account.id} workspaceId={workspaceId} account={account} editable={editable} />)
        : null}
    </div>
  );
}

function SettingsForm({ workspaceId, initial, editable }: { workspaceId: string; initial: PublishingSettings; editable: boolean }) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const [saved, setSaved] = useState(false);
  const save = useApiAction();
  const change = (patch: Partial<PublishingSettings>) => {
    setValue((current) => ({ ...current, ...patch }));
    setSaved(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(async () => {
      setValue(await api.call('savePublishingSettings', { params: { workspaceId }, body: value }));
      setSaved(true);
    });
  };

  return (
    <form className="form card" onSubmit={submit} data-testid="publishing-settings-form">
      <h2>{t('settings.publishing.heading')}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={value.approvalRequired} disabled={!editable} onChange={(event) => change({ approvalRequired: event.target.checked })} data-testid="approval-required" />
        <span>{t('settings.publishing.approvalRequired')}</span>
      </label>
      <small className="hint">{t('settings.publishing.approvalHint')}</small>
      <fieldset className="pub-fieldset">
        <legend>{t('settings.publishing.latePolicy')}</legend>
        <label className="checkbox">
          <input type="radio" name="late-policy" checked={value.latePolicy === 'send_anyway'} disabled={!editable} onChange={() => change({ latePolicy: 'send_anyway' })} data-testid="late-send" />
          <span>{t('settings.publishing.lateSend')}</span>
        </label>
        <label className="checkbox">
          <input type="radio" name="late-policy" checked={value.latePolicy === 'skip_after'} disabled={!editable} onChange={() => change({ latePolicy: 'skip_after' })} data-testid="late-skip" />
          <span>{t('settings.publishing.lateSkip')}</span>
        </label>
        {value.latePolicy === 'skip_after' ? (
          <label className="field pub-narrow-field">
            <span>{t('settings.publishing.lateMinutes')}</span>
            <input type="number" min={1} max={10080} required value={value.lateMinutes} disabled={!editable} onChange={(event) => change({ lateMinutes: Math.round(Number(event.target.value)) })} data-testid="late-minutes" />
          </label>
        ) : null}
        <small className="hint">{t('settings.publishing.lateHint')}</small>
      </fieldset>
      <FailureMessage failure={save.failure} testId="publishing-settings-error" />
      {editable ? (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={save.pending} data-testid="publishing-settings-save">
            {t('common.save')}
          </button>
          {saved ? (
            <span className="success" role="status">
              {t('common.saved')}
            </span>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
