/**
 * The life of a post (P5, P6): `draft → in_review → approved → scheduled → publishing →
 * published | failed | needs_check`. Which action moves a post from which state, and who may take
 * it, is this one table; the use cases and the API cannot go around it.
 */
import type { Action as Permission } from '../access/permissions.js';

export const POST_STATUSES = ['draft', 'in_review', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'needs_check'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** What people do to a post; publishing itself is the pipeline's, not a person's. */
export const POST_ACTIONS = ['submit', 'approve', 'reject', 'schedule', 'unschedule', 'return_to_draft'] as const;
export type PostAction = (typeof POST_ACTIONS)[number];

interface Rule {
  from: readonly PostStatus[];
  permission: Permission;
}

const RULES: Record<PostAction, Rule> = {
  submit: { from: ['draft'], permission: 'content.write' },
  approve: { from: ['in_review'], permission: 'content.approve' },
  reject: { from: ['in_review'], permission: 'content.approve' },
  schedule: { from: ['draft', 'approved'], permission: 'content.write' },
  unschedule: { from: ['scheduled'], permission: 'content.write' },
  // A failed post goes back to the author's desk to be fixed and sent through again.
  return_to_draft: { from: ['failed', 'in_review', 'approved'], permission: 'content.write' },
};

export type TransitionRefusal =
  | { reason: 'wrong_state'; allowedFrom: readonly PostStatus[] }
  | { reason: 'approval_required' }
  | { reason: 'own_post' };

export interface TransitionCheck {
  action: PostAction;
  status: PostStatus;
  approvalRequired: boolean;
  /** Whether the person acting wrote the post; an approver does not approve their own. */
  actorIsAuthor: boolean;
}

/** The permission an action needs. */
export function permissionFor(action: PostAction): Permission {
  return RULES[action].permission;
}

/** The status an action leads to, or why it may not be taken now. */
export function transition(check: TransitionCheck): { to: PostStatus } | { refused: TransitionRefusal } {
  const rule = RULES[check.action];
  if (!rule.from.includes(check.status)) return { refused: { reason: 'wrong_state', allowedFrom: rule.from } };
  switch (check.action) {
    case 'submit':
      return { to: 'in_review' };
    case 'approve':
      // Four eyes: the point of an approval is that someone other than the author looked.
      return check.actorIsAuthor ? { refused: { reason: 'own_post' } } : { to: 'approved' };
    case 'reject':
      return { to: 'draft' };
    case 'schedule':
      return check.status === 'draft' && check.approvalRequired ? { refused: { reason: 'approval_required' } } : { to: 'scheduled' };
    case 'unschedule':
      return { to: check.approvalRequired ? 'approved' : 'draft' };
    case 'return_to_draft':
      return { to: 'draft' };
  }
}

/** Statuses in which the content can still be changed; from publishing on it belongs to the network. */
export const EDITABLE_STATUSES: readonly PostStatus[] = ['draft', 'in_review', 'approved', 'scheduled', 'failed'];

/**
 * The status after an edit: a post someone approved is not the post they approved any more, so
 * where approval is required an edit sends it back to review (and off the schedule).
 */
export function statusAfterEdit(status: PostStatus, approvalRequired: boolean): PostStatus {
  if (status === 'failed') return 'draft';
  if (!approvalRequired) return status;
  return status === 'approved' || status === 'scheduled' ? 'in_review' : status;
}

/**
 * One post on one account. `pending` waits for its time, `waiting` for a retry or a rate-limit
 * reset, `reconciling` for a look on the network after an unknown outcome; `needs_check` means a
 * person must look, because the network offers no way to find the post again.
 */
export const TARGET_STATUSES = ['pending', 'waiting', 'publishing', 'reconciling', 'published', 'failed', 'needs_check', 'missed'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * A scheduled post's status from its targets (one per account): published when every target is;
 * needs_check while any target's outcome is unknown and nothing is still moving; failed when any
 * target failed or was missed and nothing else is pending; publishing otherwise.
 */
export function postStatusFromTargets(targets: readonly TargetStatus[]): PostStatus {
  if (targets.length > 0 && targets.every((status) => status === 'published')) return 'published';
  const moving = targets.some((status) => status === 'pending' || status === 'waiting' || status === 'publishing' || status === 'reconciling');
  if (moving) return targets.every((status) => status === 'pending') ? 'scheduled' : 'publishing';
  if (targets.includes('needs_check')) return 'needs_check';
  return 'failed';
}
