import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../routing/navigation.js';
import { pathFor } from '../../routing/routes.js';
import type { StrategyVersion } from '../types.js';

/** Export routes are documents, not JSON, so they are plain links outside the typed client. */
function exportHref(workspaceId: string, extension: 'md' | 'pdf', lang: string, version: number | undefined): string {
  const query = new URLSearchParams({ lang });
  if (version !== undefined) query.set('version', String(version));
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/strategy/export.${extension}?${query.toString()}`;
}

interface StrategyToolbarProps {
  workspaceId: string;
  strategy: StrategyVersion;
  latest: number;
  canEdit: boolean;
  onShowLatest: () => void;
}

/** Export, edit, and which version is on screen. */
export function StrategyToolbar({ workspaceId, strategy, latest, canEdit, onShowLatest }: StrategyToolbarProps) {
  const { t, locale } = useI18n();
  const older = strategy.version !== latest;
  const version = older ? strategy.version : undefined;
  return (
    <>
      <div className="form-actions strategy-toolbar">
        <a className="button-secondary button-link-like" href={exportHref(workspaceId, 'md', locale, version)} download data-testid="export-md">
          {t('strategy.exportMarkdown')}
        </a>
        <a className="button-secondary button-link-like" href={exportHref(workspaceId, 'pdf', locale, version)} download data-testid="export-pdf">
          {t('strategy.exportPdf')}
        </a>
        {canEdit ? (
          <Link to={pathFor({ name: 'strategyWizard', workspaceId })} className="button-primary button-link-like" data-testid="strategy-edit">
            {t('strategy.editInWizard')}
          </Link>
        ) : null}
      </div>
      {older ? (
        <p className="notice notice-warning" data-testid="strategy-older-version">
          {t('strategy.viewingOlder', { version: strategy.version, latest })}{' '}
          <button type="button" className="button-link" onClick={onShowLatest} data-testid="strategy-show-latest">
            {t('strategy.showLatest')}
          </button>
        </p>
      ) : null}
    </>
  );
}
