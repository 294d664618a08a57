import { useState, type FormEvent } from 'react';
import { SOCIAL_CHANNELS } from '../../core/strategy/facts/types.js';
import { GOAL_IDS, type GoalId } from '../../core/strategy/goals.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { channelName } from '../strategy/advice/reasonText.js';
import { goalKey } from '../strategy/labels.js';
import type { Member } from '../strategy/types.js';
import { effectiveHandle } from './accountInput.js';

type Network = (typeof SOCIAL_CHANNELS)[number];

interface AddAccountFormProps {
  workspaceId: string;
  members: readonly Member[];
  onAdded: () => void;
}

/** Registers an account by hand: network, handle or URL, owner, purpose and goal. */
export function AddAccountForm({ workspaceId, members, onAdded }: AddAccountFormProps) {
  const { t, locale } = useI18n();
  const { run, pending, failure } = useApiAction();
  const [network, setNetwork] = useState<Network>('facebook');
  const [handle, setHandle] = useState('');
  const [url, setUrl] = useState('');
  const [ownerUserId, setOwnerUserId] = useState('');
  const [purpose, setPurpose] = useState('');
  const [goal, setGoal] = useState<GoalId | ''>('');
  const [added, setAdded] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    const body = {
      network,
      handle: effectiveHandle(handle, url),
      ownerUserId: ownerUserId === '' ? null : ownerUserId,
      ...(url.trim() ? { url: url.trim() } : {}),
      ...(purpose.trim() ? { purpose: purpose.trim() } : {}),
      ...(goal ? { goal } : {}),
    };
    void run(async () => {
      const account = await api.call('addInventoryAccount', { params: { workspaceId }, body });
      setAdded(account.handle);
      setHandle('');
      setUrl('');
      setPurpose('');
      onAdded();
    });
  };

  return (
    <form className="form card" onSubmit={submit} data-testid="add-account-form">
      <h2>{t('inventory.add.heading')}</h2>
      <div className="form-row">
        <label className="field">
          <span>{t('inventory.field.network')}</span>
          <select value={network} onChange={(event) => setNetwork(SOCIAL_CHANNELS.find((id) => id === event.target.value) ?? network)} data-testid="account-network">
            {SOCIAL_CHANNELS.map((id) => (
              <option key={id} value={id}>
                {channelName(locale, id)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('inventory.field.handle')}</span>
          <input value={handle} maxLength={200} onChange={(event) => setHandle(event.target.value)} placeholder="@citygym" data-testid="account-handle" />
        </label>
        <label className="field">
          <span>{t('inventory.field.url')}</span>
          <input type="url" value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://" data-testid="account-url" />
        </label>
      </div>
      <small className="hint">{t('inventory.add.handleOrUrl')}</small>
      <div className="form-row">
        <label className="field">
          <span>{t('inventory.field.owner')}</span>
          <select value={ownerUserId} onChange={(event) => setOwnerUserId(event.target.value)} data-testid="account-owner">
            <option value="">{t('inventory.noOwner')}</option>
            {members.map(({ user }) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('inventory.field.purpose')}</span>
          <input value={purpose} maxLength={500} onChange={(event) => setPurpose(event.target.value)} data-testid="account-purpose" />
        </label>
        <label className="field">
          <span>{t('inventory.field.goal')}</span>
          <select value={goal} onChange={(event) => setGoal(GOAL_IDS.find((id) => id === event.target.value) ?? '')} data-testid="account-goal">
            <option value="">{t('inventory.noGoal')}</option>
            {GOAL_IDS.map((id) => (
              <option key={id} value={id}>
                {t(goalKey(id))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FailureMessage failure={failure} testId="add-account-error" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending} data-testid="account-add">
          {t('inventory.add.submit')}
        </button>
        {added ? (
          <span className="success" role="status">
            {t('inventory.add.added', { handle: added })}
          </span>
        ) : null}
      </div>
    </form>
  );
}
