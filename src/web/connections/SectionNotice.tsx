import type { MessageKey } from '../i18n/dictionaries.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageVars } from '../i18n/translate.js';

/** The outcome of the last action on connections, kept as a message key so it follows the language. */
export interface Notice {
  tone: 'success' | 'warning' | 'error';
  key: MessageKey;
  vars?: MessageVars;
  /** Words from the server or the network, shown as they came. */
  detail?: string;
}

const TONE_CLASS: Record<Notice['tone'], string> = { success: 'notice-success', warning: 'notice-warning', error: 'notice-error' };

export function SectionNotice({ notice, onDismiss }: { notice: Notice | undefined; onDismiss: () => void }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div className={`notice ${TONE_CLASS[notice.tone]} section-notice`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="connections-notice" data-tone={notice.tone}>
      <div>
        <p>{t(notice.key, notice.vars)}</p>
        {notice.detail ? <p className="notice-detail">{notice.detail}</p> : null}
      </div>
      <button type="button" className="button-link" onClick={onDismiss} data-testid="connections-notice-dismiss">
        {t('connections.notice.dismiss')}
      </button>
    </div>
  );
}
