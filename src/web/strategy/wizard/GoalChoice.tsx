import { GOAL_IDS, GOAL_KPIS, KPI_PERIODS, type GoalId, type KpiPeriod, type KpiUnit } from '../../../core/strategy/goals.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FieldError } from '../form/FormParts.js';
import { goalHintKey, goalKey, kpiLabel, periodKey } from '../labels.js';
import { targetKey, type GoalsForm, type TargetInput, type TargetProblem } from './goalsForm.js';

interface GoalChoiceProps {
  goal: GoalId;
  form: GoalsForm;
  onChange: (form: GoalsForm) => void;
  problems: Record<string, TargetProblem>;
}

const DEFAULT_PERIOD: KpiPeriod = 'month';

/** One goal: a box to choose it and, once chosen, a target and period for each of its KPIs. */
export function GoalChoice({ goal, form, onChange, problems }: GoalChoiceProps) {
  const { t } = useI18n();
  const chosen = form.chosen.includes(goal);
  const toggle = (checked: boolean) =>
    onChange({
      ...form,
      chosen: checked ? GOAL_IDS.filter((candidate) => candidate === goal || form.chosen.includes(candidate)) : form.chosen.filter((entry) => entry !== goal),
    });
  const setTarget = (key: string, input: TargetInput) => onChange({ ...form, targets: { ...form.targets, [key]: input } });

  return (
    <div className={chosen ? 'card goal goal-chosen' : 'card goal'}>
      <label className="checkbox">
        <input type="checkbox" checked={chosen} onChange={(event) => toggle(event.target.checked)} data-testid={`goal-${goal}`} />
        <strong>{t(goalKey(goal))}</strong>
      </label>
      <small className="hint">{t(goalHintKey(goal))}</small>
      {chosen ? (
        <div className="kpi-targets">
          {GOAL_KPIS[goal].map((kpi) => {
            const key = targetKey(goal, kpi.id);
            const input = form.targets[key] ?? { target: '', period: DEFAULT_PERIOD };
            const problem = problems[key];
            return (
              <div key={kpi.id} className="kpi-target">
                <label className="field">
                  <span>
                    {kpiLabel(t, kpi.id)} <span className="muted">({t(unitKey(kpi.unit))})</span>
                  </span>
                  <input
                    inputMode="decimal"
                    value={input.target}
                    placeholder={t('wizard.goals.targetPlaceholder')}
                    onChange={(event) => setTarget(key, { ...input, target: event.target.value })}
                    aria-invalid={problem ? true : undefined}
                    data-testid={`kpi-${goal}-${kpi.id}`}
                  />
                </label>
                <label className="field">
                  <span>{t('wizard.goals.period')}</span>
                  <select
                    value={input.period}
                    onChange={(event) => setTarget(key, { ...input, period: KPI_PERIODS.find((period) => period === event.target.value) ?? DEFAULT_PERIOD })}
                    data-testid={`kpi-period-${goal}-${kpi.id}`}
                  >
                    {KPI_PERIODS.map((period) => (
                      <option key={period} value={period}>
                        {t(periodKey(period))}
                      </option>
                    ))}
                  </select>
                </label>
                <FieldError message={problem ? t(`wizard.goals.problem.${problem}`) : undefined} />
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

const unitKey = (unit: KpiUnit): `kpi.unit.${KpiUnit}` => `kpi.unit.${unit}`;
