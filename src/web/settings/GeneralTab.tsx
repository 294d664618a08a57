import { useState, type FormEvent } from 'react';
import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { TimezoneSelect } from '../components/TimezoneSelect.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession, type Membership } from '../session/SessionProvider.js';
import { DeleteWorkspace } from './DeleteWorkspace.js';

export function GeneralTab({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { workspace, role } = membership;
  const { run, pending, failure } = useApiAction();
  const [name, setName] = useState(workspace.name);
  const [timezone, setTimezone] = useState(workspace.timezone);
  const [saved, setSaved] = useState(false);
  const editable = can(role, 'workspace.update');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      await api.call('updateWorkspace', { params: { workspaceId: workspace.id }, body: { name, timezone } });
      await refresh();
      setSaved(true);
    });
  };

  return (
    <>
      <form className="form card" onSubmit={submit} data-testid="workspace-settings-form">
        <h2>{t('settings.general.heading')}</h2>
        {editable ? null : <p className="notice notice-info">{t('settings.general.readOnly')}</p>}
        <label className="field">
          <span>{t('field.workspaceName')}</span>
          <input
            required
            maxLength={120}
            value={name}
            disabled={!editable}
            onChange={(event) => {
              setName(event.target.value);
              setSaved(false);
            }}
            data-testid="workspace-name"
          />
        </label>
        <div className="field">
          <label htmlFor="workspace-timezone">{t('field.timezone')}</label>
          <TimezoneSelect
            id="workspace-timezone"
            value={timezone}
            disabled={!editable}
            onChange={(value) => {
              setTimezone(value);
              setSaved(false);
            }}
            testId="workspace-timezone"
          />
          <small className="hint">{t('field.timezoneHint')}</small>
        </div>
        <FailureMessage failure={failure} testId="workspace-settings-error" />
        {editable ? (
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={pending} data-testid="workspace-save">
              {t('common.save')}
            </button>
            {saved ? (
              <span className="success" role="status" data-testid="workspace-saved">
                {t('common.saved')}
              </span>
            ) : null}
          </div>
        ) : null}
      </form>
      {can(role, 'workspace.delete') ? <DeleteWorkspace membership={membership} /> : null}
    </>
  );
}
