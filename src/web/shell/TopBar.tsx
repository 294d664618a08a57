import { LanguageSelect } from '../components/LanguageSelect.js';
import { PRODUCT_NAME } from '../components/product.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../routing/navigation.js';
import type { Route } from '../routing/routes.js';
import { NotificationBell } from './NotificationBell.js';
import { UserMenu } from './UserMenu.js';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.js';

export function TopBar({ route, currentWorkspaceId }: { route: Route; currentWorkspaceId: string | undefined }) {
  const { t } = useI18n();
  return (
    <header className="top-bar">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Link to="/" className="brand">
        {PRODUCT_NAME}
      </Link>
      <WorkspaceSwitcher route={route} currentWorkspaceId={currentWorkspaceId} />
      <div className="top-bar-end">
        {currentWorkspaceId ? <NotificationBell key={currentWorkspaceId} workspaceId={currentWorkspaceId} /> : null}
        <LanguageSelect />
        <UserMenu />
      </div>
    </header>
  );
}
