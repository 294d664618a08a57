/** The workspace last opened in this browser, so that `/` returns to it. */
import { pathFor, sectionPath } from '../routing/routes.js';
import type { Session } from './SessionProvider.js';

const STORAGE_KEY = 'chorus.lastWorkspace';

export function rememberLastWorkspace(workspaceId: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, workspaceId);
  } catch {
    // storage disabled: `/` then opens the first workspace
  }
}

/** The workspace `/` opens: the last one used if still a member, else the first, else none. */
export function homeWorkspaceId(session: Session): string | undefined {
  let remembered: string | null = null;
  try {
    remembered = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    remembered = null;
  }
  const ids = session.memberships.map((membership) => membership.workspace.id);
  return ids.find((id) => id === remembered) ?? ids[0];
}

/** Where to go when leaving a workspace (deleted, or removed from it): another one, or a new one. */
export function pathAfterLeaving(session: Session, workspaceId: string): string {
  const other = session.memberships.find((membership) => membership.workspace.id !== workspaceId);
  return other ? sectionPath(other.workspace.id, 'strategy') : pathFor({ name: 'newWorkspace' });
}
