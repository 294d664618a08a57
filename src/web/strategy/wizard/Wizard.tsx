import { useState } from 'react';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { navigate } from '../../routing/navigation.js';
import { sectionPath } from '../../routing/routes.js';
import type { OnboardingStep } from '../types.js';
import { AccountsStep } from './AccountsStep.js';
import { AdvisorStep } from './AdvisorStep.js';
import { GoalsStep } from './GoalsStep.js';
import { PlatformsStep } from './PlatformsStep.js';
import { ProfileStep } from './ProfileStep.js';
import { draftFromStrategy, forgetDraft, loadDraft, saveDraft, type StrategyDraft } from './wizardDraft.js';
import type { WizardNavProps } from './WizardNav.js';
import type { WizardStart } from './WizardPage.js';
import { WIZARD_STEPS, WizardProgress, type WizardStep } from './WizardProgress.js';

/** A finished wizard opened again (to edit the strategy) starts at the beginning. */
const resumeAt = (step: OnboardingStep): WizardStep => (step === 'done' ? 'profile' : step);

export function Wizard({ workspaceId, start }: { workspaceId: string; start: WizardStart }) {
  const [step, setStep] = useState<WizardStep>(resumeAt(start.onboarding.step));
  // With a strategy saved, every step has been through once: any can be opened directly to edit it.
  const [reached, setReached] = useState(start.strategy ? WIZARD_STEPS.length - 1 : WIZARD_STEPS.indexOf(step));
  const [profile, setProfile] = useState(start.profile);
  const [draft, setDraftState] = useState<StrategyDraft>(
    () => loadDraft(workspaceId) ?? (start.strategy ? draftFromStrategy(start.strategy) : { goals: [] }),
  );
  const progress = useApiAction();
  const strategyPage = sectionPath(workspaceId, 'strategy');

  const setDraft = (next: StrategyDraft) => {
    setDraftState(next);
    saveDraft(workspaceId, next);
  };
  /** Remembers on the server where the wizard stands, so that it resumes there on any device. */
  const record = (next: OnboardingStep, skipped = false) =>
    progress.run(async () => {
      await api.call('saveOnboarding', { params: { workspaceId }, body: { step: next, skipped } });
    });
  const goTo = (next: WizardStep) => {
    setStep(next);
    setReached((current) => Math.max(current, WIZARD_STEPS.indexOf(next)));
    window.scrollTo(0, 0);
    void record(next);
  };
  const index = WIZARD_STEPS.indexOf(step);
  const previous = WIZARD_STEPS[index - 1];
  const following = WIZARD_STEPS[index + 1];
  const nav: WizardNavProps = {
    onBack: previous ? () => goTo(previous) : undefined,
    onSkip: () => void record(step, true).then((saved) => saved && navigate(strategyPage)),
  };
  const next = () => {
    if (following) goTo(following);
  };
  const finish = () =>
    void record('done').then((saved) => {
      if (!saved) return;
      forgetDraft(workspaceId);
      navigate(strategyPage);
    });

  return (
    <>
      <WizardProgress current={step} reached={reached} onPick={goTo} />
      <FailureMessage failure={progress.failure} testId="wizard-progress-error" />
      {step === 'profile' ? (
        <ProfileStep
          workspaceId={workspaceId}
          initial={profile}
          nav={nav}
          onSaved={(saved) => {
            setProfile(saved);
            next();
          }}
        />
      ) : null}
      {step === 'goals' ? <GoalsStep draft={draft} onChange={setDraft} nav={nav} onNext={next} /> : null}
      {step === 'advisor' ? <AdvisorStep workspaceId={workspaceId} profile={profile} goals={draft.goals} nav={nav} onNext={next} /> : null}
      {step === 'platforms' ? (
        <PlatformsStep workspaceId={workspaceId} profile={profile} draft={draft} members={start.members} onChange={setDraft} nav={nav} onSaved={next} />
      ) : null}
      {step === 'accounts' ? <AccountsStep workspaceId={workspaceId} members={start.members} nav={nav} onFinish={finish} /> : null}
    </>
  );
}
