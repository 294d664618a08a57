import { useMemo } from 'react';

/** The browser's own IANA time zone, the natural default for a new workspace. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function timeZoneChoices(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  // Some browsers list neither UTC nor every alias; the current value must stay selectable.
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

interface TimezoneSelectProps {
  id: string;
  value: string;
  onChange: (timeZone: string) => void;
  disabled?: boolean;
  testId: string;
}

/** IANA time zone names are identifiers, shown as they are in every language. */
export function TimezoneSelect({ id, value, onChange, disabled, testId }: TimezoneSelectProps) {
  const choices = useMemo(() => timeZoneChoices(value), [value]);
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} disabled={disabled} data-testid={testId}>
      {choices.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </select>
  );
}
