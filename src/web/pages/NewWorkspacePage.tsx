import { useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { TimezoneSelect, browserTimeZone } from '../components/TimezoneSelect.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { navigate } from '../routing/navigation.js';
import { sectionPath } from '../routing/routes.js';
import { useSession, useSignedInSession } from '../session/SessionProvider.js';

export function NewWorkspacePage() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { memberships } = useSignedInSession();
  const { run, pending, failure } = useApiAction();
  const [name, setName] = useState('');
  const [timezone, setTimezone] = useState(browserTimeZone);
  const title = memberships.length === 0 ? t('newWorkspace.firstTitle') : t('newWorkspace.title');
  usePageTitle(title);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const workspace = await api.call('createWorkspace', { body: { name, timezone } });
      await refresh();
      navigate(sectionPath(workspace.id, 'strategy'));
    });
  };

  return (
    <section className="page page-narrow">
      <h1>{title}</h1>
      <p className="muted">{t('newWorkspace.intro')}</p>
      <form className="form card" onSubmit={submit} data-testid="new-workspace-form">
        <label className="field">
          <span>{t('field.workspaceName')}</span>
          <input required maxLength={120} value={name} onChange={(event) => setName(event.target.value)} data-testid="new-workspace-name" />
        </label>
        <div className="field">
          <label htmlFor="new-workspace-timezone">{t('field.timezone')}</label>
          <TimezoneSelect id="new-workspace-timezone" value={timezone} onChange={setTimezone} testId="new-workspace-timezone" />
          <small className="hint">{t('field.timezoneHint')}</small>
        </div>
        <FailureMessage failure={failure} testId="new-workspace-error" />
        <button type="submit" className="button-primary" disabled={pending} data-testid="new-workspace-submit">
          {t('newWorkspace.submit')}
        </button>
      </form>
    </section>
  );
}
