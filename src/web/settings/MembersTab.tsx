import { can } from '../../core/access/permissions.js';
import type { EndpointOutput } from '../../client/client.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { DataTable } from '../components/DataTable.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { navigate } from '../routing/navigation.js';
import { pathAfterLeaving } from '../session/lastWorkspace.js';
import { useSession, useSignedInSession, type Membership } from '../session/SessionProvider.js';
import { AddMemberForm } from './AddMemberForm.js';
import { MemberRow } from './MemberRow.js';

export type Member = EndpointOutput<'listMembers'>['items'][number];

export function MembersTab({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const session = useSignedInSession();
  const { user } = session;
  const workspaceId = membership.workspace.id;
  const { data, reload } = useApiData(`members:${workspaceId}`, async () => (await api.call('listMembers', { params: { workspaceId } })).items);
  const action = useApiAction();
  const manage = can(membership.role, 'members.manage');

  /** Runs a change, then shows the list again; the session too when the change was one's own. */
  const change = (userId: string, request: () => Promise<unknown>, leaving = false) =>
    void action
      .run(async () => {
        await request();
        if (userId !== user.id) return;
        // Leave the page first: once the session no longer lists this workspace, it cannot be shown.
        if (leaving) navigate(pathAfterLeaving(session, workspaceId));
        await refresh();
      })
      .then(reload);

  return (
    <>
      <div className="card">
        <h2>{t('settings.members.heading')}</h2>
        <FailureMessage failure={action.failure} testId="members-error" />
        {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
        {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
        {data.state === 'loaded' ? (
          <DataTable testId="members-table" headings={[t('field.name'), t('field.email'), t('field.role'), t('settings.members.since')]} withActions>
            {data.value.map((member) => (
              <MemberRow
                key={member.user.id}
                member={member}
                actorRole={membership.role}
                canManage={manage}
                isSelf={member.user.id === user.id}
                timeZone={membership.workspace.timezone}
                busy={action.pending}
                onChangeRole={(role) =>
                  change(member.user.id, () => api.call('changeMemberRole', { params: { workspaceId, userId: member.user.id }, body: { role } }))
                }
                onRemove={() => change(member.user.id, () => api.call('removeMember', { params: { workspaceId, userId: member.user.id } }), true)}
              />
            ))}
          </DataTable>
        ) : null}
      </div>
      {manage ? <AddMemberForm workspaceId={workspaceId} actorRole={membership.role} onAdded={reload} /> : null}
    </>
  );
}
