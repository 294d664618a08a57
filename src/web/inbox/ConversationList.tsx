import type { MouseEvent } from 'react';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../routing/navigation.js';
import { sectionPath } from '../routing/routes.js';
import { ConversationRow } from './ConversationRow.js';
import type { ConversationList as ListState } from './useConversationList.js';

interface ConversationListProps {
  workspaceId: string;
  list: ListState;
  selectedId: string | undefined;
  checkedIds: ReadonlySet<string>;
  /** No account is connected: nothing can arrive yet. */
  noAccounts: boolean;
  filtered: boolean;
  onOpen: (id: string) => void;
  onCheck: (id: string, event: MouseEvent<HTMLInputElement>) => void;
  onClearFilters: () => void;
}

export function ConversationList({ workspaceId, list, selectedId, checkedIds, noAccounts, filtered, onOpen, onCheck, onClearFilters }: ConversationListProps) {
  const { t } = useI18n();
  const now = new Date();
  if (list.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (list.status === 'failed') return <FailureMessage failure={list.failure} testId="inbox-load-error" />;
  if (list.rows.length === 0) return <EmptyInbox workspaceId={workspaceId} noAccounts={noAccounts} filtered={filtered} onClearFilters={onClearFilters} />;
  return (
    <>
      <FailureMessage failure={list.failure} testId="inbox-list-error" />
      <ul className="inbox-rows" data-testid="conversation-list" aria-label={t('inbox.list.label')}>
        {list.rows.map((conversation) => (
          <ConversationRow
            key={conversation.id}
            conversation={conversation}
            selected={conversation.id === selectedId}
            checked={checkedIds.has(conversation.id)}
            now={now}
            onOpen={() => onOpen(conversation.id)}
            onCheck={(event) => onCheck(conversation.id, event)}
          />
        ))}
      </ul>
      {list.hasMore ? (
        <button type="button" className="button-secondary inbox-more" disabled={list.loadingMore} onClick={list.loadMore} data-testid="inbox-load-more">
          {list.loadingMore ? t('common.loading') : t('inbox.list.loadMore')}
        </button>
      ) : null}
    </>
  );
}

/** Says why the list is empty and what to do about it. */
function EmptyInbox({ workspaceId, noAccounts, filtered, onClearFilters }: { workspaceId: string; noAccounts: boolean; filtered: boolean; onClearFilters: () => void }) {
  const { t } = useI18n();
  if (noAccounts) {
    return (
      <div className="empty-state" data-testid="inbox-empty" data-reason="no-accounts">
        <p className="empty-state-title">{t('inbox.empty.noAccountsTitle')}</p>
        <p>{t('inbox.empty.noAccounts')}</p>
        <Link to={sectionPath(workspaceId, 'accounts')}>{t('inbox.empty.toAccounts')}</Link>
      </div>
    );
  }
  if (filtered) {
    return (
      <div className="empty-state" data-testid="inbox-empty" data-reason="filtered">
        <p className="empty-state-title">{t('inbox.empty.filteredTitle')}</p>
        <p>{t('inbox.empty.filtered')}</p>
        <button type="button" className="button-secondary" onClick={onClearFilters} data-testid="inbox-clear-filters">
          {t('inbox.empty.clearFilters')}
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state" data-testid="inbox-empty" data-reason="inbox-zero">
      <p className="empty-state-title">{t('inbox.empty.zeroTitle')}</p>
      <p>{t('inbox.empty.zero')}</p>
    </div>
  );
}
