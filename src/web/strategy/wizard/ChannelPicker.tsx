import type { ChannelId } from '../../../core/strategy/facts/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { channelName } from '../advice/reasonText.js';
import { verdictKey } from '../labels.js';
import type { RankedChannel } from '../types.js';

interface ChannelPickerProps {
  ranking: readonly RankedChannel[];
  chosen: readonly ChannelId[];
  onChange: (chosen: ChannelId[]) => void;
}

/** Every channel in the advisor's order, with its verdict beside the box. */
export function ChannelPicker({ ranking, chosen, onChange }: ChannelPickerProps) {
  const { t, locale } = useI18n();
  const toggle = (channel: ChannelId, checked: boolean) =>
    onChange(checked ? ranking.map(({ channel: id }) => id).filter((id) => id === channel || chosen.includes(id)) : chosen.filter((id) => id !== channel));
  return (
    <fieldset className="choice-group channel-picker" data-testid="platform-picker">
      <legend>{t('wizard.platforms.choose')}</legend>
      <div className="choices">
        {ranking.map((entry) => (
          <label key={entry.channel} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(entry.channel)}
              onChange={(event) => toggle(entry.channel, event.target.checked)}
              data-testid={`platform-${entry.channel}`}
            />
            <span>{channelName(locale, entry.channel)}</span>
            <span className={`verdict verdict-${entry.verdict}`}>
              {t(verdictKey(entry.verdict))} · {entry.score}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
