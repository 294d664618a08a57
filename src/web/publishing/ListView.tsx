import { api } from '../api/apiClient.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { upcomingOf } from './calendarPosts.js';
import { PostList } from './PostList.js';
import type { Post } from './types.js';

/** How far ahead "upcoming" looks. */
const UPCOMING_DAYS = 90;

/**
 * The posts not on the schedule yet: those being written, waiting for review, and approved ones
 * waiting for their author to schedule them (which have no time and so no place on the grid).
 */
const NOT_SCHEDULED = ['draft', 'in_review', 'approved'] as const;

const latestFirst = (posts: Post[]): Post[] => posts.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));

interface ListViewProps {
  workspaceId: string;
  timeZone: string;
  version: number;
  onOpen: (post: Post) => void;
}

async function loadList(workspaceId: string) {
  const now = new Date();
  const params = { workspaceId };
  const to = new Date(now.getTime() + UPCOMING_DAYS * 86_400_000).toISOString();
  const [scheduled, ...unscheduled] = await Promise.all([
    api.call('listPosts', { params, query: { from: now.toISOString(), to } }),
    ...NOT_SCHEDULED.map((status) => api.call('listPosts', { params, query: { status } })),
  ]);
  return { upcoming: upcomingOf(scheduled.items, now), notScheduled: latestFirst(unscheduled.flatMap(({ items }) => items)) };
}

/** The list view: what goes out next, and the posts still being written, reviewed or waiting to be scheduled. */
export function ListView({ workspaceId, timeZone, version, onOpen }: ListViewProps) {
  const { t } = useI18n();
  const { data } = useApiData(`calendar-list:${workspaceId}:${version}`, () => loadList(workspaceId));
  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="calendar-list-error" />;
  return (
    <div className="pub-list-view" data-testid="calendar-list">
      <section>
        <h2>{t('calendar.list.upcoming', { days: UPCOMING_DAYS })}</h2>
        <PostList posts={data.value.upcoming} timeZone={timeZone} empty={t('calendar.list.upcomingEmpty')} testId="upcoming-list" onOpen={onOpen} />
      </section>
      <section>
        <h2>{t('calendar.list.drafts')}</h2>
        <PostList posts={data.value.notScheduled} timeZone={timeZone} empty={t('calendar.list.draftsEmpty')} testId="drafts-list" onOpen={onOpen} />
      </section>
    </div>
  );
}
