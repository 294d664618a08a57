/** Small form pieces the wizard and the accounts page share: choice groups and a field's error. */
import type { ReactNode } from 'react';

/** The API's (or the form's) complaint about one field, shown right under it. */
export function FieldError({ message, testId }: { message: string | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <small className="field-error" role="alert" data-testid={testId}>
      {message}
    </small>
  );
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  label: (option: T) => string;
  testId: string;
  error?: string | undefined;
  hint?: ReactNode;
}

/** Tick any number of options; each box is `<testId>-<option>`. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  label,
  testId,
  error,
  hint,
  value,
  onChange,
}: ChoiceGroupProps<T> & { value: readonly T[]; onChange: (value: T[]) => void }) {
  const toggle = (option: T, checked: boolean) =>
    onChange(checked ? options.filter((candidate) => candidate === option || value.includes(candidate)) : value.filter((entry) => entry !== option));
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <legend>{legend}</legend>
      {hint ? <small className="hint">{hint}</small> : null}
      <div className="choices">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(option)}
              onChange={(event) => toggle(option, event.target.checked)}
              data-testid={`${testId}-${option}`}
            />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
      <FieldError message={error} />
    </fieldset>
  );
}

/** Pick one option; each radio is `<testId>-<option>`. */
export function RadioGroup<T extends string>({
  legend,
  options,
  label,
  testId,
  error,
  hint,
  value,
  onChange,
}: ChoiceGroupProps<T> & { value: T | ''; onChange: (value: T) => void }) {
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <legend>{legend}</legend>
      {hint ? <small className="hint">{hint}</small> : null}
      <div className="choices">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input type="radio" name={testId} checked={value === option} onChange={() => onChange(option)} data-testid={`${testId}-${option}`} />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
      <FieldError message={error} />
    </fieldset>
  );
}

/** A select of known values with an empty "not answered" choice first. */
export function OptionalSelect<T extends string>({
  label,
  options,
  optionLabel,
  blankLabel,
  value,
  onChange,
  testId,
  error,
}: {
  label: string;
  options: readonly T[];
  optionLabel: (option: T) => string;
  blankLabel: string;
  value: T | '';
  onChange: (value: T | '') => void;
  testId: string;
  error?: string | undefined;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value}
        onChange={(event) => onChange(options.find((option) => option === event.target.value) ?? '')}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
      >
        <option value="">{blankLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      <FieldError message={error} />
    </label>
  );
}
