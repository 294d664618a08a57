import { describe, expect, test } from 'vitest';
import { API_KEY_ROLES, PERMISSIONS, WORKSPACE_ROLES, can, canAssignRole } from './permissions.js';

describe('permission table', () => {
  test('only owners delete a workspace', () => {
    expect(WORKSPACE_ROLES.filter((role) => can(role, 'workspace.delete'))).toEqual(['owner']);
  });

  test('everyone reads, only owners and admins manage people and keys', () => {
    for (const role of WORKSPACE_ROLES) expect(can(role, 'workspace.read')).toBe(true);
    expect(WORKSPACE_ROLES.filter((role) => can(role, 'members.manage'))).toEqual(['owner', 'admin']);
    expect(WORKSPACE_ROLES.filter((role) => can(role, 'apiKeys.manage'))).toEqual(['owner', 'admin']);
  });

  test('approvers approve but do not write; editors write but do not approve', () => {
    expect(can('approver', 'content.approve')).toBe(true);
    expect(can('approver', 'content.write')).toBe(false);
    expect(can('editor', 'content.write')).toBe(true);
    expect(can('editor', 'content.approve')).toBe(false);
  });

  test('every action names only known roles, and API keys can never be owners', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(WORKSPACE_ROLES).toContain(role);
    expect(API_KEY_ROLES).not.toContain('owner');
  });

  test('admins cannot create, demote or remove owners; owners can', () => {
    expect(canAssignRole('admin', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'editor', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'editor', 'analyst')).toBe(true);
    expect(canAssignRole('owner', 'owner', 'admin')).toBe(true);
    expect(canAssignRole('editor', 'analyst')).toBe(false);
  });
});
