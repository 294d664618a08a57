import { useState, type FormEvent } from 'react';
import { API_KEY_ROLES, type ApiKeyRole } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { roleMessageKey } from '../components/roles.js';
import { useI18n } from '../i18n/I18nProvider.js';

export function CreateApiKeyForm({ workspaceId, onCreated }: { workspaceId: string; onCreated: (name: string, secret: string) => void }) {
  const { t } = useI18n();
  const { run, pending, failure } = useApiAction();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiKeyRole>('editor');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const created = await api.call('createApiKey', { params: { workspaceId }, body: { name, role } });
      setName('');
      onCreated(created.apiKey.name, created.secret);
    });
  };

  return (
    <form className="form card" onSubmit={submit} data-testid="create-api-key-form">
      <h2>{t('settings.apiKeys.createHeading')}</h2>
      <div className="form-row">
        <label className="field">
          <span>{t('settings.apiKeys.name')}</span>
          <input
            required
            maxLength={120}
            value={name}
            placeholder={t('settings.apiKeys.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            data-testid="api-key-name"
          />
        </label>
        <label className="field">
          <span>{t('field.role')}</span>
          <select
            value={role}
            onChange={(event) => setRole(API_KEY_ROLES.find((candidate) => candidate === event.target.value) ?? role)}
            data-testid="api-key-role"
          >
            {API_KEY_ROLES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(roleMessageKey(candidate))}
              </option>
            ))}
          </select>
          <small className="hint">{t('settings.apiKeys.roleHint')}</small>
        </label>
      </div>
      <FailureMessage failure={failure} testId="create-api-key-error" />
      <button type="submit" className="button-primary" disabled={pending} data-testid="api-key-create">
        {t('settings.apiKeys.create')}
      </button>
    </form>
  );
}
