import { useI18n } from '../i18n/I18nProvider.js';
import { useSession, useSignedInSession } from '../session/SessionProvider.js';

/** The signed-in person, with Log out. A <details> element: keyboard and screen-reader friendly. */
export function UserMenu() {
  const { t } = useI18n();
  const { logOut } = useSession();
  const { user } = useSignedInSession();
  return (
    <details className="user-menu">
      <summary data-testid="user-menu">{user.name}</summary>
      <div className="user-menu-panel">
        <p className="muted">{user.email}</p>
        <button type="button" className="button-secondary" onClick={() => void logOut()} data-testid="logout">
          {t('shell.logOut')}
        </button>
      </div>
    </details>
  );
}
