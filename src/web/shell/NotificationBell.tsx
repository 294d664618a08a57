import { useEffect } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { notificationMessage } from './NotificationText.js';

/** Alerts are not urgent to the second; a minute keeps the badge fresh at little cost. */
const REFRESH_MS = 60_000;

/** The bell in the top bar: your unread count, the newest notifications, and "mark all read". A <details> element, like the user menu. */
export function NotificationBell({ workspaceId }: { workspaceId: string }) {
  const { t, formatDateTime } = useI18n();
  const { data, reload } = useApiData(`notifications:${workspaceId}`, () => api.call('listNotifications', { params: { workspaceId } }));
  const marking = useApiAction();

  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const unread = data.state === 'loaded' ? data.value.unread : 0;
  const markAllRead = () => void marking.run(() => api.call('markNotificationsRead', { params: { workspaceId }, body: {} }).then(() => undefined)).then(reload);

  return (
    <details className="user-menu notification-bell" onToggle={(event) => (event.currentTarget.open ? reload() : undefined)}>
      <summary data-testid="notification-bell" aria-label={`${t('notifications.label')}: ${t('notifications.unread', { count: unread })}`}>
        <span aria-hidden="true">🔔</span>
        {unread > 0 ? (
          <span className="badge" data-testid="notification-unread">
            {unread}
          </span>
        ) : null}
      </summary>
      <div className="user-menu-panel" role="region" aria-label={t('notifications.label')}>
        {data.state === 'failed' ? <p className="muted">{t('notifications.failed')}</p> : null}
        <FailureMessage failure={marking.failure} />
        {data.state === 'loaded' && data.value.items.length === 0 ? <p className="muted">{t('notifications.empty')}</p> : null}
        {data.state === 'loaded' && data.value.items.length > 0 ? (
          <>
            <ul className="notification-list" data-testid="notification-list">
              {data.value.items.map((item) => {
                const { key, vars } = notificationMessage(item.type, item.payload);
                return (
                  <li key={item.id} data-testid="notification-item" data-unread={item.readAt === null}>
                    {item.readAt === null ? <strong>{t(key, vars)}</strong> : t(key, vars)}
                    <br />
                    <small className="muted">{formatDateTime(item.createdAt)}</small>
                  </li>
                );
              })}
            </ul>
            {unread > 0 ? (
              <button type="button" className="button-secondary" onClick={markAllRead} disabled={marking.pending} data-testid="notifications-mark-read">
                {t('notifications.markAllRead')}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </details>
  );
}
