import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { excerpt, StatusBadge, targetHandles } from './PostChip.js';
import type { Post } from './types.js';

interface PostListProps {
  posts: readonly Post[];
  timeZone: string;
  empty: string;
  testId: string;
  onOpen: (post: Post) => void;
  /** Extra controls at the end of each row (the approvals' approve and reject). */
  actions?: (post: Post) => ReactNode;
}

/** Posts as rows: time, status, accounts and the first words; the list view and the approvals use it. */
export function PostList({ posts, timeZone, empty, testId, onOpen, actions }: PostListProps) {
  const { t, formatDateTime } = useI18n();
  if (posts.length === 0) {
    return (
      <p className="empty-state" data-testid={`${testId}-empty`}>
        {empty}
      </p>
    );
  }
  return (
    <ul className="pub-list" data-testid={testId}>
      {posts.map((post) => (
        <li key={post.id} className="pub-list-row" data-testid="post-row" data-post-id={post.id}>
          <button type="button" className="pub-list-open" onClick={() => onOpen(post)}>
            <span className="pub-list-top">
              <StatusBadge status={post.status} />
              <span className="muted">{post.scheduledAt ? formatDateTime(post.scheduledAt, timeZone) : t('calendar.list.noTime')}</span>
              <span className="muted">{targetHandles(post)}</span>
              {post.author ? <span className="muted">{t('calendar.list.by', { name: post.author.name })}</span> : null}
            </span>
            <span className="pub-list-text">{excerpt(post, 140) || t('calendar.list.noText')}</span>
          </button>
          {actions ? <div className="pub-list-actions">{actions(post)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
