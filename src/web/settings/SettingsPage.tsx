import { can, type Action } from '../../core/access/permissions.js';
import { usePageTitle } from '../components/usePageTitle.js';
import type { MessageKey } from '../i18n/dictionaries.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../routing/navigation.js';
import { SETTINGS_TABS, pathFor, type SettingsTab } from '../routing/routes.js';
import type { Membership } from '../session/SessionProvider.js';
import { AccountTab } from './AccountTab.js';
import { ApiKeysTab } from './ApiKeysTab.js';
import { AuditTab } from './AuditTab.js';
import { GeneralTab } from './GeneralTab.js';
import { MembersTab } from './MembersTab.js';
import { PublishingTab } from './PublishingTab.js';
import { WebhooksTab } from './WebhooksTab.js';

const TAB_TITLES: Record<SettingsTab, MessageKey> = {
  general: 'settings.tab.general',
  members: 'settings.tab.members',
  publishing: 'settings.publishing.tab',
  'api-keys': 'settings.tab.apiKeys',
  webhooks: 'webhooks.tab',
  audit: 'settings.tab.audit',
  account: 'settings.tab.account',
};

/** What a role needs to open each tab; the server enforces the same table. */
const TAB_PERMISSION: Record<SettingsTab, Action> = {
  general: 'workspace.read',
  members: 'members.read',
  publishing: 'workspace.read',
  'api-keys': 'apiKeys.read',
  webhooks: 'webhooks.manage',
  audit: 'audit.read',
  account: 'workspace.read',
};

export function SettingsPage({ membership, tab }: { membership: Membership; tab: SettingsTab }) {
  const { t } = useI18n();
  usePageTitle(`${t(TAB_TITLES[tab])} · ${t('section.settings.title')}`);
  const workspaceId = membership.workspace.id;
  const visibleTabs = SETTINGS_TABS.filter((candidate) => can(membership.role, TAB_PERMISSION[candidate]));

  return (
    <section className="page">
      <h1>{t('section.settings.title')}</h1>
      <nav className="tabs" aria-label={t('settings.tabs')}>
        {visibleTabs.map((candidate) => (
          <Link
            key={candidate}
            to={pathFor({ name: 'settings', workspaceId, tab: candidate })}
            aria-current={candidate === tab ? 'page' : undefined}
            data-testid={`settings-tab-${candidate}`}
          >
            {t(TAB_TITLES[candidate])}
          </Link>
        ))}
      </nav>
      <div className="tab-panel">
        {visibleTabs.includes(tab) ? <TabContent membership={membership} tab={tab} /> : <p className="notice notice-info">{t('settings.managersOnly')}</p>}
      </div>
    </section>
  );
}

function TabContent({ membership, tab }: { membership: Membership; tab: SettingsTab }) {
  switch (tab) {
    case 'general':
      return <GeneralTab membership={membership} />;
    case 'members':
      return <MembersTab membership={membership} />;
    case 'publishing':
      return <PublishingTab membership={membership} />;
    case 'api-keys':
      return <ApiKeysTab membership={membership} />;
    case 'webhooks':
      return <WebhooksTab membership={membership} />;
    case 'audit':
      return <AuditTab membership={membership} />;
    case 'account':
      return <AccountTab />;
  }
}
