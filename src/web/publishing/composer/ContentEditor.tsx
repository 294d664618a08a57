import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { newPoll, type ComposerSupport } from '../composerDraft.js';
import type { MediaAsset, PostContent, PostPart } from '../types.js';
import { MediaLibrary } from './MediaLibrary.js';
import { PartMedia } from './PartMedia.js';
import { PollEditor } from './PollEditor.js';

/** The most parts the API takes in a thread; each network's own limit shows as a problem. */
const MAX_PARTS = 25;

interface ContentEditorProps {
  workspaceId: string;
  content: PostContent;
  support: ComposerSupport;
  disabled: boolean;
  assets: readonly MediaAsset[];
  onChange: (content: PostContent) => void;
  onAssetChanged: (asset: MediaAsset) => void;
}

/** The words of a post or variant: its thread parts with their media, a poll, a first comment and a content warning. */
export function ContentEditor({ workspaceId, content, support, disabled, assets, onChange, onAssetChanged }: ContentEditorProps) {
  const { t } = useI18n();
  const [libraryFor, setLibraryFor] = useState<number | undefined>(undefined);
  const byId = new Map(assets.map((asset) => [asset.id, asset]));
  const setPart = (index: number, change: Partial<PostPart>) => onChange({ ...content, parts: content.parts.map((part, at) => (at === index ? { ...part, ...change } : part)) });
  const threaded = content.parts.length > 1;

  return (
    <div className="pub-editor" data-testid="content-editor">
      {content.contentWarning !== null || support.contentWarning ? (
        <label className="field">
          <span>{t('composer.contentWarning')}</span>
          <input value={content.contentWarning ?? ''} maxLength={500} disabled={disabled} placeholder={t('composer.contentWarningHint')} onChange={(event) => onChange({ ...content, contentWarning: event.target.value })} data-testid="content-warning" />
        </label>
      ) : null}
      {content.parts.map((part, index) => (
        <div key={index} className="pub-part" data-testid="composer-part">
          <label className="field">
            <span>{threaded ? t('composer.partLabel', { number: index + 1, count: content.parts.length }) : t('composer.text')}</span>
            <textarea rows={threaded ? 4 : 7} maxLength={20000} value={part.text} disabled={disabled} onChange={(event) => setPart(index, { text: event.target.value })} data-testid="composer-text" />
          </label>
          <PartMedia workspaceId={workspaceId} ids={part.mediaIds} assets={byId} disabled={disabled} onRemove={(id) => setPart(index, { mediaIds: part.mediaIds.filter((mediaId) => mediaId !== id) })} onAssetChanged={onAssetChanged} />
          <div className="pub-inline">
            {support.media && !disabled ? (
              <button type="button" className="button-secondary" onClick={() => setLibraryFor(libraryFor === index ? undefined : index)} data-testid="composer-add-media">
                {t('composer.media.add')}
              </button>
            ) : null}
            {threaded && !disabled ? (
              <button type="button" className="button-secondary" onClick={() => onChange({ ...content, parts: content.parts.filter((_, at) => at !== index) })} data-testid="composer-remove-part">
                {t('composer.removePart')}
              </button>
            ) : null}
          </div>
          {libraryFor === index ? (
            <MediaLibrary
              workspaceId={workspaceId}
              assets={assets}
              picked={part.mediaIds}
              onPick={(asset) => setPart(index, { mediaIds: [...part.mediaIds, asset.id] })}
              onUploaded={(asset) => {
                onAssetChanged(asset);
                setPart(index, { mediaIds: [...part.mediaIds, asset.id] });
              }}
              onClose={() => setLibraryFor(undefined)}
            />
          ) : null}
        </div>
      ))}
      <div className="pub-inline">
        {(support.thread || threaded) && !disabled && content.parts.length < MAX_PARTS ? (
          <button type="button" className="button-secondary" onClick={() => onChange({ ...content, parts: [...content.parts, { text: '', mediaIds: [] }] })} data-testid="composer-add-part">
            {t('composer.addPart')}
          </button>
        ) : null}
        {support.poll && content.poll === null && !disabled ? (
          <button type="button" className="button-secondary" onClick={() => onChange({ ...content, poll: newPoll() })} data-testid="composer-add-poll">
            {t('composer.addPoll')}
          </button>
        ) : null}
      </div>
      {content.poll ? <PollEditor poll={content.poll} disabled={disabled} onChange={(poll) => onChange({ ...content, poll })} /> : null}
      {content.firstComment !== null || support.firstComment ? (
        <label className="field">
          <span>{t('composer.firstComment')}</span>
          <textarea rows={2} maxLength={10000} value={content.firstComment ?? ''} disabled={disabled} placeholder={t('composer.firstCommentHint')} onChange={(event) => onChange({ ...content, firstComment: event.target.value })} data-testid="first-comment" />
        </label>
      ) : null}
    </div>
  );
}
