import { api } from '../../api/apiClient.js';
import { useApiData } from '../../api/useApiData.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AddAccountForm } from '../../inventory/AddAccountForm.js';
import { Link } from '../../routing/navigation.js';
import { sectionPath } from '../../routing/routes.js';
import { channelName } from '../advice/reasonText.js';
import type { Member } from '../types.js';
import { WizardNav, type WizardNavProps } from './WizardNav.js';

interface AccountsStepProps {
  workspaceId: string;
  members: readonly Member[];
  nav: WizardNavProps;
  onFinish: () => void;
}

/** Step 5: register the accounts the business already has; connecting them is on the accounts page. */
export function AccountsStep({ workspaceId, members, nav, onFinish }: AccountsStepProps) {
  const { t, locale } = useI18n();
  const { data, reload } = useApiData(`inventory:${workspaceId}`, async () => (await api.call('listInventory', { params: { workspaceId } })).items);
  return (
    <div className="wizard-step" data-testid="wizard-accounts">
      <h2>{t('wizard.accounts.heading')}</h2>
      <p className="muted">{t('wizard.accounts.intro')}</p>
      <p className="notice notice-info">
        {t('connections.wizardNotice')} <Link to={sectionPath(workspaceId, 'accounts')}>{t('connections.wizardLink')}</Link>
      </p>
      {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
      {data.state === 'loaded' && data.value.length > 0 ? (
        <div className="card">
          <h3>{t('wizard.accounts.registered', { count: data.value.length })}</h3>
          <ul data-testid="wizard-account-list">
            {data.value.map((account) => (
              <li key={account.id} data-testid="wizard-account">
                {channelName(locale, account.network)}: {account.handle}
                {account.owner ? <span className="muted"> · {account.owner.name}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <AddAccountForm workspaceId={workspaceId} members={members} onAdded={reload} />
      <WizardNav {...nav} onNext={onFinish} nextLabel={t('wizard.finish')} />
    </div>
  );
}
