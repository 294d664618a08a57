import { useState, type Ref } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/** An internal note: seen by the team, never sent to the network. */
export function NoteComposer({ busy, onAdd, textareaRef }: { busy: boolean; onAdd: (text: string) => Promise<boolean>; textareaRef: Ref<HTMLTextAreaElement> }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <form
      className="inbox-composer inbox-note-composer"
      data-testid="note-composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return;
        void onAdd(text.trim()).then((added) => {
          if (added) setText('');
        });
      }}
    >
      <label htmlFor="inbox-note-text">{t('inbox.note.label')}</label>
      <textarea id="inbox-note-text" ref={textareaRef} rows={2} value={text} onChange={(event) => setText(event.target.value)} data-testid="note-text" />
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={busy || text.trim() === ''} data-testid="note-add">
          {t('inbox.note.add')}
        </button>
        <span className="hint">{t('inbox.note.hint')}</span>
      </div>
    </form>
  );
}
