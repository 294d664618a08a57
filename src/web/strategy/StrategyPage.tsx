import { useState } from 'react';
import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { OnboardingNotice, StrategyEmpty } from './document/StrategyEmpty.js';
import { StrategyDocument } from './document/StrategyDocument.js';
import { StrategyToolbar } from './document/StrategyToolbar.js';
import { VersionHistory } from './document/VersionHistory.js';
import './strategy.css';

async function loadStrategy(workspaceId: string, version: number | undefined) {
  const params = { workspaceId };
  const [current, versions, onboarding, members] = await Promise.all([
    api.call('getStrategy', { params, query: version === undefined ? {} : { version } }),
    api.call('listStrategyVersions', { params }),
    api.call('getOnboarding', { params }),
    api.call('listMembers', { params }),
  ]);
  return { strategy: current.strategy, versions: versions.items, onboarding, members: members.items };
}

/** `/w/<id>/strategy`: the strategy document (S4), its history and exports; or the way into the wizard. */
export function StrategyPage({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  usePageTitle(t('section.strategy.title'));
  const workspaceId = membership.workspace.id;
  const [version, setVersion] = useState<number | undefined>(undefined);
  const { data, reload } = useApiData(`strategy:${workspaceId}:${version ?? 'latest'}`, () => loadStrategy(workspaceId, version));
  const canEdit = can(membership.role, 'strategy.write');

  return (
    <section className="page strategy-page" data-testid="section-strategy">
      <h1>{t('section.strategy.title')}</h1>
      {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? (
        <>
          <FailureMessage failure={data.failure} testId="strategy-load-error" />
          <button type="button" className="button-secondary" onClick={reload}>
            {t('common.tryAgain')}
          </button>
        </>
      ) : null}
      {data.state === 'loaded' && data.value.strategy === null ? (
        <StrategyEmpty workspaceId={workspaceId} onboarding={data.value.onboarding} canEdit={canEdit} />
      ) : null}
      {data.state === 'loaded' && data.value.strategy !== null ? (
        <>
          {canEdit ? <OnboardingNotice workspaceId={workspaceId} onboarding={data.value.onboarding} /> : null}
          <StrategyToolbar
            workspaceId={workspaceId}
            strategy={data.value.strategy}
            latest={data.value.versions[0]?.version ?? data.value.strategy.version}
            canEdit={canEdit}
            onShowLatest={() => setVersion(undefined)}
          />
          <StrategyDocument strategy={data.value.strategy} members={data.value.members} timeZone={membership.workspace.timezone} />
          <VersionHistory
            versions={data.value.versions}
            shown={data.value.strategy.version}
            timeZone={membership.workspace.timezone}
            onShow={(chosen) => setVersion(chosen === data.value.versions[0]?.version ? undefined : chosen)}
          />
        </>
      ) : null}
    </section>
  );
}
