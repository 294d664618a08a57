import { useState } from 'react';
import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';

/** Saved replies: the list, adding one with variables, removing one. */
export function SavedRepliesPanel({ membership, onChanged }: { membership: Membership; onChanged: () => void }) {
  const { t } = useI18n();
  const workspaceId = membership.workspace.id;
  const manage = can(membership.role, 'inbox.reply');
  const { data, reload } = useApiData(`saved-replies:${workspaceId}`, () => api.call('listSavedReplies', { params: { workspaceId } }));
  const action = useApiAction();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');

  const change = (request: () => Promise<unknown>, after?: () => void) =>
    void action
      .run(async () => {
        await request();
        after?.();
      })
      .then(() => {
        reload();
        onChanged();
      });

  return (
    <div className="inbox-panel" data-testid="saved-replies-panel">
      <p className="hint">{t('inbox.saved.variables')}</p>
      <FailureMessage failure={action.failure} testId="saved-replies-error" />
      {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} testId="saved-replies-load-error" /> : null}
      {data.state === 'loaded' && data.value.items.length === 0 ? <p className="empty-state">{t('inbox.saved.empty')}</p> : null}
      {data.state === 'loaded' && data.value.items.length > 0 ? (
        <ul className="inbox-saved-list">
          {data.value.items.map((saved) => (
            <li key={saved.id} data-testid="saved-reply" data-title={saved.title}>
              <div>
                <strong>{saved.title}</strong>
                <p className="muted">{saved.body}</p>
              </div>
              {manage ? (
                <ConfirmButton
                  label={t('common.delete')}
                  question={t('inbox.saved.deleteQuestion', { title: saved.title })}
                  confirmLabel={t('common.delete')}
                  disabled={action.pending}
                  onConfirm={() => change(() => api.call('deleteSavedReply', { params: { workspaceId, savedReplyId: saved.id } }))}
                  testId="saved-reply-delete"
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {manage ? (
        <form
          className="form"
          data-testid="saved-reply-form"
          onSubmit={(event) => {
            event.preventDefault();
            change(
              () => api.call('createSavedReply', { params: { workspaceId }, body: { title, body } }),
              () => {
                setTitle('');
                setBody('');
              },
            );
          }}
        >
          <h3>{t('inbox.saved.add')}</h3>
          <label className="field">
            <span>{t('inbox.saved.title')}</span>
            <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={100} data-testid="saved-reply-title" />
          </label>
          <label className="field">
            <span>{t('inbox.saved.body')}</span>
            <textarea value={body} onChange={(event) => setBody(event.target.value)} required rows={4} maxLength={5000} data-testid="saved-reply-body" />
          </label>
          <button type="submit" className="button-primary" disabled={action.pending} data-testid="saved-reply-save">
            {t('common.save')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
