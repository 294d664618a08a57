import { useI18n } from '../../i18n/I18nProvider.js';

export interface WizardNavProps {
  onBack: (() => void) | undefined;
  onSkip: () => void;
}

/** Back, Next and "Skip for now" at the foot of every step. */
export function WizardNav({ onBack, onSkip, onNext, nextLabel, pending = false }: WizardNavProps & { onNext: () => void; nextLabel?: string; pending?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="form-actions wizard-nav">
      {onBack ? (
        <button type="button" className="button-secondary" onClick={onBack} disabled={pending} data-testid="wizard-back">
          {t('wizard.back')}
        </button>
      ) : null}
      <button type="button" className="button-primary" onClick={onNext} disabled={pending} data-testid="wizard-next">
        {nextLabel ?? t('wizard.next')}
      </button>
      <button type="button" className="button-link wizard-skip" onClick={onSkip} disabled={pending} data-testid="wizard-skip">
        {t('wizard.skip')}
      </button>
    </div>
  );
}
