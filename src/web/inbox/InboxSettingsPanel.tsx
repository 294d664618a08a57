import { useState } from 'react';
import { can } from '../../core/access/permissions.js';
import { WEEKDAYS } from '../../core/inbox/types.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { hoursToText, parseHours, type HoursText } from './businessHours.js';
import type { InboxSettings } from './types.js';

/** Business hours per weekday and the response-time target. */
export function InboxSettingsPanel({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  const workspaceId = membership.workspace.id;
  const { data, reload } = useApiData(`inbox-settings:${workspaceId}`, () => api.call('getInboxSettings', { params: { workspaceId } }));
  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="inbox-settings-load-error" />;
  return <SettingsForm membership={membership} settings={data.value} onSaved={reload} />;
}

function SettingsForm({ membership, settings, onSaved }: { membership: Membership; settings: InboxSettings; onSaved: () => void }) {
  const { t } = useI18n();
  const workspaceId = membership.workspace.id;
  const manage = can(membership.role, 'workspace.update');
  const action = useApiAction();
  const [alwaysOpen, setAlwaysOpen] = useState(settings.businessHours === null);
  const [hours, setHours] = useState<HoursText>(() => hoursToText(settings.businessHours));
  const [target, setTarget] = useState(settings.responseTargetMinutes?.toString() ?? '');
  const [saved, setSaved] = useState(false);
  const parsed = parseHours(hours);
  const invalidDay = !alwaysOpen && !parsed.ok ? parsed.day : undefined;

  const save = () => {
    if (!alwaysOpen && !parsed.ok) return;
    setSaved(false);
    void action
      .run(async () => {
        await api.call('saveInboxSettings', {
          params: { workspaceId },
          body: { businessHours: alwaysOpen || !parsed.ok ? null : parsed.hours, responseTargetMinutes: target.trim() === '' ? null : Number(target) },
        });
        setSaved(true);
      })
      .then((done) => {
        if (done) onSaved();
      });
  };

  return (
    <form
      className="form inbox-panel"
      data-testid="inbox-settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <fieldset disabled={!manage || action.pending} className="inbox-fieldset">
        <legend>{t('inbox.settings.hours')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={alwaysOpen} onChange={(event) => setAlwaysOpen(event.target.checked)} data-testid="settings-always-open" />
          {t('inbox.settings.alwaysOpen')}
        </label>
        {alwaysOpen ? null : (
          <>
            <p className="hint">{t('inbox.settings.hoursHint', { timezone: membership.workspace.timezone })}</p>
            <div className="inbox-hours">
              {WEEKDAYS.map((day) => (
                <label key={day} className="field">
                  <span>{t(`inbox.weekday.${day}`)}</span>
                  <input
                    value={hours[day]}
                    placeholder="09:00-17:00"
                    aria-invalid={invalidDay === day}
                    onChange={(event) => setHours({ ...hours, [day]: event.target.value })}
                    data-testid={`settings-hours-${day}`}
                  />
                </label>
              ))}
            </div>
            {invalidDay ? (
              <p className="notice notice-error" role="alert" data-testid="settings-hours-error">
                {t('inbox.settings.hoursInvalid', { day: t(`inbox.weekday.${invalidDay}`) })}
              </p>
            ) : null}
          </>
        )}
      </fieldset>
      <label className="field">
        <span>{t('inbox.settings.target')}</span>
        <input type="number" min={1} max={10080} value={target} disabled={!manage || action.pending} onChange={(event) => setTarget(event.target.value)} data-testid="settings-target" />
        <small className="hint">
          {settings.effectiveTargetMinutes === null ? t('inbox.settings.noTarget') : t('inbox.settings.effectiveTarget', { minutes: settings.effectiveTargetMinutes })}
        </small>
      </label>
      <FailureMessage failure={action.failure} testId="inbox-settings-error" />
      {manage ? (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={action.pending || invalidDay !== undefined} data-testid="settings-save">
            {t('common.save')}
          </button>
          {saved ? <p className="success">{t('common.saved')}</p> : null}
        </div>
      ) : (
        <p className="hint">{t('inbox.settings.managersOnly')}</p>
      )}
    </form>
  );
}
