/** Whole-page states: loading, server unreachable, unknown address, a workspace one cannot open. */
import type { FailureNotice } from '../api/errors.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../routing/navigation.js';
import { PublicLayout } from './PublicLayout.js';

export function LoadingScreen() {
  const { t } = useI18n();
  return (
    <p className="loading-screen muted" role="status">
      {t('common.loading')}
    </p>
  );
}

/** While a section's code is fetched the first time it is opened. */
export function SectionLoading() {
  const { t } = useI18n();
  return (
    <p className="page muted" role="status" data-testid="section-loading">
      {t('common.loading')}
    </p>
  );
}

export function UnavailableScreen({ failure, onRetry }: { failure: FailureNotice; onRetry: () => void }) {
  const { t } = useI18n();
  usePageTitle(t('unavailable.title'));
  return (
    <PublicLayout>
      <h1>{t('unavailable.title')}</h1>
      <FailureMessage failure={failure} />
      <button type="button" className="button-primary" onClick={onRetry}>
        {t('common.tryAgain')}
      </button>
    </PublicLayout>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('common.goHome')}</Link>
    </section>
  );
}

export function NoAccessPage() {
  const { t } = useI18n();
  usePageTitle(t('noAccess.title'));
  return (
    <section className="page" data-testid="no-access">
      <h1>{t('noAccess.title')}</h1>
      <p>{t('noAccess.body')}</p>
      <Link to="/">{t('common.goHome')}</Link>
    </section>
  );
}
