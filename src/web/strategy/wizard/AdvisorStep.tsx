import type { ChosenGoal } from '../../../core/strategy/goals.js';
import type { BusinessProfile } from '../../../core/strategy/profile.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AdviceView } from '../advice/AdviceView.js';
import { useAdvice } from '../advice/useAdvice.js';
import { WizardNav, type WizardNavProps } from './WizardNav.js';

interface AdvisorStepProps {
  workspaceId: string;
  profile: BusinessProfile;
  goals: readonly ChosenGoal[];
  nav: WizardNavProps;
  onNext: () => void;
}

/** Step 3: the platform advisor's ranking (S3), with its reasons and the facts behind them. */
export function AdvisorStep({ workspaceId, profile, goals, nav, onNext }: AdvisorStepProps) {
  const { t } = useI18n();
  const { data, reload } = useAdvice(workspaceId, profile, goals);
  return (
    <div className="wizard-step" data-testid="wizard-advisor">
      <h2>{t('wizard.advisor.heading')}</h2>
      <p className="muted">{t('wizard.advisor.intro')}</p>
      {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? (
        <>
          <FailureMessage failure={data.failure} testId="advice-error" />
          <button type="button" className="button-secondary" onClick={reload}>
            {t('common.tryAgain')}
          </button>
        </>
      ) : null}
      {data.state === 'loaded' ? <AdviceView advice={data.value} /> : null}
      <WizardNav {...nav} onNext={onNext} />
    </div>
  );
}
