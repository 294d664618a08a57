import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

interface ReviewActionsProps {
  canApprove: boolean;
  canReject: boolean;
  busy: boolean;
  /** With the reviewer's note for the author, when they wrote one. */
  onApprove: (comment?: string) => void;
  onReject: (comment: string) => void;
}

/**
 * Approve (straight away, or with a note the author sees in the post's history), or reject with
 * a comment that tells the author what to change (P5).
 */
export function ReviewActions({ canApprove, canReject, busy, onApprove, onReject }: ReviewActionsProps) {
  const { t } = useI18n();
  const [commenting, setCommenting] = useState<'approve' | 'reject' | undefined>(undefined);
  const [comment, setComment] = useState('');
  if (!canApprove && !canReject) return null;
  if (commenting) {
    const rejecting = commenting === 'reject';
    const note = comment.trim();
    return (
      <form
        className="pub-reject"
        onSubmit={(event) => {
          event.preventDefault();
          if (rejecting) onReject(note);
          else onApprove(note === '' ? undefined : note);
        }}
        data-testid={rejecting ? 'reject-form' : 'approve-form'}
      >
        <label className="field">
          <span>{t(rejecting ? 'publishing.review.comment' : 'publishing.review.approveComment')}</span>
          <textarea required={rejecting} maxLength={2000} rows={3} value={comment} onChange={(event) => setComment(event.target.value)} data-testid={rejecting ? 'reject-comment' : 'approve-comment'} />
        </label>
        <div className="form-actions">
          {rejecting ? (
            <button type="submit" className="button-danger" disabled={busy || note === ''} data-testid="reject-confirm">
              {t('publishing.action.reject')}
            </button>
          ) : (
            <button type="submit" className="button-primary" disabled={busy} data-testid="approve-confirm">
              {t('publishing.action.approve')}
            </button>
          )}
          <button type="button" className="button-secondary" onClick={() => setCommenting(undefined)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <span className="pub-review-buttons">
      {canApprove ? (
        <button type="button" className="button-primary" disabled={busy} onClick={() => onApprove()} data-testid="approve">
          {t('publishing.action.approve')}
        </button>
      ) : null}
      {canApprove ? (
        <button type="button" className="button-secondary" disabled={busy} onClick={() => setCommenting('approve')} data-testid="approve-with-comment">
          {t('publishing.review.approveWithComment')}
        </button>
      ) : null}
      {canReject ? (
        <button type="button" className="button-secondary" disabled={busy} onClick={() => setCommenting('reject')} data-testid="reject">
          {t('publishing.action.reject')}
        </button>
      ) : null}
    </span>
  );
}
