import { useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** The signed-in person's own password; other sessions end when it changes. */
export function AccountTab() {
  const { t } = useI18n();
  const { run, pending, failure } = useApiAction();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changed, setChanged] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    void run(async () => {
      await api.call('changePassword', { body: { currentPassword, newPassword } });
      setCurrentPassword('');
      setNewPassword('');
      setChanged(true);
    });
  };

  return (
    <form className="form card" onSubmit={submit} data-testid="change-password-form">
      <h2>{t('account.password.heading')}</h2>
      <p className="muted">{t('account.password.intro')}</p>
      <label className="field">
        <span>{t('account.password.current')}</span>
        <input
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          data-testid="current-password"
        />
      </label>
      <label className="field">
        <span>{t('account.password.new')}</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          data-testid="new-password"
        />
        <small className="hint">{t('field.passwordHint')}</small>
      </label>
      <FailureMessage failure={failure} testId="change-password-error" />
      {changed ? (
        <p className="success" role="status" data-testid="password-changed">
          {t('account.password.changed')}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={pending} data-testid="change-password-submit">
        {t('account.password.submit')}
      </button>
    </form>
  );
}
