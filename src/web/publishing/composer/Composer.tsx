import { api } from '../../api/apiClient.js';
import { useApiData } from '../../api/useApiData.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useDrawer } from '../../components/useDrawer.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Membership } from '../../session/SessionProvider.js';
import type { PublishingChoices } from '../usePublishingChoices.js';
import { ComposerForm } from './ComposerForm.js';

/** What the composer opens on: a saved post, or a new one (on a day, when started from the grid). */
export interface ComposerOpening {
  postId?: string;
  /** A `datetime-local` value in the viewer's zone. */
  scheduledAt?: string;
}

export interface ComposerProps {
  membership: Membership;
  userId: string;
  choices: PublishingChoices;
  timeZone: string;
  opening: ComposerOpening;
  onChanged: () => void;
  onClose: () => void;
}

/** The composer as a drawer over the calendar; Escape or the close button leaves it. */
export function Composer(props: ComposerProps) {
  const { t } = useI18n();
  const { onClose } = props;
  const closeRef = useDrawer(onClose);
  const { postId } = props.opening;
  return (
    <aside className="pub-drawer" role="dialog" aria-labelledby="composer-title" data-testid="composer">
      <div className="pub-drawer-head">
        <h2 id="composer-title">{postId ? t('composer.titleEdit') : t('composer.titleNew')}</h2>
        <button ref={closeRef} type="button" className="button-secondary" onClick={onClose} data-testid="composer-close">
          {t('composer.close')}
        </button>
      </div>
      {postId ? <SavedPost {...props} postId={postId} /> : <ComposerForm {...props} initialPost={undefined} />}
    </aside>
  );
}

function SavedPost(props: ComposerProps & { postId: string }) {
  const { t } = useI18n();
  const workspaceId = props.membership.workspace.id;
  const { data } = useApiData(`post:${workspaceId}:${props.postId}`, () => api.call('getPost', { params: { workspaceId, postId: props.postId } }));
  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="composer-load-error" />;
  return <ComposerForm {...props} initialPost={data.value} />;
}
