import { useI18n } from '../../i18n/I18nProvider.js';
import type { Advice } from '../types.js';
import { AdviceConclusion } from './AdviceConclusion.js';
import { AdviceRanking } from './AdviceRanking.js';
import { MissingAnswers } from './MissingAnswers.js';

/** The advisor's whole answer: the conclusion, the ranking with reasons, and what is missing. */
export function AdviceView({ advice }: { advice: Advice }) {
  const { t } = useI18n();
  return (
    <div className="advice" data-testid="advice" data-facts-version={advice.factsVersion}>
      <AdviceConclusion conclusion={advice.conclusion} />
      <MissingAnswers missing={advice.missing} />
      <h3>{t('advisor.rankingHeading')}</h3>
      <AdviceRanking ranking={advice.ranking} />
      <p className="hint">{t('advisor.factsVersion', { version: advice.factsVersion })}</p>
    </div>
  );
}
