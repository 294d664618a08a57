import type { FieldErrors, ProfileForm } from './profileForm.js';

/** What every group of profile inputs gets: the answers, a setter and the messages per field. */
export interface ProfileFieldProps {
  form: ProfileForm;
  set: <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => void;
  errors: FieldErrors;
}
