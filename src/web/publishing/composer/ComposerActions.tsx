import type { PostAction } from '../../../core/publishing/workflow.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { actionKey } from '../labels.js';
import { ReviewActions } from '../ReviewActions.js';

interface ComposerActionsProps {
  allowed: readonly PostAction[];
  editable: boolean;
  deletable: boolean;
  /** Whether a time is chosen; scheduling needs one. */
  hasTime: boolean;
  /** Whether something stops the post from going out (a problem, a missing account or option). */
  blocked: boolean;
  busy: boolean;
  onSave: () => void;
  onAct: (action: PostAction, extra?: { comment?: string }) => void;
  onQueue: () => void;
  onDelete: () => void;
}

/** Only the buttons the person's role and the post's status allow; the server checks the same table. */
export function ComposerActions({ allowed, editable, deletable, hasTime, blocked, busy, onSave, onAct, onQueue, onDelete }: ComposerActionsProps) {
  const { t } = useI18n();
  const has = (action: PostAction) => allowed.includes(action);
  const button = (action: 'submit' | 'unschedule' | 'return_to_draft', disabled = false) =>
    has(action) ? (
      <button type="button" className="button-secondary" disabled={busy || disabled} onClick={() => onAct(action)} data-testid={`composer-${action}`}>
        {t(actionKey(action))}
      </button>
    ) : null;
  return (
    <div className="pub-actions" data-testid="composer-actions">
      <div className="form-actions">
        {editable ? (
          <button type="button" className="button-secondary" disabled={busy} onClick={onSave} data-testid="composer-save">
            {t('composer.saveDraft')}
          </button>
        ) : null}
        {button('submit', blocked)}
        {has('schedule') ? (
          <button type="button" className="button-primary" disabled={busy || blocked || !hasTime} onClick={() => onAct('schedule')} title={hasTime ? undefined : t('composer.scheduleNeedsTime')} data-testid="composer-schedule">
            {t('publishing.action.schedule')}
          </button>
        ) : null}
        {has('schedule') ? (
          <button type="button" className="button-secondary" disabled={busy || blocked} onClick={onQueue} data-testid="composer-queue">
            {t('composer.addToQueue')}
          </button>
        ) : null}
        {button('unschedule')}
        {button('return_to_draft')}
        {deletable ? <ConfirmButton label={t('common.delete')} question={t('composer.deleteQuestion')} confirmLabel={t('common.delete')} disabled={busy} onConfirm={onDelete} testId="composer-delete" /> : null}
      </div>
      <ReviewActions canApprove={has('approve')} canReject={has('reject')} busy={busy} onApprove={(comment) => onAct('approve', comment ? { comment } : {})} onReject={(comment) => onAct('reject', { comment })} />
    </div>
  );
}
