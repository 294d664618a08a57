import { ConfirmButton } from '../components/ConfirmButton.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { channelName } from '../strategy/advice/reasonText.js';
import { goalKey } from '../strategy/labels.js';
import type { InventoryAccount, Member } from '../strategy/types.js';
import { FlagBadge } from './FlagBadge.js';

interface InventoryRowProps {
  account: InventoryAccount;
  members: readonly Member[];
  canManage: boolean;
  busy: boolean;
  timeZone: string;
  handleOf: (accountId: string) => string | undefined;
  onChangeOwner: (ownerUserId: string | null) => void;
  onDelete: () => void;
}

export function InventoryRow({ account, members, canManage, busy, timeZone, handleOf, onChangeOwner, onDelete }: InventoryRowProps) {
  const { t, formatDateTime, locale } = useI18n();
  // An owner who left the workspace is no longer in the list; keep them selectable as they are.
  const ownerGone = account.owner !== null && !members.some(({ user }) => user.id === account.owner?.id);
  return (
    <tr data-testid="inventory-row" data-network={account.network} data-handle={account.handle}>
      <td>
        <strong>{channelName(locale, account.network)}</strong>
        <br />
        {account.url ? (
          <a href={account.url} target="_blank" rel="noreferrer noopener">
            {account.handle}
          </a>
        ) : (
          account.handle
        )}
        {account.displayName ? <span className="muted"> · {account.displayName}</span> : null}
      </td>
      <td>
        {canManage ? (
          <select
            aria-label={t('inventory.ownerOf', { handle: account.handle })}
            value={account.owner?.id ?? ''}
            disabled={busy}
            onChange={(event) => onChangeOwner(event.target.value === '' ? null : event.target.value)}
            data-testid="inventory-owner"
          >
            <option value="">{t('inventory.noOwner')}</option>
            {ownerGone && account.owner ? <option value={account.owner.id}>{account.owner.name}</option> : null}
            {members.map(({ user }) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        ) : (
          (account.owner?.name ?? t('inventory.noOwner'))
        )}
      </td>
      <td>{account.purpose ?? t('common.none')}</td>
      <td>{account.goal ? t(goalKey(account.goal)) : t('common.none')}</td>
      <td>{account.connected ? t('inventory.connected') : t('inventory.registered')}</td>
      <td className="nowrap">{account.lastPostAt ? formatDateTime(account.lastPostAt, timeZone) : t('inventory.neverPosted')}</td>
      <td>
        {account.flags.length === 0 ? <span className="muted">{t('inventory.noFlags')}</span> : null}
        {account.flags.map((flag, index) => (
          <FlagBadge key={`${flag.flag}-${index}`} flag={flag} handleOf={handleOf} />
        ))}
      </td>
      {canManage ? (
        <td className="actions">
          <ConfirmButton
            label={t('common.delete')}
            question={t('inventory.deleteQuestion', { handle: account.handle })}
            confirmLabel={t('common.delete')}
            onConfirm={onDelete}
            disabled={busy}
            testId="inventory-delete"
          />
        </td>
      ) : null}
    </tr>
  );
}
