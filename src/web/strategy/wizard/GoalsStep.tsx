import { useState } from 'react';
import { GOAL_IDS } from '../../../core/strategy/goals.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { GoalChoice } from './GoalChoice.js';
import { goalsFormFrom, toChosenGoals, type GoalsForm, type TargetProblem } from './goalsForm.js';
import type { StrategyDraft } from './wizardDraft.js';
import { WizardNav, type WizardNavProps } from './WizardNav.js';

interface GoalsStepProps {
  draft: StrategyDraft;
  onChange: (draft: StrategyDraft) => void;
  nav: WizardNavProps;
  onNext: () => void;
}

/** Step 2: goals from the catalogue (S2), each KPI with an optional target and period. */
export function GoalsStep({ draft, onChange, nav, onNext }: GoalsStepProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<GoalsForm>(() => goalsFormFrom(draft.goals));
  const [problems, setProblems] = useState<Record<string, TargetProblem>>({});
  const [noGoal, setNoGoal] = useState(false);

  const save = () => {
    const result = toChosenGoals(form);
    setNoGoal(form.chosen.length === 0);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    if (form.chosen.length === 0) return;
    onChange({ ...draft, goals: result.goals });
    onNext();
  };

  return (
    <div className="form wizard-step" data-testid="wizard-goals">
      <h2>{t('wizard.goals.heading')}</h2>
      <p className="muted">{t('wizard.goals.intro')}</p>
      <div className="goal-list">
        {GOAL_IDS.map((goal) => (
          <GoalChoice key={goal} goal={goal} form={form} onChange={setForm} problems={problems} />
        ))}
      </div>
      {noGoal ? (
        <p className="notice notice-error" role="alert" data-testid="goals-error">
          {t('wizard.goals.chooseOne')}
        </p>
      ) : null}
      <WizardNav {...nav} onNext={save} />
    </div>
  );
}
