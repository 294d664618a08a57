import { describe, expect, it } from 'vitest';
import { loginPathFor, parseRoute, pathFor, safeNextPath, sameRouteInWorkspace, sectionPath } from './routes.js';

const workspaceId = '0b6c1a9e-5a43-4c2b-9a53-54f1f6a0c0de';

describe('parseRoute', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/setup', { name: 'setup' }],
    ['/login', { name: 'login' }],
    ['/workspaces/new', { name: 'newWorkspace' }],
    [`/w/${workspaceId}`, { name: 'section', workspaceId, section: 'strategy' }],
    [`/w/${workspaceId}/inbox`, { name: 'section', workspaceId, section: 'inbox' }],
    [`/w/${workspaceId}/strategy/wizard`, { name: 'strategyWizard', workspaceId }],
    [`/w/${workspaceId}/accounts`, { name: 'section', workspaceId, section: 'accounts' }],
    [`/w/${workspaceId}/inbox/wizard`, { name: 'notFound' }],
    [`/w/${workspaceId}/settings`, { name: 'settings', workspaceId, tab: 'general' }],
    [`/w/${workspaceId}/settings/api-keys`, { name: 'settings', workspaceId, tab: 'api-keys' }],
    [`/w/${workspaceId}/settings/publishing`, { name: 'settings', workspaceId, tab: 'publishing' }],
    [`/w/${workspaceId}/calendar`, { name: 'section', workspaceId, section: 'calendar' }],
    [`/w/${workspaceId}/settings/members/`, { name: 'settings', workspaceId, tab: 'members' }],
    [`/w/${workspaceId}/settings/nope`, { name: 'notFound' }],
    [`/w/${workspaceId}/nope`, { name: 'notFound' }],
    ['/anything', { name: 'notFound' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('round-trips every path it builds', () => {
    for (const path of [pathFor({ name: 'strategyWizard', workspaceId }), sectionPath(workspaceId, 'calendar'), sectionPath(workspaceId, 'settings'), pathFor({ name: 'newWorkspace' })]) {
      expect(pathFor(parseRoute(path))).toBe(path);
    }
  });
});

describe('switching workspace', () => {
  it('keeps the open section or settings tab', () => {
    expect(sameRouteInWorkspace(parseRoute('/w/a/listening'), 'b')).toBe('/w/b/listening');
    expect(sameRouteInWorkspace(parseRoute('/w/a/settings/audit'), 'b')).toBe('/w/b/settings/audit');
    expect(sameRouteInWorkspace(parseRoute('/workspaces/new'), 'b')).toBe('/w/b/strategy');
  });
});

describe('returning after login', () => {
  it('remembers the requested page', () => {
    const login = loginPathFor('/w/a/settings/members?x=1');
    expect(safeNextPath(login.slice(login.indexOf('?')))).toBe('/w/a/settings/members?x=1');
    expect(loginPathFor('/')).toBe('/login');
  });

  it('never sends the browser to another site', () => {
    expect(safeNextPath('?next=https://evil.example')).toBeUndefined();
    expect(safeNextPath('?next=//evil.example')).toBeUndefined();
    expect(safeNextPath('?next=/\\evil.example')).toBeUndefined();
    expect(safeNextPath('')).toBeUndefined();
  });
});
