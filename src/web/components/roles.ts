import type { WorkspaceRole } from '../../core/access/permissions.js';
import type { MessageKey } from '../i18n/dictionaries.js';

/** The message naming a role; a compile error here means a role has no translation. */
export function roleMessageKey(role: WorkspaceRole): MessageKey {
  const key: `role.${WorkspaceRole}` = `role.${role}`;
  return key;
}
