/**
 * The web UI's addresses as data: `parseRoute` turns a path into a route and `pathFor` turns a route
 * back into a path, so that pages never build URLs by hand.
 */

export const PLANNED_SECTIONS = ['strategy', 'accounts', 'calendar', 'inbox', 'listening', 'analytics', 'campaigns'] as const;
export type PlannedSection = (typeof PLANNED_SECTIONS)[number];

/** Every entry in the left navigation, in order. */
export const NAV_SECTIONS = [...PLANNED_SECTIONS, 'settings'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export const SETTINGS_TABS = ['general', 'members', 'publishing', 'api-keys', 'webhooks', 'audit', 'account'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'setup' }
  | { name: 'login' }
  | { name: 'newWorkspace' }
  | { name: 'section'; workspaceId: string; section: PlannedSection }
  | { name: 'strategyWizard'; workspaceId: string }
  | { name: 'settings'; workspaceId: string; tab: SettingsTab }
  | { name: 'notFound' };

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((part) => part !== '').map(decodeURIComponent);
  const [first, second, third, fourth, ...rest] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1 && first === 'setup') return { name: 'setup' };
  if (parts.length === 1 && first === 'login') return { name: 'login' };
  if (parts.length === 2 && first === 'workspaces' && second === 'new') return { name: 'newWorkspace' };
  if (first !== 'w' || second === undefined || rest.length > 0) return { name: 'notFound' };

  const workspaceId = second;
  if (third === undefined) return { name: 'section', workspaceId, section: 'strategy' };
  if (isOneOf(PLANNED_SECTIONS, third) && fourth === undefined) return { name: 'section', workspaceId, section: third };
  if (third === 'strategy' && fourth === 'wizard') return { name: 'strategyWizard', workspaceId };
  if (third === 'settings' && fourth === undefined) return { name: 'settings', workspaceId, tab: 'general' };
  if (third === 'settings' && isOneOf(SETTINGS_TABS, fourth)) return { name: 'settings', workspaceId, tab: fourth };
  return { name: 'notFound' };
}

export function pathFor(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'notFound':
      return '/';
    case 'setup':
      return '/setup';
    case 'login':
      return '/login';
    case 'newWorkspace':
      return '/workspaces/new';
    case 'section':
      return `/w/${encodeURIComponent(route.workspaceId)}/${route.section}`;
    case 'strategyWizard':
      return `/w/${encodeURIComponent(route.workspaceId)}/strategy/wizard`;
    case 'settings':
      return `/w/${encodeURIComponent(route.workspaceId)}/settings/${route.tab}`;
  }
}

/** The path of a navigation entry in a workspace. */
export function sectionPath(workspaceId: string, section: NavSection): string {
  return section === 'settings'
    ? pathFor({ name: 'settings', workspaceId, tab: 'general' })
    : pathFor({ name: 'section', workspaceId, section });
}

/** The same place in another workspace, so that switching workspaces keeps the open section. */
export function sameRouteInWorkspace(route: Route, workspaceId: string): string {
  if (route.name === 'section' || route.name === 'settings' || route.name === 'strategyWizard') return pathFor({ ...route, workspaceId });
  return sectionPath(workspaceId, 'strategy');
}

/** The login page, remembering where to go afterwards. */
export function loginPathFor(next: string): string {
  return next === '/' || next.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}

/** Where to go after signing in: only paths on this site, never another origin. */
export function safeNextPath(search: string): string | undefined {
  const next = new URLSearchParams(search).get('next');
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}
