import { useCallback, useRef, useState } from 'react';
import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession, type Membership } from '../session/SessionProvider.js';
import { BulkBar } from './BulkBar.js';
import { ConversationFilters } from './ConversationFilters.js';
import { ConversationList } from './ConversationList.js';
import { ConversationView } from './ConversationView.js';
import { narrowsList } from './conversationList.js';
import { InboxDrawer, type DrawerTab } from './InboxDrawer.js';
import { clickCheckbox, EMPTY_SELECTION, keepListed } from './selection.js';
import type { ShortcutCommand } from './shortcuts.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { DEFAULT_FILTERS, type ConversationPatch, type ConversationSummary, type InboxFilters } from './types.js';
import { useConversationList } from './useConversationList.js';
import { useInboxEvents } from './useInboxEvents.js';
import { useInboxShortcuts } from './useInboxShortcuts.js';
import '../strategy/strategy.css';
import './inbox.css';

async function loadChoices(workspaceId: string) {
  const params = { workspaceId };
  const [connections, members, savedReplies] = await Promise.all([
    api.call('listConnections', { params }),
    api.call('listMembers', { params }),
    api.call('listSavedReplies', { params }),
  ]);
  return {
    accounts: connections.items,
    members: members.items.map(({ user }) => ({ id: user.id, name: user.name })),
    savedReplies: savedReplies.items,
  };
}

/**
 * `/w/<id>/inbox`: every account's comments, mentions and messages in one list (left) and the
 * open conversation (right), kept current by the server's event stream.
 */
export function InboxPage({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  usePageTitle(t('section.inbox.title'));
  const { state } = useSession();
  const user = state.status === 'signedIn' ? state.session.user : { id: '', name: '' };
  const workspaceId = membership.workspace.id;
  const canReply = can(membership.role, 'inbox.reply');

  const [filters, setFilters] = useState<InboxFilters>(DEFAULT_FILTERS);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [viewVersion, setViewVersion] = useState(0);
  const [selection, setSelection] = useState(EMPTY_SELECTION);
  const [helpOpen, setHelpOpen] = useState(false);
  const [drawer, setDrawer] = useState<DrawerTab | undefined>(undefined);
  const choices = useApiData(`inbox-choices:${workspaceId}`, () => loadChoices(workspaceId));
  const list = useConversationList(workspaceId, filters, user.id);
  const action = useApiAction();
  const filtersRef = useRef<HTMLSelectElement>(null);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const order = list.rows.map((row) => row.id);
  // Rows that left the list (filters, live updates) are no longer part of a bulk action.
  const checked = keepListed(selection, order);

  const onConversation = useCallback(
    (conversation: ConversationSummary) => {
      list.apply(conversation);
      if (conversation.id === selectedId) setViewVersion((value) => value + 1);
    },
    [list.apply, selectedId],
  );
  useInboxEvents(workspaceId, { onConversation, onResumed: list.reload });

  const update = (ids: readonly string[], change: ConversationPatch) =>
    void action.run(async () => {
      if (ids.length === 1 && ids[0]) {
        list.apply(await api.call('updateConversation', { params: { workspaceId, conversationId: ids[0] }, body: change }));
      } else {
        await api.call('bulkUpdateConversations', { params: { workspaceId }, body: { ids: [...ids], ...change } });
        setSelection(EMPTY_SELECTION);
        list.reload();
      }
      if (selectedId && ids.includes(selectedId)) setViewVersion((value) => value + 1);
    });

  const open = (id: string) => {
    setSelectedId(id);
    setViewVersion(0);
  };

  const step = (by: 1 | -1) => {
    if (order.length === 0) return;
    const index = selectedId ? order.indexOf(selectedId) : -1;
    const next = order[Math.min(Math.max(index + by, 0), order.length - 1)];
    if (next) open(next);
  };

  useInboxShortcuts((command: ShortcutCommand) => {
    switch (command) {
      case 'next':
        return step(1);
      case 'previous':
        return step(-1);
      case 'reply':
        return replyRef.current?.focus();
      case 'note':
        return noteRef.current?.focus();
      case 'close':
        return selectedId && canReply ? update([selectedId], { status: 'closed' }) : undefined;
      case 'assignToMe':
        return selectedId && canReply ? update([selectedId], { assigneeId: user.id }) : undefined;
      case 'focusFilters':
        return filtersRef.current?.focus();
      case 'help':
        return setHelpOpen(true);
      case 'leaveComposer':
        setHelpOpen(false);
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        return;
    }
  });

  const loaded = choices.data.state === 'loaded' ? choices.data.value : undefined;
  const members = loaded?.members ?? [];

  return (
    <section className="page inbox-page" data-testid="section-inbox">
      <div className="inbox-title">
        <h1>{t('section.inbox.title')}</h1>
        <div className="inbox-title-actions">
          <button type="button" className="button-secondary" onClick={() => setDrawer('savedReplies')} data-testid="open-saved-replies">
            {t('inbox.drawer.savedReplies')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setDrawer('report')} data-testid="open-report">
            {t('inbox.drawer.report')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setDrawer('settings')} data-testid="open-inbox-settings">
            {t('inbox.drawer.settings')}
          </button>
          <button type="button" className="button-link" onClick={() => setHelpOpen(true)} data-testid="open-shortcuts">
            {t('inbox.shortcut.open')}
          </button>
        </div>
      </div>
      {choices.data.state === 'failed' ? <FailureMessage failure={choices.data.failure} testId="inbox-choices-error" /> : null}
      <ConversationFilters filters={filters} choices={{ accounts: loaded?.accounts ?? [], members }} onChange={setFilters} firstRef={filtersRef} />
      <FailureMessage failure={action.failure} testId="inbox-action-error" />
      <div className="inbox-panes">
        <div className="inbox-list-pane">
          {checked.ids.size > 0 && canReply ? (
            <BulkBar count={checked.ids.size} members={members} busy={action.pending} onApply={(change) => update([...checked.ids], change)} onClear={() => setSelection(EMPTY_SELECTION)} />
          ) : null}
          <ConversationList
            workspaceId={workspaceId}
            list={list}
            selectedId={selectedId}
            checkedIds={checked.ids}
            noAccounts={loaded !== undefined && loaded.accounts.length === 0}
            filtered={narrowsList(filters)}
            onOpen={open}
            onCheck={(id, event) => setSelection(clickCheckbox(checked, order, id, event.shiftKey))}
            onClearFilters={() => setFilters(DEFAULT_FILTERS)}
          />
        </div>
        <div className="inbox-view-pane">
          {selectedId ? (
            <ConversationView
              key={selectedId}
              workspaceId={workspaceId}
              conversationId={selectedId}
              version={viewVersion}
              timeZone={membership.workspace.timezone}
              members={members}
              savedReplies={loaded?.savedReplies ?? []}
              agentName={user.name}
              canReply={canReply}
              busy={action.pending}
              onUpdate={(change) => update([selectedId], change)}
              onOpen={open}
              replyRef={replyRef}
              noteRef={noteRef}
            />
          ) : (
            <p className="empty-state" data-testid="conversation-none">
              {t('inbox.view.none')}
            </p>
          )}
        </div>
      </div>
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null}
      {drawer ? <InboxDrawer membership={membership} tab={drawer} onTab={setDrawer} onClose={() => setDrawer(undefined)} onSavedRepliesChanged={choices.reload} /> : null}
    </section>
  );
}
