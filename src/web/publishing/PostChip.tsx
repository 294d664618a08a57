import type { DragEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { isMovable } from './calendarPosts.js';
import { statusKey, timeOfDay } from './labels.js';
import type { Post, PostStatus } from './types.js';

/** The post's status as a small coloured label; the colour is the status's, shared with the chips. */
export function StatusBadge({ status }: { status: PostStatus }) {
  const { t } = useI18n();
  return (
    <span className={`pub-status pub-status-${status}`} data-testid="post-status" data-status={status}>
      {t(statusKey(status))}
    </span>
  );
}

/** The handles a post goes to, e.g. "@shop.bsky.social, @shop@mastodon.social". */
export function targetHandles(post: Pick<Post, 'targets'>): string {
  return post.targets.map((target) => target.accountHandle).join(', ');
}

/** The first words of a post, for a chip or a list row. */
export function excerpt(post: Pick<Post, 'content'>, length = 60): string {
  const text = post.content.parts[0].text.replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

interface PostChipProps {
  /** With `projectedAt`: a later occurrence of a recurring series, not written yet; opening it opens the series' next post. */
  post: Post & { projectedAt?: string };
  timeZone: string;
  draggable: boolean;
  onOpen: (post: Post) => void;
}

/** One post in a calendar day: time, status colour, handles; dragged to move it to another day. */
export function PostChip({ post, timeZone, draggable, onOpen }: PostChipProps) {
  const { t, locale } = useI18n();
  const movable = draggable && isMovable(post);
  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData('application/x-chorus-post', post.id);
    event.dataTransfer.effectAllowed = 'move';
  };
  const time = post.scheduledAt ? timeOfDay(post.scheduledAt, locale, timeZone) : '';
  const projected = post.projectedAt !== undefined;
  const { projectedAt: _at, ...head } = post;
  const state = projected ? t('calendar.projected') : t(statusKey(post.status));
  return (
    <button
      type="button"
      className={projected ? 'pub-chip pub-chip-projected' : `pub-chip pub-status-${post.status}`}
      draggable={movable}
      onDragStart={movable ? onDragStart : undefined}
      onClick={() => onOpen(head)}
      title={`${state} · ${targetHandles(post)}${movable ? ` · ${t('calendar.dragHint')}` : ''}`}
      data-testid={projected ? 'calendar-chip-projected' : 'calendar-chip'}
      data-post-id={post.id}
      data-status={projected ? undefined : post.status}
    >
      <span className="pub-chip-time">{time}</span>
      {post.recurrence ? (
        <span className="pub-chip-repeat" title={t('composer.repeat')} aria-label={t('composer.repeat')} data-testid="calendar-chip-repeats">
          {' '}
          🔁
        </span>
      ) : null}{' '}
      <span className="pub-chip-handles">{targetHandles(post)}</span>
      <span className="pub-chip-text">{excerpt(post, 40)}</span>
    </button>
  );
}
