import { can } from '../../../core/access/permissions.js';
import { api } from '../../api/apiClient.js';
import { useApiData } from '../../api/useApiData.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../routing/navigation.js';
import { sectionPath } from '../../routing/routes.js';
import type { Membership } from '../../session/SessionProvider.js';
import { Wizard } from './Wizard.js';
import '../strategy.css';

/** Everything the wizard starts from, loaded at once so that each step opens without waiting. */
async function loadWizard(workspaceId: string) {
  const params = { workspaceId };
  const [onboarding, profile, current, members] = await Promise.all([
    api.call('getOnboarding', { params }),
    api.call('getProfile', { params }),
    api.call('getStrategy', { params, query: {} }),
    api.call('listMembers', { params }),
  ]);
  return { onboarding, profile: profile.profile, strategy: current.strategy, members: members.items };
}

export type WizardStart = Awaited<ReturnType<typeof loadWizard>>;

/** `/w/<id>/strategy/wizard`: profile → goals → advisor → platforms → accounts. */
export function WizardPage({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  usePageTitle(t('wizard.title'));
  const workspaceId = membership.workspace.id;
  const { data, reload } = useApiData(`wizard:${workspaceId}`, () => loadWizard(workspaceId));

  if (!can(membership.role, 'strategy.write')) {
    return (
      <section className="page">
        <h1>{t('wizard.title')}</h1>
        <p className="notice notice-info" data-testid="wizard-managers-only">
          {t('strategy.managersOnly')}
        </p>
        <Link to={sectionPath(workspaceId, 'strategy')}>{t('wizard.backToStrategy')}</Link>
      </section>
    );
  }
  return (
    <section className="page wizard" data-testid="strategy-wizard">
      <h1>{t('wizard.title')}</h1>
      {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? (
        <>
          <FailureMessage failure={data.failure} testId="wizard-load-error" />
          <button type="button" className="button-secondary" onClick={reload}>
            {t('common.tryAgain')}
          </button>
        </>
      ) : null}
      {data.state === 'loaded' ? <Wizard workspaceId={workspaceId} start={data.value} /> : null}
    </section>
  );
}
