import { GOAL_KPIS, type ChosenGoal, type KpiUnit } from '../../../core/strategy/goals.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { goalKey, kpiLabel, periodKey } from '../labels.js';

/** A target in its unit: "25%", "1 200 PLN", "30 min". */
function formatTarget(locale: string, unit: KpiUnit | undefined, value: number, currency: string | undefined): string {
  if (unit === 'currency' && currency) return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (unit === 'percent') return `${number}%`;
  if (unit === 'minutes') return `${number} min`;
  return number;
}

export function GoalsSection({ goals, currency }: { goals: readonly ChosenGoal[]; currency: string | undefined }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" data-testid="strategy-goals">
      <h2>{t('strategy.goalsHeading')}</h2>
      <ul className="goal-summary">
        {goals.map(({ goal, targets }) => (
          <li key={goal} data-testid="strategy-goal" data-goal={goal}>
            <strong>{t(goalKey(goal))}</strong>
            {targets.length === 0 ? <span className="muted"> · {t('strategy.noTargets')}</span> : null}
            {targets.length > 0 ? (
              <ul>
                {targets.map((target) => {
                  const unit = GOAL_KPIS[goal].find((kpi) => kpi.id === target.kpi)?.unit;
                  return (
                    <li key={target.kpi}>
                      {t('strategy.kpiTarget', {
                        kpi: kpiLabel(t, target.kpi),
                        target: formatTarget(locale, unit, target.target, currency),
                        period: t(periodKey(target.period)),
                      })}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
