import { useEffect, type ReactNode } from 'react';
import type { Route } from '../routing/routes.js';
import { rememberLastWorkspace } from '../session/lastWorkspace.js';
import type { Membership } from '../session/SessionProvider.js';
import { SideNav } from './SideNav.js';
import { TopBar } from './TopBar.js';

/** The signed-in frame: top bar, and the section navigation while a workspace is open. */
export function AppShell({ route, membership, children }: { route: Route; membership?: Membership; children: ReactNode }) {
  const workspaceId = membership?.workspace.id;
  useEffect(() => {
    if (workspaceId) rememberLastWorkspace(workspaceId);
  }, [workspaceId]);

  return (
    <div className="app-shell">
      <TopBar route={route} currentWorkspaceId={workspaceId} />
      <div className="app-body">
        {workspaceId ? <SideNav route={route} workspaceId={workspaceId} /> : null}
        <main className="app-main" id="main">
          {children}
        </main>
      </div>
    </div>
  );
}
