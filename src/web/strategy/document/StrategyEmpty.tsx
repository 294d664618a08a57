import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../routing/navigation.js';
import { pathFor } from '../../routing/routes.js';
import { stepKey } from '../labels.js';
import type { OnboardingStep } from '../types.js';

interface Onboarding {
  step: OnboardingStep;
  skipped: boolean;
}

/** No strategy yet: say what the wizard does and open it (where it was left, if it was started). */
export function StrategyEmpty({ workspaceId, onboarding, canEdit }: { workspaceId: string; onboarding: Onboarding; canEdit: boolean }) {
  const { t } = useI18n();
  const started = onboarding.step !== 'profile' && onboarding.step !== 'done';
  return (
    <div className="empty-state" data-testid="strategy-empty">
      <p className="empty-state-title">{t('strategy.empty.title')}</p>
      <p>{t('strategy.empty.body')}</p>
      {canEdit ? (
        <Link to={pathFor({ name: 'strategyWizard', workspaceId })} className="button-primary button-link-like" data-testid="strategy-start-wizard">
          {started ? t('strategy.empty.resume', { step: t(stepKey(onboarding.step)) }) : t('strategy.empty.start')}
        </Link>
      ) : (
        <p className="notice notice-info">{t('strategy.managersOnly')}</p>
      )}
      {onboarding.skipped ? <p className="hint">{t('strategy.empty.skipped')}</p> : null}
    </div>
  );
}

/** A strategy exists but the wizard was left before its last step: offer to finish it. */
export function OnboardingNotice({ workspaceId, onboarding }: { workspaceId: string; onboarding: Onboarding }) {
  const { t } = useI18n();
  if (onboarding.step === 'done') return null;
  return (
    <p className="notice notice-info" data-testid="onboarding-notice">
      {t('strategy.onboardingUnfinished', { step: t(stepKey(onboarding.step)) })}{' '}
      <Link to={pathFor({ name: 'strategyWizard', workspaceId })}>{t('strategy.onboardingResume')}</Link>
    </p>
  );
}
