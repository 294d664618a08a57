import { api } from '../../api/apiClient.js';
import { useApiAction, type ApiAction } from '../../api/useApiAction.js';
import type { PostAction } from '../../../core/publishing/workflow.js';
import { changedFields, draftFromPost, writeBody, type ComposerDraft } from '../composerDraft.js';
import type { PostDetail } from '../types.js';

interface CommandInput {
  workspaceId: string;
  timeZone: string;
  draft: ComposerDraft;
  post: PostDetail | undefined;
  /** Whether the person may change the post; without it an action never saves first. */
  editable: boolean;
  /** Whether the draft differs from the saved post. */
  dirty: boolean;
  onSaved: (post: PostDetail) => void;
  onChanged: () => void;
}

export interface ComposerCommands {
  action: ApiAction;
  save: () => void;
  act: (action: PostAction, extra?: { comment?: string }) => void;
  queue: () => void;
  remove: () => Promise<boolean>;
}

/**
 * The composer's writes. An action on a changed draft saves it first, so that what is submitted,
 * approved or scheduled is what the person sees; an unchanged post is not saved again, and a saved
 * post gets only what changed, because an edit of its content would send an approved post back to
 * review (a new time alone does not).
 */
export function useComposerCommands(input: CommandInput): ComposerCommands {
  const { workspaceId, timeZone, draft, post, editable, dirty, onSaved, onChanged } = input;
  const action = useApiAction();
  const body = () => writeBody(draft, timeZone);

  const reload = async (postId: string) => {
    const detail = await api.call('getPost', { params: { workspaceId, postId } });
    onSaved(detail);
    onChanged();
    return detail;
  };

  const saved = async (): Promise<{ id: string; version: number }> => {
    if (!post) {
      const created = await api.call('createPost', { params: { workspaceId }, body: body() });
      await reload(created.id);
      return created;
    }
    if (!editable || !dirty) return post;
    const changes = changedFields(body(), writeBody(draftFromPost(post, timeZone), timeZone));
    const updated = await api.call('updatePost', { params: { workspaceId, postId: post.id }, body: { expectedVersion: post.version, ...changes } });
    await reload(updated.id);
    return updated;
  };

  return {
    action,
    save: () => void action.run(async () => void (await saved())),
    act: (name, extra = {}) =>
      void action.run(async () => {
        const current = await saved();
        const scheduledAt = name === 'schedule' ? body().scheduledAt : null;
        await api.call('postAction', {
          params: { workspaceId, postId: current.id },
          body: { action: name, expectedVersion: current.version, ...(extra.comment ? { comment: extra.comment } : {}), ...(scheduledAt ? { scheduledAt } : {}) },
        });
        await reload(current.id);
      }),
    queue: () =>
      void action.run(async () => {
        const current = await saved();
        await api.call('addPostToQueue', { params: { workspaceId, postId: current.id }, body: { expectedVersion: current.version } });
        await reload(current.id);
      }),
    remove: () =>
      action.run(async () => {
        if (post) await api.call('deletePost', { params: { workspaceId, postId: post.id } });
        onChanged();
      }),
  };
}
