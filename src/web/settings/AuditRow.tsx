import { useI18n } from '../i18n/I18nProvider.js';
import type { AuditEntry } from './AuditTab.js';

/** A deleted person or key has no name any more; its id's first characters still tell them apart. */
const shortId = (id: string) => (/^[0-9a-f-]{36}$/i.test(id) ? id.slice(0, 8) : id);

export function AuditRow({ entry, timeZone }: { entry: AuditEntry; timeZone: string }) {
  const { t, formatDateTime } = useI18n();
  const details = Object.keys(entry.details).length > 0 ? JSON.stringify(entry.details) : '';
  return (
    <tr data-testid="audit-row">
      <td className="nowrap">{formatDateTime(entry.createdAt, timeZone)}</td>
      <td>
        <Actor entry={entry} />
      </td>
      <td>
        {/* Action ids such as "member.added" are stable identifiers, shown as they are. */}
        <code>{entry.action}</code>
      </td>
      <td>{entry.targetType ? `${entry.targetType} ${entry.targetId ? shortId(entry.targetId) : ''}`.trim() : t('common.none')}</td>
      <td>{details ? <code className="details">{details}</code> : null}</td>
    </tr>
  );
}

function Actor({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  if (entry.actorUserId) return <>{entry.actorName ?? t('settings.audit.formerMember', { id: shortId(entry.actorUserId) })}</>;
  if (entry.actorApiKeyId) return <>{t('settings.audit.viaApiKey', { name: entry.actorName ?? shortId(entry.actorApiKeyId) })}</>;
  return <>{t('settings.audit.system')}</>;
}
