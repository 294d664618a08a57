/**
 * Which buttons a person sees on a post: the workflow's own table (core/publishing/workflow)
 * asked with their role, so the composer never offers what the server would refuse.
 */
import { can, type WorkspaceRole } from '../../core/access/permissions.js';
import { EDITABLE_STATUSES, permissionFor, POST_ACTIONS, transition, type PostAction, type PostStatus } from '../../core/publishing/workflow.js';

export interface ActionContext {
  role: WorkspaceRole;
  status: PostStatus;
  approvalRequired: boolean;
  /** Whether the person looking wrote the post; nobody approves their own. */
  isAuthor: boolean;
}

/** The workflow actions this person may take on the post now. */
export function allowedActions(context: ActionContext): PostAction[] {
  return POST_ACTIONS.filter((action) => {
    if (!can(context.role, permissionFor(action))) return false;
    const outcome = transition({ action, status: context.status, approvalRequired: context.approvalRequired, actorIsAuthor: context.isAuthor });
    return 'to' in outcome;
  });
}

/** Whether the person may change the post's content, time or accounts. */
export function canEditPost(role: WorkspaceRole, status: PostStatus): boolean {
  return can(role, 'content.write') && EDITABLE_STATUSES.includes(status);
}

/** Whether "add to queue" makes sense: it schedules, so it needs what scheduling needs. */
export function canQueue(context: ActionContext): boolean {
  return allowedActions(context).includes('schedule');
}

/** Statuses a post may be deleted in: before anything went out. */
export function canDeletePost(role: WorkspaceRole, status: PostStatus): boolean {
  return can(role, 'content.write') && status !== 'publishing' && status !== 'published' && status !== 'needs_check';
}
