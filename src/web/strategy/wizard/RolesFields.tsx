import { useI18n } from '../../i18n/I18nProvider.js';
import { roleKey } from '../labels.js';
import { STRATEGY_ROLES, type Member, type StrategyInput, type StrategyRole } from '../types.js';

type RoleEntry = StrategyInput['roles'][number];

interface RolesFieldsProps {
  roles: readonly RoleEntry[];
  members: readonly Member[];
  onChange: (roles: RoleEntry[]) => void;
}

/** Who does what: one member (or nobody yet) per role, with the hours a week it takes. */
export function RolesFields({ roles, members, onChange }: RolesFieldsProps) {
  const { t } = useI18n();
  const entryFor = (role: StrategyRole): RoleEntry => roles.find((entry) => entry.role === role) ?? { role, userId: null };
  const update = (next: RoleEntry) => onChange(STRATEGY_ROLES.map((role) => (role === next.role ? next : entryFor(role))));
  return (
    <fieldset className="card profile-group" data-testid="strategy-roles">
      <legend>{t('wizard.roles.heading')}</legend>
      <small className="hint">{t('wizard.roles.intro')}</small>
      {STRATEGY_ROLES.map((role) => {
        const entry = entryFor(role);
        return (
          <div key={role} className="form-row role-row">
            <label className="field">
              <span>{t(roleKey(role))}</span>
              <select
                value={entry.userId ?? ''}
                onChange={(event) => update({ ...entry, userId: event.target.value === '' ? null : event.target.value })}
                data-testid={`role-${role}`}
              >
                <option value="">{t('wizard.roles.nobody')}</option>
                {members.map(({ user }) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('wizard.roles.hours')}</span>
              <input
                type="number"
                min={0}
                max={168}
                step="0.5"
                value={entry.hoursPerWeek ?? ''}
                onChange={(event) => {
                  const hours = event.target.valueAsNumber;
                  const { hoursPerWeek: _dropped, ...rest } = entry;
                  update(Number.isFinite(hours) ? { ...rest, hoursPerWeek: hours } : rest);
                }}
                data-testid={`role-hours-${role}`}
              />
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
