import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../routing/navigation.js';
import { NAV_SECTIONS, sectionPath, type NavSection, type Route } from '../routing/routes.js';
import { sectionTitleKey } from './sectionMessages.js';

function activeSection(route: Route): NavSection | undefined {
  if (route.name === 'section') return route.section;
  if (route.name === 'strategyWizard') return 'strategy';
  if (route.name === 'settings') return 'settings';
  return undefined;
}

export function SideNav({ route, workspaceId }: { route: Route; workspaceId: string }) {
  const { t } = useI18n();
  const active = activeSection(route);
  return (
    <nav className="side-nav" aria-label={t('shell.sections')}>
      <ul>
        {NAV_SECTIONS.map((section) => (
          <li key={section}>
            <Link
              to={sectionPath(workspaceId, section)}
              aria-current={section === active ? 'page' : undefined}
              data-testid={`nav-${section}`}
            >
              {t(sectionTitleKey(section))}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
