import { useI18n } from '../../i18n/I18nProvider.js';
import { FieldError, RadioGroup } from '../form/FormParts.js';
import { MoneyField } from '../form/MoneyField.js';
import type { ProfileFieldProps } from './profileFieldProps.js';
import type { TriState } from './profileForm.js';

const TRI_STATES: readonly TriState[] = ['yes', 'no', 'unknown'];

/** What the business can spend, and what already works for it: searches and fans. */
export function ProfileResourcesFields({ form, set, errors }: ProfileFieldProps) {
  const { t } = useI18n();
  const triLabel = (value: TriState) => t(`profile.answer.${value}`);
  return (
    <fieldset className="card profile-group">
      <legend>{t('profile.group.resources')}</legend>
      <div className="form-row">
        <MoneyField
          label={t('profile.field.monthlyBudget')}
          amount={form.budget}
          currency={form.budgetCurrency}
          onAmount={(value) => set('budget', value)}
          onCurrency={(value) => set('budgetCurrency', value)}
          testId="profile-budget"
          error={errors.monthlyBudget}
        />
        <label className="field">
          <span>{t('profile.field.teamHoursPerWeek')}</span>
          <input
            inputMode="decimal"
            value={form.teamHours}
            onChange={(event) => set('teamHours', event.target.value)}
            aria-invalid={errors.teamHoursPerWeek ? true : undefined}
            data-testid="profile-team-hours"
          />
          <FieldError message={errors.teamHoursPerWeek} testId="profile-team-hours-error" />
        </label>
      </div>
      <RadioGroup
        legend={t('profile.field.customersAlreadySearch')}
        hint={t('profile.customersAlreadySearchHint')}
        options={TRI_STATES}
        label={triLabel}
        value={form.customersAlreadySearch}
        onChange={(value) => set('customersAlreadySearch', value)}
        testId="profile-search"
        error={errors.customersAlreadySearch}
      />
      <RadioGroup
        legend={t('profile.field.hasVocalFans')}
        hint={t('profile.hasVocalFansHint')}
        options={TRI_STATES}
        label={triLabel}
        value={form.hasVocalFans}
        onChange={(value) => set('hasVocalFans', value)}
        testId="profile-fans"
        error={errors.hasVocalFans}
      />
    </fieldset>
  );
}
