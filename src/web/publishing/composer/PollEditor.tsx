import { useI18n } from '../../i18n/I18nProvider.js';
import type { PollContent } from '../types.js';

/** The most options any network in Chorus takes; each network's own limit shows as a problem. */
const MAX_OPTIONS = 10;

interface PollEditorProps {
  poll: PollContent;
  disabled: boolean;
  onChange: (poll: PollContent | null) => void;
}

/** A native poll (P8): options, how long it runs, and whether people may pick several. */
export function PollEditor({ poll, disabled, onChange }: PollEditorProps) {
  const { t } = useI18n();
  const setOption = (index: number, text: string) => onChange({ ...poll, options: poll.options.map((option, at) => (at === index ? text : option)) });
  const hours = Math.round(poll.durationMinutes / 60);
  return (
    <fieldset className="pub-fieldset" data-testid="poll-editor">
      <legend>{t('composer.poll')}</legend>
      {poll.options.map((option, index) => (
        <div key={index} className="pub-inline">
          <input
            value={option}
            maxLength={200}
            disabled={disabled}
            aria-label={t('composer.pollOption', { number: index + 1 })}
            placeholder={t('composer.pollOption', { number: index + 1 })}
            onChange={(event) => setOption(index, event.target.value)}
            data-testid="poll-option"
          />
          {poll.options.length > 2 ? (
            <button type="button" className="button-secondary" disabled={disabled} onClick={() => onChange({ ...poll, options: poll.options.filter((_, at) => at !== index) })} aria-label={t('composer.pollRemoveOption', { number: index + 1 })}>
              ×
            </button>
          ) : null}
        </div>
      ))}
      <div className="pub-inline">
        {poll.options.length < MAX_OPTIONS ? (
          <button type="button" className="button-secondary" disabled={disabled} onClick={() => onChange({ ...poll, options: [...poll.options, ''] })} data-testid="poll-add-option">
            {t('composer.pollAddOption')}
          </button>
        ) : null}
        <label className="pub-inline">
          <span>{t('composer.pollHours')}</span>
          <input
            type="number"
            min={1}
            max={744}
            value={hours}
            disabled={disabled}
            onChange={(event) => onChange({ ...poll, durationMinutes: Math.max(1, Math.min(744, Number(event.target.value) || 1)) * 60 })}
            data-testid="poll-hours"
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={poll.multipleChoice} disabled={disabled} onChange={(event) => onChange({ ...poll, multipleChoice: event.target.checked })} />
          <span>{t('composer.pollMultiple')}</span>
        </label>
        <button type="button" className="button-secondary" disabled={disabled} onClick={() => onChange(null)} data-testid="poll-remove">
          {t('composer.pollRemove')}
        </button>
      </div>
    </fieldset>
  );
}
