import { useI18n } from '../../i18n/I18nProvider.js';
import { AdviceConclusion } from '../advice/AdviceConclusion.js';
import { ReasonItem } from '../advice/ReasonItem.js';
import { channelName } from '../advice/reasonText.js';
import { verdictKey } from '../labels.js';
import type { StrategyVersion } from '../types.js';

/** The chosen platforms with the advisor's verdict and reasons as they were when this version was saved. */
export function PlatformsSection({ channels, advice }: { channels: StrategyVersion['channels']; advice: StrategyVersion['advice'] }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" data-testid="strategy-platforms">
      <h2>{t('strategy.platformsHeading')}</h2>
      <AdviceConclusion conclusion={advice.conclusion} />
      {channels.length === 0 ? <p className="muted">{t('strategy.noPlatforms')}</p> : null}
      <ul className="platform-list">
        {channels.map(({ channel, note }) => {
          const ranked = advice.ranking.find((entry) => entry.channel === channel);
          const position = advice.ranking.findIndex((entry) => entry.channel === channel) + 1;
          return (
            <li key={channel} data-testid="strategy-platform" data-channel={channel}>
              <h3>
                {channelName(locale, channel)}{' '}
                {ranked ? (
                  <span className={`verdict verdict-${ranked.verdict}`}>
                    {t(verdictKey(ranked.verdict))} · {t('strategy.rankLine', { position, score: ranked.score })}
                  </span>
                ) : null}
              </h3>
              {note ? <p>{note}</p> : null}
              {ranked && ranked.reasons.length > 0 ? (
                <ul className="reasons">
                  {ranked.reasons.map((reason, index) => (
                    <ReasonItem key={`${reason.code}-${index}`} reason={reason} />
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
