import { useMemo } from 'react';
import { AGE_BANDS, GENDERS } from '../../../core/strategy/profile.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CheckboxGroup, FieldError } from '../form/FormParts.js';
import { countryName, genderKey } from '../labels.js';
import type { ProfileFieldProps } from './profileFieldProps.js';

/** Countries offered: those the platform facts cover first in mind, then common markets. */
const COUNTRIES = [
  'PL', 'RU', 'ID', 'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'CH', 'CZ', 'SK', 'UA', 'BY', 'KZ', 'LT', 'LV',
  'EE', 'RO', 'HU', 'SE', 'NO', 'DK', 'FI', 'IE', 'PT', 'CA', 'AU', 'IN', 'JP', 'MY', 'SG', 'PH', 'TH', 'VN', 'BR', 'MX', 'TR', 'AE',
] as const;

/** Who buys: ages, genders and the countries they live in. */
export function ProfileAudienceFields({ form, set, errors }: ProfileFieldProps) {
  const { t, locale } = useI18n();
  const countries = useMemo(() => {
    const codes = new Set<string>([...COUNTRIES, ...form.countries]);
    return [...codes].map((code) => ({ code, name: countryName(locale, code) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [locale, form.countries]);

  return (
    <fieldset className="card profile-group">
      <legend>{t('profile.group.audience')}</legend>
      <CheckboxGroup
        legend={t('profile.field.audienceAgeBands')}
        options={AGE_BANDS}
        label={(band) => band}
        value={form.ageBands}
        onChange={(value) => set('ageBands', value)}
        testId="profile-age"
        error={errors.audienceAgeBands}
      />
      <CheckboxGroup
        legend={t('profile.field.audienceGenders')}
        options={GENDERS}
        label={(gender) => t(genderKey(gender))}
        value={form.genders}
        onChange={(value) => set('genders', value)}
        testId="profile-gender"
        error={errors.audienceGenders}
      />
      <div className="field">
        <label htmlFor="profile-countries">{t('profile.field.countries')}</label>
        <select
          id="profile-countries"
          multiple
          size={8}
          value={form.countries}
          onChange={(event) => set('countries', [...event.target.selectedOptions].map((option) => option.value))}
          aria-invalid={errors.countries ? true : undefined}
          data-testid="profile-countries"
        >
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <small className="hint">
          {form.countries.length > 0
            ? t('profile.countriesChosen', { countries: form.countries.map((code) => countryName(locale, code)).join(', ') })
            : t('profile.countriesHint')}
        </small>
        <FieldError message={errors.countries} />
      </div>
    </fieldset>
  );
}
