import { useI18n } from '../i18n/I18nProvider.js';
import { SentimentBadge } from './Badges.js';
import type { ThreadEntry } from './thread.js';
import type { InboxItem, InboxNote, InboxReply } from './types.js';

interface ThreadViewProps {
  entries: readonly ThreadEntry[];
  timeZone: string;
  canRetry: boolean;
  busy: boolean;
  onRetry: (reply: InboxReply) => void;
}

export function ThreadView({ entries, timeZone, canRetry, busy, onRetry }: ThreadViewProps) {
  const { t } = useI18n();
  return (
    <ol className="inbox-thread" data-testid="thread" aria-label={t('inbox.thread.label')}>
      {entries.map((entry) => {
        if (entry.type === 'item') return <ItemEntry key={entry.item.id} item={entry.item} timeZone={timeZone} />;
        if (entry.type === 'note') return <NoteEntry key={entry.note.id} note={entry.note} timeZone={timeZone} />;
        return <ReplyEntry key={entry.reply.id} reply={entry.reply} item={entry.item} timeZone={timeZone} canRetry={canRetry} busy={busy} onRetry={() => onRetry(entry.reply)} />;
      })}
    </ol>
  );
}

function ItemEntry({ item, timeZone }: { item: InboxItem; timeZone: string }) {
  const { t, formatDateTime } = useI18n();
  const author = item.author.name ? `${item.author.name} (@${item.author.handle})` : `@${item.author.handle}`;
  return (
    <li className={`inbox-entry inbox-entry-${item.direction}${item.deletedAt ? ' inbox-entry-deleted' : ''}`} data-testid="thread-item" data-direction={item.direction} data-item-id={item.id}>
      <div className="inbox-entry-meta">
        <strong>{item.sentBy ? item.sentBy.name : author}</strong>
        <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt, timeZone)}</time>
        {item.language ? <span className="muted">{item.language}</span> : null}
        <SentimentBadge sentiment={item.sentiment} />
        {item.editedAt ? <span className="muted" data-testid="item-edited">{t('inbox.thread.edited')}</span> : null}
        {item.deletedAt ? <span className="inbox-deleted-mark" data-testid="item-deleted">{t('inbox.thread.deleted')}</span> : null}
        {item.url ? (
          <a href={item.url} target="_blank" rel="noreferrer noopener">
            {t('inbox.thread.openOnNetwork')}
          </a>
        ) : null}
      </div>
      <p className="inbox-entry-text">{item.text}</p>
    </li>
  );
}

function NoteEntry({ note, timeZone }: { note: InboxNote; timeZone: string }) {
  const { t, formatDateTime } = useI18n();
  return (
    <li className="inbox-entry inbox-entry-note" data-testid="thread-note">
      <div className="inbox-entry-meta">
        <strong>{t('inbox.thread.note', { name: note.author?.name ?? t('inbox.thread.someone') })}</strong>
        <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, timeZone)}</time>
      </div>
      <p className="inbox-entry-text">{note.text}</p>
    </li>
  );
}

interface ReplyEntryProps {
  reply: InboxReply;
  item: InboxItem | undefined;
  timeZone: string;
  canRetry: boolean;
  busy: boolean;
  onRetry: () => void;
}

function ReplyEntry({ reply, item, timeZone, canRetry, busy, onRetry }: ReplyEntryProps) {
  const { t, formatDateTime } = useI18n();
  const at = reply.sentAt ?? reply.createdAt;
  return (
    <li className={`inbox-entry inbox-entry-outbound inbox-reply-${reply.status}`} data-testid="thread-reply" data-status={reply.status} data-external-id={item?.externalId ?? ''}>
      <div className="inbox-entry-meta">
        <strong>{reply.author?.name ?? t('inbox.thread.someone')}</strong>
        <time dateTime={at}>{formatDateTime(at, timeZone)}</time>
        <span className={`inbox-badge reply-status-${reply.status}`} data-testid="reply-status">
          {t(`inbox.replyStatus.${reply.status}`)}
        </span>
        {item?.url ? (
          <a href={item.url} target="_blank" rel="noreferrer noopener">
            {t('inbox.thread.openOnNetwork')}
          </a>
        ) : null}
      </div>
      <p className="inbox-entry-text">{reply.text}</p>
      {reply.failure ? (
        <div className="notice notice-error inbox-reply-failure" role="alert" data-testid="reply-failure" data-failure-kind={reply.failure.kind}>
          <p>{t(`connections.failureKind.${reply.failure.kind}`)}</p>
          <p className="notice-detail">{reply.failure.message}</p>
          {canRetry && reply.status === 'failed' ? (
            <button type="button" className="button-secondary" disabled={busy} onClick={onRetry} data-testid="reply-retry">
              {t('inbox.thread.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
      {reply.status === 'needs_check' ? <p className="hint">{t('inbox.thread.needsCheck')}</p> : null}
    </li>
  );
}
