import { useI18n } from '../i18n/I18nProvider.js';
import { statusKey } from './labels.js';
import type { ConversationDetail } from './types.js';

/** For comments: the workspace's post they are under, as far as the network told us about it. */
export function PostContext({ detail }: { detail: ConversationDetail }) {
  const { t } = useI18n();
  if (detail.conversation.kind !== 'post') return null;
  const rootPostId = detail.items.find((item) => item.rootPostId)?.rootPostId;
  const firstUrl = detail.items.find((item) => item.direction === 'inbound' && item.url)?.url;
  return (
    <div className="inbox-post-context" data-testid="post-context">
      <strong>{t('inbox.post.heading', { account: detail.conversation.accountHandle })}</strong>
      {rootPostId ? (
        <span className="muted">
          {' '}
          {t('inbox.post.id')} <code data-testid="post-root-id">{rootPostId}</code>
        </span>
      ) : null}
      {firstUrl ? (
        <>
          {' · '}
          <a href={firstUrl} target="_blank" rel="noreferrer noopener">
            {t('inbox.post.open')}
          </a>
        </>
      ) : null}
    </div>
  );
}

/** The contact's other conversations with the workspace, newest first. */
export function ContactHistory({ history, timeZone, onOpen }: { history: ConversationDetail['history']; timeZone: string; onOpen: (id: string) => void }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="inbox-history" data-testid="contact-history">
      <h3>{t('inbox.history.heading')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('inbox.history.empty')}</p>
      ) : (
        <ul>
          {history.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="button-link" onClick={() => onOpen(entry.id)}>
                {entry.preview || t('inbox.unknownContact')}
              </button>{' '}
              <span className="muted">
                {t(statusKey(entry.status))}
                {entry.lastItemAt ? ` · ${formatDateTime(entry.lastItemAt, timeZone)}` : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
