import { useState, type Ref } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { savedReplyFor } from './savedReplyText.js';
import { textLength } from './textLength.js';
import type { ConversationDetail, SavedReply } from './types.js';

interface ReplyComposerProps {
  conversation: ConversationDetail['conversation'];
  savedReplies: readonly SavedReply[];
  agentName: string;
  busy: boolean;
  /** Resolves to whether the reply was accepted; the draft is kept when it was not. */
  onSend: (text: string, idempotencyKey: string) => Promise<boolean>;
  textareaRef: Ref<HTMLTextAreaElement>;
}

/**
 * The reply box. Each draft carries one idempotency key until it is sent, so a double click or a
 * resend after a lost answer reaches the network once.
 */
export function ReplyComposer({ conversation, savedReplies, agentName, busy, onSend, textareaRef }: ReplyComposerProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [draftKey, setDraftKey] = useState(() => crypto.randomUUID());
  const { maxLength, counting } = conversation.replyLimits;
  const length = textLength(text, counting);
  const over = length > maxLength;
  const empty = text.trim() === '';

  const applySavedReply = (id: string) => {
    const saved = savedReplies.find((reply) => reply.id === id);
    if (saved) setText(savedReplyFor(saved.body, conversation, agentName));
  };

  const send = async () => {
    if (busy || over || empty) return;
    if (await onSend(text.trim(), draftKey)) {
      setText('');
      setDraftKey(crypto.randomUUID());
    }
  };

  return (
    <form
      className="inbox-composer"
      data-testid="reply-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <div className="inbox-composer-head">
        <label htmlFor="inbox-reply-text">{t('inbox.reply.label', { handle: conversation.accountHandle })}</label>
        {savedReplies.length > 0 ? (
          <select value="" onChange={(event) => applySavedReply(event.target.value)} aria-label={t('inbox.reply.useSaved')} data-testid="saved-reply-picker">
            <option value="">{t('inbox.reply.useSaved')}</option>
            {savedReplies.map((saved) => (
              <option key={saved.id} value={saved.id}>
                {saved.title}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <textarea
        id="inbox-reply-text"
        ref={textareaRef}
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          }
        }}
        aria-describedby="inbox-reply-count"
        aria-invalid={over}
        data-testid="reply-text"
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || over || empty} data-testid="reply-send">
          {busy ? t('inbox.reply.sending') : t('inbox.reply.send')}
        </button>
        <span id="inbox-reply-count" className={over ? 'inbox-count inbox-count-over' : 'inbox-count'} data-testid="reply-count" data-over={over}>
          {t('inbox.reply.count', { length, max: maxLength })}
          {over ? ` — ${t('inbox.reply.tooLong', { over: length - maxLength })}` : null}
        </span>
        <span className="hint">{t('inbox.reply.sendHint')}</span>
      </div>
    </form>
  );
}
