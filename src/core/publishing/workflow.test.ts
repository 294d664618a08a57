import { describe, expect, it } from 'vitest';
import { POST_ACTIONS, POST_STATUSES, postStatusFromTargets, statusAfterEdit, transition, type PostAction, type PostStatus } from './workflow.js';

const check = (action: PostAction, status: PostStatus, options: { approvalRequired?: boolean; actorIsAuthor?: boolean } = {}) =>
  transition({ action, status, approvalRequired: options.approvalRequired ?? true, actorIsAuthor: options.actorIsAuthor ?? false });

describe('transition', () => {
  it('walks the approval path: draft, in review, approved, scheduled', () => {
    expect(check('submit', 'draft')).toEqual({ to: 'in_review' });
    expect(check('approve', 'in_review')).toEqual({ to: 'approved' });
    expect(check('schedule', 'approved')).toEqual({ to: 'scheduled' });
  });

  it('a rejection sends the post back to its author as a draft', () => {
    expect(check('reject', 'in_review')).toEqual({ to: 'draft' });
  });

  it('a draft cannot be scheduled where approval is required, and can where it is not', () => {
    expect(check('schedule', 'draft')).toEqual({ refused: { reason: 'approval_required' } });
    expect(check('schedule', 'draft', { approvalRequired: false })).toEqual({ to: 'scheduled' });
  });

  it('an approver does not approve their own post', () => {
    expect(check('approve', 'in_review', { actorIsAuthor: true })).toEqual({ refused: { reason: 'own_post' } });
  });

  it('unscheduling returns to approved, or to draft where there is no approval', () => {
    expect(check('unschedule', 'scheduled')).toEqual({ to: 'approved' });
    expect(check('unschedule', 'scheduled', { approvalRequired: false })).toEqual({ to: 'draft' });
  });

  it('nothing a person does touches a post that is publishing or published', () => {
    for (const action of POST_ACTIONS) {
      for (const status of ['publishing', 'published'] as const) expect(check(action, status)).toMatchObject({ refused: { reason: 'wrong_state' } });
    }
  });

  it('no path from a draft reaches approved or scheduled without an approval, where approval is required', () => {
    const reached = new Set<PostStatus>(['draft']);
    const queue: PostStatus[] = ['draft'];
    for (let status = queue.shift(); status; status = queue.shift()) {
      for (const action of POST_ACTIONS.filter((candidate) => candidate !== 'approve')) {
        const result = check(action, status);
        if ('to' in result && !reached.has(result.to)) {
          reached.add(result.to);
          queue.push(result.to);
        }
      }
    }
    expect([...reached].sort()).toEqual(['draft', 'in_review']);
    expect(POST_STATUSES).toContain('approved');
  });
});

describe('statusAfterEdit', () => {
  it('an approved or scheduled post goes back to review when approval is required', () => {
    expect(statusAfterEdit('approved', true)).toBe('in_review');
    expect(statusAfterEdit('scheduled', true)).toBe('in_review');
    expect(statusAfterEdit('in_review', true)).toBe('in_review');
    expect(statusAfterEdit('draft', true)).toBe('draft');
  });

  it('stays where it is without approval; a failed post becomes a draft again', () => {
    expect(statusAfterEdit('scheduled', false)).toBe('scheduled');
    expect(statusAfterEdit('failed', false)).toBe('draft');
    expect(statusAfterEdit('failed', true)).toBe('draft');
  });
});

describe('postStatusFromTargets', () => {
  it.each([
    [['published', 'published'], 'published'],
    [['pending', 'pending'], 'scheduled'],
    [['published', 'waiting'], 'publishing'],
    [['published', 'reconciling'], 'publishing'],
    [['published', 'needs_check'], 'needs_check'],
    [['published', 'failed'], 'failed'],
    [['missed', 'published'], 'failed'],
    [['failed', 'needs_check'], 'needs_check'],
  ] as const)('%j gives %s', (targets, status) => {
    expect(postStatusFromTargets(targets)).toBe(status);
  });
});
