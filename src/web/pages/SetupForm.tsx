import { useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LanguageSelect } from '../components/LanguageSelect.js';
import { useSession } from '../session/SessionProvider.js';

/** The first owner's details; the language chosen here also switches the page at once. */
export function SetupForm({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const { signIn } = useSession();
  const { run, pending, failure } = useApiAction();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [workspaceName, setWorkspaceName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => signIn(await api.call('completeSetup', { body: { token, name, email, password, workspaceName, locale } })));
  };

  return (
    <form className="form" onSubmit={submit} data-testid="setup-form">
      <label className="field">
        <span>{t('field.yourName')}</span>
        <input autoComplete="name" required maxLength={120} value={name} onChange={(event) => setName(event.target.value)} data-testid="setup-name" />
      </label>
      <label className="field">
        <span>{t('field.email')}</span>
        <input type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} data-testid="setup-email" />
      </label>
      <label className="field">
        <span>{t('field.password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-describedby="setup-password-hint"
          data-testid="setup-password"
        />
        <small id="setup-password-hint" className="hint">{t('field.passwordHint')}</small>
      </label>
      <label className="field">
        <span>{t('field.firstWorkspaceName')}</span>
        <input required maxLength={120} value={workspaceName} onChange={(event) => setWorkspaceName(event.target.value)} aria-describedby="setup-workspace-hint" data-testid="setup-workspace" />
        <small id="setup-workspace-hint" className="hint">{t('field.workspaceNameHint')}</small>
      </label>
      <LanguageSelect variant="field" testId="setup-language" />
      <FailureMessage failure={failure} testId="setup-error" />
      <button type="submit" className="button-primary" disabled={pending} data-testid="setup-submit">
        {t('setup.submit')}
      </button>
    </form>
  );
}
