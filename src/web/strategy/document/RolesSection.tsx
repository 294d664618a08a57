import { useI18n } from '../../i18n/I18nProvider.js';
import { roleKey } from '../labels.js';
import type { Member, StrategyVersion } from '../types.js';

/** Who holds each role; someone who has left the workspace is named as a former member. */
export function RolesSection({ roles, members }: { roles: StrategyVersion['roles']; members: readonly Member[] }) {
  const { t } = useI18n();
  const nameOf = (userId: string | null) => {
    if (userId === null) return t('strategy.roleUnassigned');
    return members.find(({ user }) => user.id === userId)?.user.name ?? t('strategy.formerMember');
  };
  return (
    <section className="card" data-testid="strategy-roles-summary">
      <h2>{t('wizard.roles.heading')}</h2>
      <ul>
        {roles.map((entry) => (
          <li key={entry.role} data-role={entry.role}>
            <strong>{t(roleKey(entry.role))}</strong>: {nameOf(entry.userId)}
            {entry.hoursPerWeek !== undefined ? <span className="muted"> · {t('strategy.hoursPerWeek', { hours: entry.hoursPerWeek })}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
