import type { EndpointOutput } from '../../../client/client.js';
import { useI18n } from '../../i18n/I18nProvider.js';

type VersionEntry = EndpointOutput<'listStrategyVersions'>['items'][number];

interface VersionHistoryProps {
  versions: readonly VersionEntry[];
  shown: number;
  timeZone: string;
  onShow: (version: number) => void;
}

/** Every saved version, newest first; any of them can be opened. */
export function VersionHistory({ versions, shown, timeZone, onShow }: VersionHistoryProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="card" data-testid="strategy-versions">
      <h2>{t('strategy.versions.heading')}</h2>
      <ol className="version-list">
        {versions.map((entry) => (
          <li key={entry.version} data-testid="strategy-version" data-version={entry.version}>
            {entry.version === shown ? (
              <strong aria-current="true">{t('strategy.versions.version', { version: entry.version })}</strong>
            ) : (
              <button type="button" className="button-link" onClick={() => onShow(entry.version)} data-testid={`strategy-version-open-${entry.version}`}>
                {t('strategy.versions.version', { version: entry.version })}
              </button>
            )}{' '}
            <span className="muted">
              {formatDateTime(entry.createdAt, timeZone)} · {entry.createdBy?.name ?? t('strategy.versions.unknownAuthor')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
