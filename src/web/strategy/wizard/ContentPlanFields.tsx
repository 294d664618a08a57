import type { ChannelId } from '../../../core/strategy/facts/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { channelName } from '../advice/reasonText.js';
import { FieldError } from '../form/FormParts.js';
import { DEFAULT_POSTS_PER_WEEK, hasCadence, type PlanField, type PlanForm, type PlanProblem } from './planForm.js';

interface ContentPlanFieldsProps {
  form: PlanForm;
  channels: readonly ChannelId[];
  onChange: (form: PlanForm) => void;
  problems: Partial<Record<PlanField, PlanProblem>>;
}

type MixField = 'promotionalMax' | 'dialogueMin' | 'withImageMin';
const MIX_FIELDS: readonly MixField[] = ['promotionalMax', 'dialogueMin', 'withImageMin'];

/** Cadence per chosen network, the content mix and the response-time target. */
export function ContentPlanFields({ form, channels, onChange, problems }: ContentPlanFieldsProps) {
  const { t, locale } = useI18n();
  const problem = (field: PlanField) => {
    const found = problems[field];
    return found ? t(`wizard.plan.problem.${found}`) : undefined;
  };
  const social = channels.filter(hasCadence);
  return (
    <fieldset className="card profile-group" data-testid="content-plan">
      <legend>{t('wizard.plan.heading')}</legend>
      {social.length > 0 ? (
        <div className="form-row">
          {social.map((channel) => (
            <label key={channel} className="field">
              <span>{t('wizard.plan.postsPerWeek', { channel: channelName(locale, channel) })}</span>
              <input
                inputMode="decimal"
                value={form.cadence[channel] ?? String(DEFAULT_POSTS_PER_WEEK)}
                onChange={(event) => onChange({ ...form, cadence: { ...form.cadence, [channel]: event.target.value } })}
                data-testid={`cadence-${channel}`}
              />
            </label>
          ))}
        </div>
      ) : (
        <p className="muted">{t('wizard.plan.noSocial')}</p>
      )}
      <FieldError message={problem('cadence')} />
      <small className="hint">{t('wizard.plan.cadenceHint')}</small>
      <div className="form-row">
        {MIX_FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{t(`wizard.plan.${field}`)}</span>
            <input inputMode="decimal" value={form[field]} onChange={(event) => onChange({ ...form, [field]: event.target.value })} data-testid={`mix-${field}`} />
            <FieldError message={problem(field)} />
          </label>
        ))}
        <label className="field">
          <span>{t('wizard.plan.responseMinutes')}</span>
          <input
            inputMode="numeric"
            value={form.responseMinutes}
            onChange={(event) => onChange({ ...form, responseMinutes: event.target.value })}
            data-testid="plan-response-minutes"
          />
          <FieldError message={problem('responseMinutes')} />
        </label>
      </div>
    </fieldset>
  );
}
