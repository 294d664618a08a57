import type { FailureNotice } from '../api/errors.js';
import { FailureMessage } from '../components/FailureMessage.js';
import type { MessageKey } from '../i18n/dictionaries.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** Publishing's own refusals, said in the language, with the server's specifics under them. */
const PUBLISHING_ERRORS: Readonly<Record<string, MessageKey>> = {
  invalid_transition: 'publishing.error.invalidTransition',
  version_conflict: 'publishing.error.versionConflict',
  unsupported_media_type: 'publishing.error.unsupportedMedia',
  body_too_large: 'publishing.error.fileTooLarge',
};

/** A failed request: publishing's refusals worded here, everything else as `FailureMessage` words it. */
export function PublishingFailure({ failure, testId }: { failure: FailureNotice | undefined; testId?: string }) {
  const { t } = useI18n();
  const key = failure ? PUBLISHING_ERRORS[failure.id] : undefined;
  if (!failure || !key) return <FailureMessage failure={failure} testId={testId} />;
  return (
    <div className="notice notice-error" role="alert" data-testid={testId} data-error-id={failure.id}>
      <p>{t(key)}</p>
      <p className="notice-detail">{failure.serverMessage}</p>
    </div>
  );
}
