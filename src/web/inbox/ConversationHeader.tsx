import { CONVERSATION_STATUSES } from '../../core/inbox/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { PriorityBadge, SentimentBadge } from './Badges.js';
import { kindKey, statusKey } from './labels.js';
import type { ConversationDetail, ConversationPatch } from './types.js';

interface ConversationHeaderProps {
  conversation: ConversationDetail['conversation'];
  members: readonly { id: string; name: string }[];
  /** Absent for people who may only read the inbox. */
  manage?: { busy: boolean; onChange: (change: ConversationPatch) => void };
}

/** Who wrote, through which account, and the conversation's status and assignee. */
export function ConversationHeader({ conversation, members, manage }: ConversationHeaderProps) {
  const { t, locale } = useI18n();
  const { contact } = conversation;
  return (
    <header className="inbox-view-header" data-testid="conversation-header">
      <div>
        <h2 data-testid="conversation-title">
          {contact.name ?? contact.handle ?? t('inbox.unknownContact')}
          {contact.handle && contact.name ? <span className="muted"> @{contact.handle}</span> : null}
        </h2>
        <p className="muted">
          {t(kindKey(conversation.kind))} · {conversation.network} · {conversation.accountHandle}
          {contact.followers !== null ? ` · ${t('inbox.followers', { count: new Intl.NumberFormat(locale).format(contact.followers) })}` : null}
        </p>
        <div className="inbox-row-badges">
          <SentimentBadge sentiment={conversation.sentiment} />
          <PriorityBadge priority={conversation.priority} reasons={conversation.priorityReasons} />
        </div>
      </div>
      <div className="inbox-view-controls">
        <div className="inbox-status-buttons" role="group" aria-label={t('inbox.filters.status')}>
          {CONVERSATION_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className={conversation.status === status ? 'button-primary' : 'button-secondary'}
              aria-pressed={conversation.status === status}
              disabled={!manage || manage.busy}
              onClick={() => manage?.onChange({ status })}
              data-testid={`status-${status}`}
            >
              {t(statusKey(status))}
            </button>
          ))}
        </div>
        <label className="inline-field">
          <span className="visually-hidden">{t('inbox.filters.assignee')}</span>
          <select
            value={conversation.assignee?.id ?? ''}
            disabled={!manage || manage.busy}
            onChange={(event) => manage?.onChange({ assigneeId: event.target.value === '' ? null : event.target.value })}
            data-testid="assignee-select"
          >
            <option value="">{t('inbox.unassigned')}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
