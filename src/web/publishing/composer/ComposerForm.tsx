import { useState } from 'react';
import { api } from '../../api/apiClient.js';
import { useApiData } from '../../api/useApiData.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { RepeatField } from './RepeatField.js';
import { composerSupport, contentOf, draftFromPost, emptyDraft, localIssues, setVariant, toggleAccount, withContent, writeBody } from '../composerDraft.js';
import { statusKey } from '../labels.js';
import { allowedActions, canDeletePost, canEditPost } from '../postActions.js';
import { StatusBadge } from '../PostChip.js';
import { PublishingFailure } from '../PublishingFailure.js';
import type { MediaAsset, PostDetail } from '../types.js';
import { AccountPicker } from './AccountPicker.js';
import type { ComposerProps } from './Composer.js';
import { ComposerActions } from './ComposerActions.js';
import { ContentEditor } from './ContentEditor.js';
import { NetworkPreview } from './NetworkPreview.js';
import { PostHistory } from './PostHistory.js';
import { useComposerCommands } from './useComposerCommands.js';
import { useValidation } from './useValidation.js';
import { VariantTabs } from './VariantTabs.js';
import { ValidationPanel } from './ValidationPanel.js';

/** The composer itself (P1): accounts, content and variants, media, time, live checks, previews and the workflow's buttons. */
export function ComposerForm({ membership, userId, choices, timeZone, opening, onChanged, onClose, initialPost }: ComposerProps & { initialPost: PostDetail | undefined }) {
  const { t } = useI18n();
  const workspaceId = membership.workspace.id;
  const [post, setPost] = useState(initialPost);
  const [draft, setDraft] = useState(() => (initialPost ? draftFromPost(initialPost, timeZone) : emptyDraft(opening.scheduledAt)));
  const [tab, setTab] = useState<string | undefined>(undefined);
  const library = useApiData(`media:${workspaceId}`, () => api.call('listMedia', { params: { workspaceId } }));
  const [changedAssets, setChangedAssets] = useState<MediaAsset[]>([]);

  const status = post?.status ?? 'draft';
  const editable = canEditPost(membership.role, status);
  const allowed = allowedActions({ role: membership.role, status, approvalRequired: choices.settings?.approvalRequired ?? true, isAuthor: post ? post.author?.id === userId : true });
  const chosen = choices.accounts.filter(({ id }) => draft.accountIds.includes(id));
  const issues = localIssues(draft, timeZone);
  const body = writeBody(draft, timeZone);
  const dirty = !post || JSON.stringify(body) !== JSON.stringify(writeBody(draftFromPost(post, timeZone), timeZone));
  const validation = useValidation(workspaceId, chosen.length > 0 && !issues.includes('pollOptions') && !issues.includes('badTime') && editable ? body : undefined);
  // A saved post the person cannot edit still shows what the server found when it was saved.
  const checks = editable ? validation : { problems: post?.problems ?? [], findings: post?.findings ?? [], pending: false, failure: undefined };

  // Assets uploaded or given alt text here win over the library's older copy.
  const loadedAssets = library.data.state === 'loaded' ? library.data.value.items : [];
  const assets = [...changedAssets, ...loadedAssets.filter((asset) => !changedAssets.some(({ id }) => id === asset.id))];
  const assetMap = new Map(assets.map((asset) => [asset.id, asset]));
  const onAssetChanged = (asset: MediaAsset) => setChangedAssets((current) => [asset, ...current.filter(({ id }) => id !== asset.id)]);

  const commands = useComposerCommands({
    workspaceId,
    timeZone,
    draft,
    post,
    editable,
    dirty,
    onSaved: (saved) => {
      setPost(saved);
      setDraft(draftFromPost(saved, timeZone));
    },
    onChanged,
  });
  const editingTab = tab !== undefined && draft.variants[tab] ? tab : undefined;

  return (
    <div className="pub-composer" data-testid="composer-form" data-status={status} data-post-id={post?.id}>
      {post ? (
        <p className="pub-composer-status">
          <StatusBadge status={post.status} /> {post.author ? <span className="muted">{t('calendar.list.by', { name: post.author.name })}</span> : null}
          {!editable ? <span className="muted"> · {t('composer.readOnly', { status: t(statusKey(post.status)) })}</span> : null}
        </p>
      ) : null}
      <AccountPicker accounts={choices.accounts} chosen={draft.accountIds} disabled={!editable} onToggle={(id) => setDraft((current) => toggleAccount(current, id))} />
      {chosen.length > 1 || Object.keys(draft.variants).length > 0 ? (
        <VariantTabs accounts={chosen} tab={tab} variants={draft.variants} disabled={!editable} onTab={setTab} onVariant={(id, own) => setDraft((current) => setVariant(current, id, own))} />
      ) : null}
      <ContentEditor
        workspaceId={workspaceId}
        content={contentOf(draft, editingTab)}
        support={composerSupport(choices.accounts, draft.accountIds)}
        // An account's tab without its own version shows the master, which is edited on its own tab.
        disabled={!editable || (tab !== undefined && editingTab === undefined)}
        assets={assets}
        onChange={(content) => setDraft((current) => withContent(current, editingTab, content))}
        onAssetChanged={onAssetChanged}
      />
      <label className="field pub-when">
        <span>{t('composer.when', { zone: timeZone })}</span>
        <input type="datetime-local" value={draft.scheduledAt} disabled={!editable} onChange={(event) => setDraft((current) => ({ ...current, scheduledAt: event.target.value }))} data-testid="composer-when" />
      </label>
      <RepeatField value={draft.recurrence} disabled={!editable} onChange={(recurrence) => setDraft((current) => ({ ...current, recurrence }))} />
      {issues.length > 0 ? (
        <ul className="notice notice-info pub-local-issues" data-testid="composer-local-issues">
          {issues.map((issue) => (
            <li key={issue}>{t(`composer.local.${issue}`)}</li>
          ))}
        </ul>
      ) : null}
      <ValidationPanel accounts={chosen} validation={checks} />
      {chosen.length > 0 ? (
        <section className="pub-previews" data-testid="composer-previews">
          <h3>{t('composer.previews')}</h3>
          {chosen.map((account) => (
            <NetworkPreview key={account.id} account={account} network={choices.networks.find(({ id }) => id === account.network)} content={contentOf(draft, account.id)} assets={assetMap} problems={checks.problems} />
          ))}
        </section>
      ) : null}
      <PublishingFailure failure={commands.action.failure} testId="composer-error" />
      <ComposerActions
        allowed={allowed}
        editable={editable}
        deletable={post !== undefined && canDeletePost(membership.role, post.status)}
        hasTime={body.scheduledAt !== null}
        blocked={issues.length > 0 || checks.problems.length > 0 || checks.pending}
        busy={commands.action.pending}
        onSave={commands.save}
        onAct={commands.act}
        onQueue={commands.queue}
        onDelete={() => void commands.remove().then((done) => done && onClose())}
      />
      {post ? <PostHistory history={post.history} timeZone={timeZone} /> : null}
    </div>
  );
}
