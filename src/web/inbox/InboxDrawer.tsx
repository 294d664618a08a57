import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/dictionaries.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { InboxSettingsPanel } from './InboxSettingsPanel.js';
import { ResponseReportPanel } from './ResponseReportPanel.js';
import { SavedRepliesPanel } from './SavedRepliesPanel.js';

export const DRAWER_TABS = ['savedReplies', 'report', 'settings'] as const;
export type DrawerTab = (typeof DRAWER_TABS)[number];

const TAB_TITLES: Record<DrawerTab, MessageKey> = {
  savedReplies: 'inbox.drawer.savedReplies',
  report: 'inbox.drawer.report',
  settings: 'inbox.drawer.settings',
};

interface InboxDrawerProps {
  membership: Membership;
  tab: DrawerTab;
  onTab: (tab: DrawerTab) => void;
  onClose: () => void;
  onSavedRepliesChanged: () => void;
}

/** The inbox's side drawer: saved replies, the response-time report and the inbox settings. */
export function InboxDrawer({ membership, tab, onTab, onClose, onSavedRepliesChanged }: InboxDrawerProps) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <aside className="inbox-drawer" role="dialog" aria-labelledby="inbox-drawer-title" data-testid="inbox-drawer" data-tab={tab}>
      <div className="inbox-drawer-head">
        <h2 id="inbox-drawer-title">{t(TAB_TITLES[tab])}</h2>
        <button ref={closeRef} type="button" className="button-secondary" onClick={onClose} data-testid="inbox-drawer-close">
          {t('inbox.close')}
        </button>
      </div>
      <nav className="tabs" aria-label={t('inbox.drawer.label')}>
        {DRAWER_TABS.map((candidate) => (
          <a
            key={candidate}
            href={`#${candidate}`}
            aria-current={candidate === tab ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              onTab(candidate);
            }}
            data-testid={`inbox-drawer-tab-${candidate}`}
          >
            {t(TAB_TITLES[candidate])}
          </a>
        ))}
      </nav>
      {tab === 'savedReplies' ? <SavedRepliesPanel membership={membership} onChanged={onSavedRepliesChanged} /> : null}
      {tab === 'report' ? <ResponseReportPanel membership={membership} /> : null}
      {tab === 'settings' ? <InboxSettingsPanel membership={membership} /> : null}
    </aside>
  );
}
