import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { SHORTCUTS } from './shortcuts.js';

/** The "?" overlay: every shortcut of the inbox, from the same table the key handler reads. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="inbox-overlay" role="dialog" aria-modal="true" aria-labelledby="inbox-shortcuts-title" data-testid="shortcut-help" onClick={onClose}>
      <div className="card inbox-overlay-card" onClick={(event) => event.stopPropagation()}>
        <h2 id="inbox-shortcuts-title">{t('inbox.shortcut.title')}</h2>
        <dl className="inbox-shortcuts">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.key}>
              <dt>
                <kbd>{shortcut.key === 'Escape' ? 'Esc' : shortcut.key}</kbd>
              </dt>
              <dd>{t(shortcut.label)}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">{t('inbox.shortcut.notWhileTyping')}</p>
        <button ref={closeRef} type="button" className="button-secondary" onClick={onClose} data-testid="shortcut-help-close">
          {t('inbox.close')}
        </button>
      </div>
    </div>
  );
}
