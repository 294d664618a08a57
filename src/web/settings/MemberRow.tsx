import { WORKSPACE_ROLES, canAssignRole, type WorkspaceRole } from '../../core/access/permissions.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { roleMessageKey } from '../components/roles.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Member } from './MembersTab.js';

interface MemberRowProps {
  member: Member;
  actorRole: WorkspaceRole;
  canManage: boolean;
  isSelf: boolean;
  timeZone: string;
  busy: boolean;
  onChangeRole: (role: WorkspaceRole) => void;
  onRemove: () => void;
}

export function MemberRow({ member, actorRole, canManage, isSelf, timeZone, busy, onChangeRole, onRemove }: MemberRowProps) {
  const { t, formatDateTime } = useI18n();
  const { user, role } = member;
  // Admins may neither touch owners nor make anyone an owner; the select offers only what is allowed.
  const editable = canManage && canAssignRole(actorRole, role, role);
  const assignable = WORKSPACE_ROLES.filter((candidate) => candidate === role || canAssignRole(actorRole, candidate, role));

  return (
    <tr data-testid="member-row" data-email={user.email}>
      <td>
        {user.name}
        {isSelf ? <span className="badge">{t('settings.members.you')}</span> : null}
      </td>
      <td>{user.email}</td>
      <td>
        {editable ? (
          <select
            aria-label={t('settings.members.roleOf', { name: user.name })}
            value={role}
            disabled={busy}
            onChange={(event) => {
              const next = WORKSPACE_ROLES.find((candidate) => candidate === event.target.value);
              if (next) onChangeRole(next);
            }}
            data-testid="member-role"
          >
            {assignable.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(roleMessageKey(candidate))}
              </option>
            ))}
          </select>
        ) : (
          t(roleMessageKey(role))
        )}
      </td>
      <td>{formatDateTime(member.createdAt, timeZone)}</td>
      <td className="actions">
        {editable ? (
          <ConfirmButton
            label={t('settings.members.remove')}
            question={isSelf ? t('settings.members.removeSelfQuestion') : t('settings.members.removeQuestion', { name: user.name })}
            confirmLabel={t('settings.members.remove')}
            onConfirm={onRemove}
            disabled={busy}
            testId="member-remove"
          />
        ) : null}
      </td>
    </tr>
  );
}
