import { useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { navigate } from '../routing/navigation.js';
import { pathAfterLeaving } from '../session/lastWorkspace.js';
import { useSession, useSignedInSession, type Membership } from '../session/SessionProvider.js';

/** Deleting takes the workspace's name typed again, so that it cannot happen by a slip. */
export function DeleteWorkspace({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const session = useSignedInSession();
  const { run, pending, failure } = useApiAction();
  const [confirmName, setConfirmName] = useState('');
  const { workspace } = membership;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.call('deleteWorkspace', { params: { workspaceId: workspace.id }, body: { confirmName } });
      // Leave the deleted workspace's page before the session stops listing it.
      navigate(pathAfterLeaving(session, workspace.id));
      await refresh();
    });
  };

  return (
    <form className="form card danger-zone" onSubmit={submit} data-testid="delete-workspace-form">
      <h2>{t('settings.delete.heading')}</h2>
      <p>{t('settings.delete.warning')}</p>
      <label className="field">
        <span>{t('settings.delete.typeName', { name: workspace.name })}</span>
        <input value={confirmName} autoComplete="off" onChange={(event) => setConfirmName(event.target.value)} data-testid="delete-workspace-confirm" />
      </label>
      <FailureMessage failure={failure} testId="delete-workspace-error" />
      <button type="submit" className="button-danger" disabled={pending || confirmName !== workspace.name} data-testid="delete-workspace-submit">
        {t('settings.delete.submit')}
      </button>
    </form>
  );
}
