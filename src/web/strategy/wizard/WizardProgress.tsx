import { useI18n } from '../../i18n/I18nProvider.js';
import { stepKey } from '../labels.js';
import type { OnboardingStep } from '../types.js';

export type WizardStep = Exclude<OnboardingStep, 'done'>;
export const WIZARD_STEPS: readonly WizardStep[] = ['profile', 'goals', 'advisor', 'platforms', 'accounts'];

/** The steps in order; those already reached can be opened again. */
export function WizardProgress({ current, reached, onPick }: { current: WizardStep; reached: number; onPick: (step: WizardStep) => void }) {
  const { t } = useI18n();
  const index = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label={t('wizard.progress')} className="wizard-progress" data-testid="wizard-progress" data-step={current}>
      <p className="muted">{t('wizard.stepOf', { number: index + 1, total: WIZARD_STEPS.length, name: t(stepKey(current)) })}</p>
      <ol>
        {WIZARD_STEPS.map((step, position) => (
          <li key={step} className={position < index ? 'done' : undefined}>
            <button
              type="button"
              className="wizard-progress-step"
              aria-current={step === current ? 'step' : undefined}
              disabled={position > reached || step === current}
              onClick={() => onPick(step)}
              data-testid={`wizard-step-${step}`}
            >
              <span className="wizard-progress-number">{position + 1}</span> {t(stepKey(step))}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
