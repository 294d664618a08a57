import { useEffect, type Ref } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ContactHistory, PostContext } from './ConversationContext.js';
import { ConversationHeader } from './ConversationHeader.js';
import { NoteComposer } from './NoteComposer.js';
import { ReplyComposer } from './ReplyComposer.js';
import { replyTarget, threadEntries } from './thread.js';
import { ThreadView } from './ThreadView.js';
import type { ConversationPatch, SavedReply } from './types.js';

interface ConversationViewProps {
  workspaceId: string;
  conversationId: string;
  /** Goes up when a live update touched this conversation: load it again. */
  version: number;
  timeZone: string;
  members: readonly { id: string; name: string }[];
  savedReplies: readonly SavedReply[];
  agentName: string;
  canReply: boolean;
  busy: boolean;
  onUpdate: (change: ConversationPatch) => void;
  onOpen: (id: string) => void;
  replyRef: Ref<HTMLTextAreaElement>;
  noteRef: Ref<HTMLTextAreaElement>;
}

export function ConversationView(props: ConversationViewProps) {
  const { workspaceId, conversationId, version } = props;
  const { t } = useI18n();
  const params = { workspaceId, conversationId };
  const { data, reload } = useApiData(`conversation:${conversationId}`, () => api.call('getConversation', { params }));
  const action = useApiAction();

  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="conversation-load-error" />;
  const detail = data.value;
  const target = replyTarget(detail.items);

  const run = (request: () => Promise<unknown>) =>
    action
      .run(async () => {
        await request();
      })
      .then((done) => {
        reload();
        return done;
      });

  return (
    <article className="inbox-view" data-testid="conversation-view" data-conversation-id={conversationId} data-status={detail.conversation.status}>
      <ConversationHeader conversation={detail.conversation} members={props.members} manage={props.canReply ? { busy: props.busy, onChange: props.onUpdate } : undefined} />
      <PostContext detail={detail} />
      <FailureMessage failure={action.failure} testId="conversation-error" />
      <ThreadView
        entries={threadEntries(detail)}
        timeZone={props.timeZone}
        canRetry={props.canReply}
        busy={action.pending}
        onRetry={(reply) => void run(() => api.call('retryReply', { params: { workspaceId, replyId: reply.id } }))}
      />
      {props.canReply ? (
        <>
          {target ? (
            <ReplyComposer
              key={conversationId}
              conversation={detail.conversation}
              savedReplies={props.savedReplies}
              agentName={props.agentName}
              busy={action.pending}
              textareaRef={props.replyRef}
              onSend={(text, idempotencyKey) => run(() => api.call('replyToConversation', { params, body: { inReplyToItemId: target.id, text, idempotencyKey } }))}
            />
          ) : (
            <p className="hint">{t('inbox.reply.nothingToAnswer')}</p>
          )}
          <NoteComposer key={`note-${conversationId}`} busy={action.pending} textareaRef={props.noteRef} onAdd={(text) => run(() => api.call('addNote', { params, body: { text } }))} />
        </>
      ) : (
        <p className="hint" data-testid="inbox-read-only">
          {t('inbox.readOnly')}
        </p>
      )}
      <ContactHistory history={detail.history} timeZone={props.timeZone} onOpen={props.onOpen} />
    </article>
  );
}
