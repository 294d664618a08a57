import { describe, expect, it } from 'vitest';
import { allowedActions, canDeletePost, canEditPost, canQueue } from './postActions.js';

describe('allowedActions', () => {
  it('lets an editor submit a draft but not schedule it where approval is required', () => {
    const context = { role: 'editor' as const, status: 'draft' as const, approvalRequired: true, isAuthor: true };
    expect(allowedActions(context)).toEqual(['submit']);
    expect(canQueue(context)).toBe(false);
    expect(allowedActions({ ...context, approvalRequired: false })).toEqual(['submit', 'schedule']);
  });

  it('lets an approver approve or reject the posts of others only', () => {
    const context = { role: 'approver' as const, status: 'in_review' as const, approvalRequired: true, isAuthor: false };
    expect(allowedActions(context)).toEqual(['approve', 'reject']);
    expect(allowedActions({ ...context, isAuthor: true })).toEqual(['reject']);
  });

  it('gives an analyst nothing', () => {
    expect(allowedActions({ role: 'analyst', status: 'scheduled', approvalRequired: false, isAuthor: false })).toEqual([]);
    expect(canEditPost('analyst', 'draft')).toBe(false);
  });

  it('stops editing and deleting once the post is going out', () => {
    expect(canEditPost('editor', 'scheduled')).toBe(true);
    expect(canEditPost('editor', 'publishing')).toBe(false);
    expect(canDeletePost('admin', 'published')).toBe(false);
    expect(canDeletePost('admin', 'failed')).toBe(true);
  });
});
