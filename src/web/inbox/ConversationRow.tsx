import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { PriorityBadge, SentimentBadge } from './Badges.js';
import type { ConversationSummary } from './types.js';
import { WaitingTime } from './WaitingTime.js';

interface ConversationRowProps {
  conversation: ConversationSummary;
  selected: boolean;
  checked: boolean;
  now: Date;
  onOpen: () => void;
  /** The click, so that shift-click can select a range. */
  onCheck: (event: MouseEvent<HTMLInputElement>) => void;
}

export function ConversationRow({ conversation, selected, checked, now, onOpen, onCheck }: ConversationRowProps) {
  const { t, locale } = useI18n();
  const { contact } = conversation;
  const who = contact.name ?? contact.handle ?? t('inbox.unknownContact');
  return (
    <li
      className={`inbox-row${selected ? ' inbox-row-selected' : ''}`}
      data-testid="conversation-row"
      data-conversation-id={conversation.id}
      data-status={conversation.status}
      aria-current={selected ? 'true' : undefined}
    >
      <input
        type="checkbox"
        className="inbox-row-check"
        checked={checked}
        onClick={onCheck}
        onChange={() => undefined}
        aria-label={t('inbox.bulk.selectOne', { name: who })}
        data-testid="conversation-check"
      />
      <button type="button" className="inbox-row-open" onClick={onOpen} data-testid="conversation-open">
        <span className="inbox-row-top">
          <span className="muted inbox-row-account">
            {conversation.network} · {conversation.accountHandle}
          </span>
          <span className="inbox-row-badges">
            <SentimentBadge sentiment={conversation.sentiment} />
            <PriorityBadge priority={conversation.priority} reasons={conversation.priorityReasons} />
          </span>
        </span>
        <span className="inbox-row-contact" data-testid="conversation-contact">
          <strong>{who}</strong>
          {contact.handle && contact.name ? <span className="muted"> @{contact.handle}</span> : null}
          {contact.followers !== null ? (
            <span className="muted"> · {t('inbox.followers', { count: new Intl.NumberFormat(locale, { notation: 'compact' }).format(contact.followers) })}</span>
          ) : null}
        </span>
        <span className="inbox-row-preview" data-testid="conversation-preview">
          {conversation.preview}
        </span>
        <span className="inbox-row-bottom">
          <WaitingTime waitingSince={conversation.waitingSince} overdueMinutes={conversation.overdueMinutes} now={now} />
          <span className="muted" data-testid="conversation-assignee">
            {conversation.assignee ? conversation.assignee.name : t('inbox.unassigned')}
          </span>
        </span>
      </button>
    </li>
  );
}
