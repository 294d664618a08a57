import { useI18n } from '../i18n/I18nProvider.js';
import { navigate } from '../routing/navigation.js';
import { pathFor, sameRouteInWorkspace, type Route } from '../routing/routes.js';
import { useSignedInSession } from '../session/SessionProvider.js';

const NEW_WORKSPACE = 'new';
const NONE = '';

/** Every workspace the person belongs to; switching keeps the open section. */
export function WorkspaceSwitcher({ route, currentWorkspaceId }: { route: Route; currentWorkspaceId: string | undefined }) {
  const { t } = useI18n();
  const { memberships } = useSignedInSession();
  const onChange = (value: string) => {
    if (value === NEW_WORKSPACE) navigate(pathFor({ name: 'newWorkspace' }));
    else if (value !== NONE) navigate(sameRouteInWorkspace(route, value));
  };
  return (
    <label className="inline-field workspace-switcher">
      <span className="visually-hidden">{t('shell.workspace')}</span>
      <select value={currentWorkspaceId ?? NONE} onChange={(event) => onChange(event.target.value)} data-testid="workspace-select">
        {currentWorkspaceId ? null : (
          <option value={NONE} disabled>
            {t('shell.chooseWorkspace')}
          </option>
        )}
        {memberships.map(({ workspace }) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
        <option value={NEW_WORKSPACE}>{t('shell.newWorkspace')}</option>
      </select>
    </label>
  );
}
