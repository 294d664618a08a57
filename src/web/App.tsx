import { lazy, Suspense } from 'react';
import { I18nProvider } from './i18n/I18nProvider.js';
import { LoginPage } from './pages/LoginPage.js';
import { NewWorkspacePage } from './pages/NewWorkspacePage.js';
import { PlannedSectionPage } from './pages/PlannedSectionPage.js';
import { SetupPage } from './pages/SetupPage.js';
import { LoadingScreen, NoAccessPage, NotFoundPage, SectionLoading, UnavailableScreen } from './pages/StatusPages.js';
import { useAddress } from './routing/navigation.js';
import { Redirect } from './routing/Redirect.js';
import { loginPathFor, parseRoute, pathFor, safeNextPath, sectionPath, type Route } from './routing/routes.js';
import { homeWorkspaceId } from './session/lastWorkspace.js';
import { SessionProvider, useSession } from './session/SessionProvider.js';
import type { Membership } from './session/SessionProvider.js';
import { AppShell } from './shell/AppShell.js';

// Each section is its own chunk, loaded when first opened: the first page needs only the shell.
const InboxPage = lazy(() => import('./inbox/InboxPage.js').then((module) => ({ default: module.InboxPage })));
const AnalyticsPage = lazy(() => import('./analytics/AnalyticsPage.js').then((module) => ({ default: module.AnalyticsPage })));
const AccountsPage = lazy(() => import('./inventory/AccountsPage.js').then((module) => ({ default: module.AccountsPage })));
const CalendarPage = lazy(() => import('./publishing/CalendarPage.js').then((module) => ({ default: module.CalendarPage })));
const SettingsPage = lazy(() => import('./settings/SettingsPage.js').then((module) => ({ default: module.SettingsPage })));
const StrategyPage = lazy(() => import('./strategy/StrategyPage.js').then((module) => ({ default: module.StrategyPage })));
const WizardPage = lazy(() => import('./strategy/wizard/WizardPage.js').then((module) => ({ default: module.WizardPage })));

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Pages />
      </SessionProvider>
    </I18nProvider>
  );
}

/** Chooses the page from the address and the session; the only place that guards sign-in. */
function Pages() {
  const { state, refresh } = useSession();
  const { pathname, search } = useAddress();
  const route = parseRoute(pathname);

  if (state.status === 'loading') return <LoadingScreen />;
  if (state.status === 'unavailable') return <UnavailableScreen failure={state.failure} onRetry={() => void refresh()} />;
  if (route.name === 'setup') return state.status === 'signedIn' ? <Redirect to="/" /> : <SetupPage search={search} />;
  if (state.status === 'signedOut') {
    return route.name === 'login' ? <LoginPage setupNeeded={state.setupNeeded} /> : <Redirect to={loginPathFor(pathname + search)} />;
  }

  const { session } = state;
  switch (route.name) {
    case 'login':
      return <Redirect to={safeNextPath(search) ?? '/'} />;
    case 'home': {
      const workspaceId = homeWorkspaceId(session);
      return <Redirect to={workspaceId ? sectionPath(workspaceId, 'strategy') : pathFor({ name: 'newWorkspace' })} />;
    }
    case 'newWorkspace':
      return (
        <AppShell route={route}>
          <NewWorkspacePage />
        </AppShell>
      );
    case 'notFound':
      return (
        <AppShell route={route}>
          <NotFoundPage />
        </AppShell>
      );
    case 'section':
    case 'strategyWizard':
    case 'settings': {
      const membership = session.memberships.find(({ workspace }) => workspace.id === route.workspaceId);
      if (!membership) {
        return (
          <AppShell route={route}>
            <NoAccessPage />
          </AppShell>
        );
      }
      return (
        <AppShell route={route} membership={membership}>
          <Suspense fallback={<SectionLoading />}>
            <WorkspacePage route={route} membership={membership} />
          </Suspense>
        </AppShell>
      );
    }
  }
}

type WorkspaceRoute = Extract<Route, { name: 'section' | 'strategyWizard' | 'settings' }>;

/** The page of a workspace route; `key` starts each page afresh when the workspace changes. */
function WorkspacePage({ route, membership }: { route: WorkspaceRoute; membership: Membership }) {
  const key = membership.workspace.id;
  if (route.name === 'settings') return <SettingsPage key={key} membership={membership} tab={route.tab} />;
  if (route.name === 'strategyWizard') return <WizardPage key={key} membership={membership} />;
  switch (route.section) {
    case 'strategy':
      return <StrategyPage key={key} membership={membership} />;
    case 'accounts':
      return <AccountsPage key={key} membership={membership} />;
    case 'inbox':
      return <InboxPage key={key} membership={membership} />;
    case 'calendar':
      return <CalendarPage key={key} membership={membership} />;
    case 'analytics':
      return <AnalyticsPage key={key} membership={membership} />;
    default:
      return <PlannedSectionPage section={route.section} />;
  }
}
