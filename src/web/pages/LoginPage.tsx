import { useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession } from '../session/SessionProvider.js';
import { PublicLayout } from './PublicLayout.js';

export function LoginPage({ setupNeeded }: { setupNeeded: boolean }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const { run, pending, failure } = useApiAction();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle(t('login.title'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => signIn(await api.call('login', { body: { email, password } })));
  };

  return (
    <PublicLayout>
      <h1>{t('login.title')}</h1>
      {setupNeeded ? <p className="notice notice-info">{t('login.setupNeeded')}</p> : null}
      <form className="form" onSubmit={submit} data-testid="login-form">
        <label className="field">
          <span>{t('field.email')}</span>
          <input type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} data-testid="login-email" />
        </label>
        <label className="field">
          <span>{t('field.password')}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="login-password"
          />
        </label>
        <FailureMessage failure={failure} testId="login-error" />
        <button type="submit" className="button-primary" disabled={pending} data-testid="login-submit">
          {pending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </PublicLayout>
  );
}
