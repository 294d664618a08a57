import { useI18n } from '../../i18n/I18nProvider.js';
import { FieldError } from '../form/FormParts.js';
import type { ProfileFieldProps } from './profileFieldProps.js';

/** A local business: the place its customers live or work around, and how far they come from. */
export function ProfileLocationFields({ form, set, errors }: ProfileFieldProps) {
  const { t } = useI18n();
  return (
    <fieldset className="card profile-group">
      <legend>{t('profile.group.location')}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={form.local} onChange={(event) => set('local', event.target.checked)} data-testid="profile-local" />
        <span>{t('profile.field.local')}</span>
      </label>
      <small className="hint">{t('profile.localHint')}</small>
      {form.local ? (
        <>
          <div className="form-row">
            <label className="field">
              <span>{t('profile.field.lat')}</span>
              <input inputMode="decimal" value={form.lat} onChange={(event) => set('lat', event.target.value)} placeholder="52.2297" data-testid="profile-lat" />
            </label>
            <label className="field">
              <span>{t('profile.field.lon')}</span>
              <input inputMode="decimal" value={form.lon} onChange={(event) => set('lon', event.target.value)} placeholder="21.0122" data-testid="profile-lon" />
            </label>
            <label className="field">
              <span>{t('profile.field.radiusKm')}</span>
              <input
                inputMode="decimal"
                value={form.radiusKm}
                onChange={(event) => set('radiusKm', event.target.value)}
                aria-invalid={errors.radiusKm ? true : undefined}
                data-testid="profile-radius"
              />
              <FieldError message={errors.radiusKm} testId="profile-radius-error" />
            </label>
          </div>
          <small className="hint">{t('profile.coordinatesHint')}</small>
          <FieldError message={errors.location} testId="profile-location-error" />
        </>
      ) : null}
    </fieldset>
  );
}
