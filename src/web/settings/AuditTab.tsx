import { useState } from 'react';
import type { EndpointOutput } from '../../client/client.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { DataTable } from '../components/DataTable.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { AuditRow } from './AuditRow.js';

export type AuditEntry = EndpointOutput<'listAudit'>['items'][number];

const PAGE_SIZE = 50;

export function AuditTab({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  const workspaceId = membership.workspace.id;
  const { data } = useApiData(`audit:${workspaceId}`, async () =>
    (await api.call('listAudit', { params: { workspaceId }, query: { limit: PAGE_SIZE } })).items,
  );
  const older = useApiAction();
  const [olderEntries, setOlderEntries] = useState<AuditEntry[]>([]);
  const [reachedEnd, setReachedEnd] = useState(false);

  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} />;

  const entries = [...data.value, ...olderEntries];
  const hasMore = !reachedEnd && data.value.length === PAGE_SIZE;
  const loadOlder = () => {
    const before = entries.at(-1)?.id;
    void older.run(async () => {
      const page = await api.call('listAudit', { params: { workspaceId }, query: { limit: PAGE_SIZE, before } });
      setOlderEntries((current) => [...current, ...page.items]);
      if (page.items.length < PAGE_SIZE) setReachedEnd(true);
    });
  };

  return (
    <div className="card">
      <h2>{t('settings.audit.heading')}</h2>
      <p className="muted">{t('settings.audit.intro')}</p>
      {entries.length === 0 ? (
        <p className="empty-state" data-testid="audit-empty">
          {t('settings.audit.empty')}
        </p>
      ) : (
        <DataTable testId="audit-table" headings={[t('settings.audit.when'), t('settings.audit.who'), t('settings.audit.action'), t('settings.audit.target'), t('settings.audit.details')]}>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} timeZone={membership.workspace.timezone} />
          ))}
        </DataTable>
      )}
      <FailureMessage failure={older.failure} />
      {hasMore ? (
        <button type="button" className="button-secondary" disabled={older.pending} onClick={loadOlder} data-testid="audit-load-older">
          {t('settings.audit.loadOlder')}
        </button>
      ) : null}
    </div>
  );
}
