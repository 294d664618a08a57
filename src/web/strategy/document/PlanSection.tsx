import { useI18n } from '../../i18n/I18nProvider.js';
import { channelName } from '../advice/reasonText.js';
import type { StrategyVersion } from '../types.js';

/** Cadence per platform, the content mix and the response-time target. */
export function PlanSection({ plan }: { plan: StrategyVersion['contentPlan'] }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" data-testid="strategy-plan">
      <h2>{t('wizard.plan.heading')}</h2>
      {plan.cadence.length > 0 ? (
        <ul>
          {plan.cadence.map(({ channel, postsPerWeek }) => (
            <li key={channel}>{t('strategy.cadenceLine', { channel: channelName(locale, channel), count: postsPerWeek })}</li>
          ))}
        </ul>
      ) : null}
      <ul>
        <li>{t('strategy.mix.promotional', { percent: plan.mix.promotionalMaxPercent })}</li>
        <li>{t('strategy.mix.dialogue', { percent: plan.mix.dialogueMinPercent })}</li>
        <li>{t('strategy.mix.withImage', { percent: plan.mix.withImageMinPercent })}</li>
        <li>{t('strategy.responseTime', { minutes: plan.responseTimeTargetMinutes })}</li>
      </ul>
    </section>
  );
}
