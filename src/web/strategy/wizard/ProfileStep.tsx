import { useState } from 'react';
import { ApiError } from '../../../client/client.js';
import type { BusinessProfile } from '../../../core/strategy/profile.js';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { defaultCurrency } from '../form/MoneyField.js';
import { ProfileAudienceFields } from './ProfileAudienceFields.js';
import { ProfileBusinessFields } from './ProfileBusinessFields.js';
import { FIELD_OF_INPUT, fieldErrorsFrom, fromProfile, toProfile, type FieldErrors, type ProfileForm } from './profileForm.js';
import { ProfileLocationFields } from './ProfileLocationFields.js';
import { ProfileResourcesFields } from './ProfileResourcesFields.js';
import { WizardNav, type WizardNavProps } from './WizardNav.js';

interface ProfileStepProps {
  workspaceId: string;
  initial: BusinessProfile;
  nav: WizardNavProps;
  onSaved: (profile: BusinessProfile) => void;
}

/** Step 1: the business profile (S1). Every answer is optional; Next saves what is there. */
export function ProfileStep({ workspaceId, initial, nav, onSaved }: ProfileStepProps) {
  const { t, locale } = useI18n();
  const { run, pending, failure } = useApiAction();
  const [form, setForm] = useState<ProfileForm>(() => fromProfile(initial, defaultCurrency(locale)));
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    const field = FIELD_OF_INPUT[key];
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  };

  const save = () => {
    const result = toProfile(form);
    if (!result.ok) {
      const problems: FieldErrors = {};
      for (const [field, problem] of Object.entries(result.problems)) problems[field as keyof FieldErrors] = t(`profile.problem.${problem}`);
      setErrors(problems);
      return;
    }
    setErrors({});
    void run(async () => {
      try {
        const saved = await api.call('saveProfile', { params: { workspaceId }, body: result.profile });
        onSaved(saved.profile);
      } catch (error) {
        if (error instanceof ApiError && error.status === 400) {
          const apiErrors = fieldErrorsFrom(error.details);
          const shown: FieldErrors = {};
          for (const [field, message] of Object.entries(apiErrors)) shown[field as keyof FieldErrors] = t('profile.error.invalid', { detail: message });
          setErrors(shown);
        }
        throw error;
      }
    });
  };

  return (
    <form
      className="form wizard-step"
      data-testid="wizard-profile"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h2>{t('wizard.profile.heading')}</h2>
      <p className="muted">{t('wizard.profile.intro')}</p>
      <ProfileBusinessFields form={form} set={set} errors={errors} />
      <ProfileAudienceFields form={form} set={set} errors={errors} />
      <ProfileLocationFields form={form} set={set} errors={errors} />
      <ProfileResourcesFields form={form} set={set} errors={errors} />
      <FailureMessage failure={failure} testId="profile-error" />
      <WizardNav {...nav} onNext={save} pending={pending} />
    </form>
  );
}
