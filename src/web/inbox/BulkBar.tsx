import { CONVERSATION_STATUSES } from '../../core/inbox/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { statusKey } from './labels.js';
import type { ConversationPatch } from './types.js';

interface BulkBarProps {
  count: number;
  members: readonly { id: string; name: string }[];
  busy: boolean;
  onApply: (change: ConversationPatch) => void;
  onClear: () => void;
}

/** Shown while rows are checked: one status or assignee for all of them. */
export function BulkBar({ count, members, busy, onApply, onClear }: BulkBarProps) {
  const { t } = useI18n();
  return (
    <div className="inbox-bulk" role="toolbar" aria-label={t('inbox.bulk.label')} data-testid="inbox-bulk">
      <strong>{t('inbox.bulk.selected', { count })}</strong>
      {CONVERSATION_STATUSES.map((status) => (
        <button key={status} type="button" className="button-secondary" disabled={busy} onClick={() => onApply({ status })} data-testid={`bulk-status-${status}`}>
          {t('inbox.bulk.setStatus', { status: t(statusKey(status)) })}
        </button>
      ))}
      <select
        value=""
        disabled={busy}
        aria-label={t('inbox.bulk.assign')}
        onChange={(event) => {
          if (event.target.value) onApply({ assigneeId: event.target.value === 'none' ? null : event.target.value });
        }}
        data-testid="bulk-assignee"
      >
        <option value="">{t('inbox.bulk.assign')}</option>
        <option value="none">{t('inbox.unassigned')}</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
      <button type="button" className="button-link" onClick={onClear} data-testid="bulk-clear">
        {t('inbox.bulk.clear')}
      </button>
    </div>
  );
}
