import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { REPEAT_PRESETS, repeatChoiceOf, type RepeatChoice } from '../composerDraft.js';

/**
 * How a post repeats: never, daily, weekly or monthly at the chosen local time, or a rule written
 * out (RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10). The server checks the rule.
 */
export function RepeatField({ value, disabled, onChange }: { value: string; disabled: boolean; onChange: (recurrence: string) => void }) {
  const { t } = useI18n();
  // "Custom" stays chosen while its text happens to match a preset.
  const [custom, setCustom] = useState(() => repeatChoiceOf(value) === 'custom');
  const choice: RepeatChoice = custom ? 'custom' : repeatChoiceOf(value);
  const choose = (next: RepeatChoice) => {
    setCustom(next === 'custom');
    if (next !== 'custom') onChange(REPEAT_PRESETS[next]);
  };
  return (
    <div className="field pub-repeat">
      <label>
        <span>{t('composer.repeat')}</span>
        <select value={choice} disabled={disabled} onChange={(event) => choose(event.target.value as RepeatChoice)} data-testid="composer-repeat">
          {(['none', 'daily', 'weekly', 'monthly', 'custom'] as const).map((option) => (
            <option key={option} value={option}>
              {t(`composer.repeat.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {choice === 'custom' ? (
        <input
          type="text"
          value={value}
          disabled={disabled}
          placeholder="FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10"
          aria-label={t('composer.repeat.rule')}
          onChange={(event) => onChange(event.target.value)}
          data-testid="composer-repeat-rule"
        />
      ) : null}
      {choice !== 'none' ? <small className="muted">{t('composer.repeat.help')}</small> : null}
    </div>
  );
}
