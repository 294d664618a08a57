import { useState } from 'react';
import type { ChannelId } from '../../../core/strategy/facts/types.js';
import type { BusinessProfile } from '../../../core/strategy/profile.js';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useAdvice } from '../advice/useAdvice.js';
import { STRATEGY_ROLES, type Member, type RankedChannel, type StrategyInput } from '../types.js';
import { ChannelPicker } from './ChannelPicker.js';
import { ContentPlanFields } from './ContentPlanFields.js';
import { planFormFrom, toContentPlan, type PlanField, type PlanForm, type PlanProblem } from './planForm.js';
import { RolesFields } from './RolesFields.js';
import type { StrategyDraft } from './wizardDraft.js';
import { WizardNav, type WizardNavProps } from './WizardNav.js';

interface PlatformsStepProps {
  workspaceId: string;
  profile: BusinessProfile;
  draft: StrategyDraft;
  members: readonly Member[];
  onChange: (draft: StrategyDraft) => void;
  nav: WizardNavProps;
  onSaved: () => void;
}

const recommended = (ranking: readonly RankedChannel[]): ChannelId[] =>
  ranking.filter((entry) => entry.verdict === 'recommended').map((entry) => entry.channel);

/** Step 4: choose the platforms (the advisor's picks ticked), the content plan and roles; saves the strategy. */
export function PlatformsStep({ workspaceId, profile, draft, members, onChange, nav, onSaved }: PlatformsStepProps) {
  const { t } = useI18n();
  const { data } = useAdvice(workspaceId, profile, draft.goals);
  const { run, pending, failure } = useApiAction();
  const [plan, setPlan] = useState<PlanForm>(() => planFormFrom(draft.contentPlan));
  const [problems, setProblems] = useState<Partial<Record<PlanField, PlanProblem>>>({});
  /** The last body saved and its version, so that Next does not save the same strategy twice. */
  const [saved, setSaved] = useState<{ body: string; version: number } | undefined>(undefined);
  const ranking = data.state === 'loaded' ? data.value.ranking : [];
  const chosen = draft.channels ?? recommended(ranking);
  const roles: StrategyInput['roles'] = draft.roles ?? STRATEGY_ROLES.map((role) => ({ role, userId: null }));

  const save = (thenContinue: boolean) => {
    const result = toContentPlan(plan, chosen);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    const next: StrategyDraft = { ...draft, channels: chosen, contentPlan: result.plan, roles };
    onChange(next);
    const body: StrategyInput = {
      goals: next.goals,
      channels: chosen.map((channel) => ({ channel })),
      contentPlan: result.plan,
      roles,
      ...(next.notes ? { notes: next.notes } : {}),
    };
    const text = JSON.stringify(body);
    if (thenContinue && saved?.body === text) {
      onSaved();
      return;
    }
    void run(async () => {
      const version = await api.call('saveStrategy', { params: { workspaceId }, body });
      setSaved({ body: text, version: version.version });
      if (thenContinue) onSaved();
    });
  };

  return (
    <div className="form wizard-step" data-testid="wizard-platforms">
      <h2>{t('wizard.platforms.heading')}</h2>
      <p className="muted">{t('wizard.platforms.intro')}</p>
      {draft.goals.length === 0 ? <p className="notice notice-warning">{t('wizard.platforms.needGoals')}</p> : null}
      {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
      {ranking.length > 0 ? <ChannelPicker ranking={ranking} chosen={chosen} onChange={(channels) => onChange({ ...draft, channels })} /> : null}
      <ContentPlanFields form={plan} channels={chosen} onChange={setPlan} problems={problems} />
      <RolesFields roles={roles} members={members} onChange={(next) => onChange({ ...draft, roles: next })} />
      <label className="field">
        <span>{t('wizard.platforms.notes')}</span>
        <textarea rows={3} maxLength={5000} value={draft.notes ?? ''} onChange={(event) => onChange({ ...draft, notes: event.target.value })} data-testid="strategy-notes" />
      </label>
      <FailureMessage failure={failure} testId="strategy-save-error" />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => save(false)} disabled={pending} data-testid="strategy-save">
          {t('wizard.platforms.save')}
        </button>
        {saved ? (
          <span className="success" role="status" data-testid="strategy-saved">
            {t('wizard.platforms.saved', { version: saved.version })}
          </span>
        ) : null}
      </div>
      <WizardNav {...nav} onNext={() => save(true)} nextLabel={t('wizard.platforms.saveAndNext')} pending={pending} />
    </div>
  );
}
