import { api } from '../api/apiClient.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../routing/navigation.js';
import { PublicLayout } from './PublicLayout.js';
import { SetupForm } from './SetupForm.js';

/** First start: the one-time link `/setup?token=…` creates the first owner and workspace. */
export function SetupPage({ search }: { search: string }) {
  const { t } = useI18n();
  const token = new URLSearchParams(search).get('token') ?? '';
  const { data } = useApiData('setupStatus', () => api.call('setupStatus'));
  usePageTitle(t('setup.title'));

  if (data.state === 'loading') return <PublicLayout><p className="muted">{t('common.loading')}</p></PublicLayout>;
  if (data.state === 'failed') return <PublicLayout><FailureMessage failure={data.failure} /></PublicLayout>;
  if (!data.value.needed) {
    return (
      <PublicLayout>
        <h1>{t('setup.title')}</h1>
        <p data-testid="setup-done">{t('setup.alreadyDone')}</p>
        <Link to="/login" className="button-primary">{t('setup.goToLogin')}</Link>
      </PublicLayout>
    );
  }
  if (token === '') {
    return (
      <PublicLayout>
        <h1>{t('setup.title')}</h1>
        <p className="notice notice-info" data-testid="setup-missing-token">{t('setup.missingToken')}</p>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout showLanguage={false}>
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <SetupForm token={token} />
    </PublicLayout>
  );
}
