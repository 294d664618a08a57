import { useState, type FormEvent } from 'react';
import { WORKSPACE_ROLES, canAssignRole, type WorkspaceRole } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { roleMessageKey } from '../components/roles.js';
import { useI18n } from '../i18n/I18nProvider.js';

interface AddMemberFormProps {
  workspaceId: string;
  actorRole: WorkspaceRole;
  onAdded: () => void;
}

/** Adds a person by e-mail; someone without an account yet also gets a name and a first password. */
export function AddMemberForm({ workspaceId, actorRole, onAdded }: AddMemberFormProps) {
  const { t } = useI18n();
  const { run, pending, failure } = useApiAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<WorkspaceRole>('editor');
  const [isNewPerson, setIsNewPerson] = useState(false);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [addedEmail, setAddedEmail] = useState<string | undefined>(undefined);
  const roles = WORKSPACE_ROLES.filter((candidate) => canAssignRole(actorRole, candidate));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAddedEmail(undefined);
    const body = isNewPerson ? { email, role, name, password } : { email, role };
    void run(async () => {
      const member = await api.call('addMember', { params: { workspaceId }, body });
      setAddedEmail(member.user.email);
      setEmail('');
      setName('');
      setPassword('');
      setIsNewPerson(false);
      onAdded();
    });
  };

  return (
    <form className="form card" onSubmit={submit} data-testid="add-member-form">
      <h2>{t('settings.members.addHeading')}</h2>
      <p className="muted">{t('settings.members.addIntro')}</p>
      <div className="form-row">
        <label className="field">
          <span>{t('field.email')}</span>
          <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} data-testid="add-member-email" />
        </label>
        <label className="field">
          <span>{t('field.role')}</span>
          <select
            value={role}
            onChange={(event) => setRole(roles.find((candidate) => candidate === event.target.value) ?? role)}
            data-testid="add-member-role"
          >
            {roles.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(roleMessageKey(candidate))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isNewPerson} onChange={(event) => setIsNewPerson(event.target.checked)} data-testid="add-member-is-new" />
        <span>{t('settings.members.isNewPerson')}</span>
      </label>
      {isNewPerson ? (
        <div className="form-row">
          <label className="field">
            <span>{t('field.name')}</span>
            <input required maxLength={120} value={name} onChange={(event) => setName(event.target.value)} data-testid="add-member-name" />
          </label>
          <label className="field">
            <span>{t('field.initialPassword')}</span>
            <input
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="add-member-password"
            />
            <small className="hint">{t('settings.members.initialPasswordHint')}</small>
          </label>
        </div>
      ) : null}
      <FailureMessage failure={failure} testId="add-member-error" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending} data-testid="add-member-submit">
          {t('settings.members.add')}
        </button>
        {addedEmail ? (
          <span className="success" role="status">
            {t('settings.members.added', { email: addedEmail })}
          </span>
        ) : null}
      </div>
    </form>
  );
}
