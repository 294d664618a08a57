import type { Ref } from 'react';
import { CONVERSATION_STATUSES, SENTIMENTS } from '../../core/inbox/types.js';
import { LOCALES } from '../i18n/locale.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { sentimentKey, statusKey } from './labels.js';
import type { InboxFilters } from './types.js';

export interface FilterChoices {
  accounts: readonly { id: string; network: string; networkName: string; handle: string }[];
  members: readonly { id: string; name: string }[];
}

interface ConversationFiltersProps {
  filters: InboxFilters;
  choices: FilterChoices;
  onChange: (filters: InboxFilters) => void;
  /** The first control, focused by the "/" shortcut. */
  firstRef: Ref<HTMLSelectElement>;
}

export function ConversationFilters({ filters, choices, onChange, firstRef }: ConversationFiltersProps) {
  const { t, locale } = useI18n();
  const set = <K extends keyof InboxFilters>(key: K, value: InboxFilters[K]) => onChange({ ...filters, [key]: value });
  const networks = [...new Map(choices.accounts.map((account) => [account.network, account.networkName])).entries()];
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });

  return (
    <form className="inbox-filters" role="search" aria-label={t('inbox.filters.label')} data-testid="inbox-filters" onSubmit={(event) => event.preventDefault()}>
      <label className="inbox-filter">
        <span>{t('inbox.filters.status')}</span>
        <select ref={firstRef} value={filters.status} onChange={(event) => set('status', event.target.value as InboxFilters['status'])} data-testid="filter-status">
          <option value="">{t('inbox.filters.any')}</option>
          {CONVERSATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(statusKey(status))}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span>{t('inbox.filters.network')}</span>
        <select value={filters.network} onChange={(event) => set('network', event.target.value)} data-testid="filter-network">
          <option value="">{t('inbox.filters.any')}</option>
          {networks.map(([network, name]) => (
            <option key={network} value={network}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span>{t('inbox.filters.account')}</span>
        <select value={filters.accountId} onChange={(event) => set('accountId', event.target.value)} data-testid="filter-account">
          <option value="">{t('inbox.filters.any')}</option>
          {choices.accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.handle} ({account.networkName})
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span>{t('inbox.filters.assignee')}</span>
        <select value={filters.assignee} onChange={(event) => set('assignee', event.target.value)} data-testid="filter-assignee">
          <option value="">{t('inbox.filters.anyone')}</option>
          <option value="me">{t('inbox.filters.me')}</option>
          <option value="none">{t('inbox.unassigned')}</option>
          {choices.members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span>{t('inbox.filters.sentiment')}</span>
        <select value={filters.sentiment} onChange={(event) => set('sentiment', event.target.value as InboxFilters['sentiment'])} data-testid="filter-sentiment">
          <option value="">{t('inbox.filters.any')}</option>
          {SENTIMENTS.map((sentiment) => (
            <option key={sentiment} value={sentiment}>
              {t(sentimentKey(sentiment))}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span>{t('inbox.filters.language')}</span>
        <select value={filters.language} onChange={(event) => set('language', event.target.value)} data-testid="filter-language">
          <option value="">{t('inbox.filters.any')}</option>
          {LOCALES.map((code) => (
            <option key={code} value={code}>
              {languageName.of(code) ?? code}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox inbox-filter-check">
        <input type="checkbox" checked={filters.highPriorityOnly} onChange={(event) => set('highPriorityOnly', event.target.checked)} data-testid="filter-high-priority" />
        {t('inbox.filters.highPriority')}
      </label>
      <label className="checkbox inbox-filter-check">
        <input type="checkbox" checked={filters.unansweredOnly} onChange={(event) => set('unansweredOnly', event.target.checked)} data-testid="filter-unanswered" />
        {t('inbox.filters.unanswered')}
      </label>
    </form>
  );
}
