import { useState, type FormEvent } from 'react';
import { isWeekday, WEEKDAYS } from '../../core/scheduling/calendar-date.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { networkName, weekdayNames } from './labels.js';
import { everyDayAt, normalizeSlots, parseSlotTime, slotTime } from './queueSlots.js';
import type { Account, AccountSchedule, QueueSlot } from './types.js';

interface AccountScheduleCardProps {
  workspaceId: string;
  account: Account;
  editable: boolean;
}

/** One account's queue slots and cadence target (P3), loaded and saved on their own. */
export function AccountScheduleCard({ workspaceId, account, editable }: AccountScheduleCardProps) {
  const { t } = useI18n();
  const params = { workspaceId, accountId: account.id };
  const { data } = useApiData(`schedule:${workspaceId}:${account.id}`, () => api.call('getAccountSchedule', { params }));
  return (
    <section className="card pub-schedule" data-testid="account-schedule" data-account-id={account.id}>
      <h3>
        {networkName(account.network, account.networkName)} · {account.handle}
      </h3>
      {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
      {data.state === 'loaded' ? <ScheduleForm workspaceId={workspaceId} accountId={account.id} initial={data.value} editable={editable} /> : null}
    </section>
  );
}

function ScheduleForm({ workspaceId, accountId, initial, editable }: { workspaceId: string; accountId: string; initial: AccountSchedule; editable: boolean }) {
  const { t, locale } = useI18n();
  const [slots, setSlots] = useState<QueueSlot[]>(normalizeSlots(initial.slots));
  const [perWeek, setPerWeek] = useState(initial.postsPerWeek === null ? '' : String(initial.postsPerWeek));
  const [saved, setSaved] = useState(false);
  const save = useApiAction();
  const days = weekdayNames(locale, 'long');
  const change = (next: QueueSlot[]) => {
    setSlots(next);
    setSaved(false);
  };
  const setSlot = (index: number, slot: QueueSlot) => change(slots.map((current, at) => (at === index ? slot : current)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const postsPerWeek = perWeek.trim() === '' ? null : Number(perWeek);
    void save.run(async () => {
      const answer = await api.call('saveAccountSchedule', { params: { workspaceId, accountId }, body: { slots: normalizeSlots(slots), postsPerWeek } });
      setSlots(normalizeSlots(answer.slots));
      setPerWeek(answer.postsPerWeek === null ? '' : String(answer.postsPerWeek));
      setSaved(true);
    });
  };

  return (
    <form className="form" onSubmit={submit}>
      <fieldset className="pub-fieldset">
        <legend>{t('settings.publishing.slots')}</legend>
        {slots.length === 0 ? <p className="muted">{t('settings.publishing.noSlots')}</p> : null}
        {slots.map((slot, index) => (
          <div key={index} className="pub-inline" data-testid="queue-slot">
            <select value={slot.weekday} disabled={!editable} aria-label={t('settings.publishing.weekday')} onChange={(event) => {
                const weekday = event.target.value;
                if (isWeekday(weekday)) setSlot(index, { ...slot, weekday });
              }}>
              {WEEKDAYS.map((weekday, day) => (
                <option key={weekday} value={weekday}>
                  {days[day]}
                </option>
              ))}
            </select>
            <input
              type="time"
              value={slotTime(slot)}
              disabled={!editable}
              aria-label={t('settings.publishing.time')}
              onChange={(event) => {
                const time = parseSlotTime(event.target.value);
                if (time) setSlot(index, { ...slot, ...time });
              }}
            />
            {editable ? (
              <button type="button" className="button-secondary" onClick={() => change(slots.filter((_, at) => at !== index))}>
                {t('settings.publishing.removeSlot')}
              </button>
            ) : null}
          </div>
        ))}
        {editable ? (
          <div className="pub-inline">
            <button type="button" className="button-secondary" onClick={() => change([...slots, { weekday: 'MO', hour: 9, minute: 0 }])} data-testid="queue-slot-add">
              {t('settings.publishing.addSlot')}
            </button>
            <button type="button" className="button-secondary" onClick={() => change(normalizeSlots([...slots, ...everyDayAt(9, 0)]))}>
              {t('settings.publishing.everyDay')}
            </button>
          </div>
        ) : null}
      </fieldset>
      <label className="field">
        <span>{t('settings.publishing.postsPerWeek')}</span>
        <input type="number" min={0.1} max={100} step={0.1} value={perWeek} disabled={!editable} onChange={(event) => {
            setPerWeek(event.target.value);
            setSaved(false);
          }} data-testid="posts-per-week" />
        <small className="hint">{t('settings.publishing.postsPerWeekHint')}</small>
      </label>
      <FailureMessage failure={save.failure} />
      {editable ? (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={save.pending} data-testid="account-schedule-save">
            {t('common.save')}
          </button>
          {saved ? <span className="success" role="status">{t('common.saved')}</span> : null}
        </div>
      ) : null}
    </form>
  );
}
