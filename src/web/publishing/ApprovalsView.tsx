import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { allowedActions } from './postActions.js';
import { PostList } from './PostList.js';
import { PublishingFailure } from './PublishingFailure.js';
import { ReviewActions } from './ReviewActions.js';
import type { Post } from './types.js';

interface ApprovalsViewProps {
  membership: Membership;
  userId: string;
  timeZone: string;
  /** Changes when a post changed elsewhere (the composer), so the list loads again. */
  version: number;
  onOpen: (post: Post) => void;
  onChanged: () => void;
}

/** Posts waiting for review (P5), with approve and reject for those who may. */
export function ApprovalsView({ membership, userId, timeZone, version, onOpen, onChanged }: ApprovalsViewProps) {
  const { t } = useI18n();
  const workspaceId = membership.workspace.id;
  const { data, reload } = useApiData(`approvals:${workspaceId}:${version}`, () => api.call('listPosts', { params: { workspaceId }, query: { status: 'in_review' } }));
  const action = useApiAction();

  const act = (post: Post, name: 'approve' | 'reject', comment?: string) =>
    void action
      .run(async () => {
        await api.call('postAction', { params: { workspaceId, postId: post.id }, body: { action: name, expectedVersion: post.version, ...(comment ? { comment } : {}) } });
      })
      .then((done) => {
        if (done) onChanged();
        reload();
      });

  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="approvals-error" />;
  return (
    <section data-testid="approvals">
      <p className="hint">{t('calendar.approvals.hint')}</p>
      <PublishingFailure failure={action.failure} testId="approvals-action-error" />
      <PostList
        posts={data.value.items}
        timeZone={timeZone}
        empty={t('calendar.approvals.empty')}
        testId="approvals-list"
        onOpen={onOpen}
        actions={(post) => {
          const allowed = allowedActions({ role: membership.role, status: post.status, approvalRequired: true, isAuthor: post.author?.id === userId });
          return (
            <ReviewActions
              canApprove={allowed.includes('approve')}
              canReject={allowed.includes('reject')}
              busy={action.pending}
              onApprove={(comment) => act(post, 'approve', comment)}
              onReject={(comment) => act(post, 'reject', comment)}
            />
          );
        }}
      />
    </section>
  );
}
