import { useState } from 'react';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PublishingFailure } from '../PublishingFailure.js';
import type { MediaAsset } from '../types.js';
import { MediaThumb } from './MediaLibrary.js';

interface PartMediaProps {
  workspaceId: string;
  ids: readonly string[];
  assets: ReadonlyMap<string, MediaAsset>;
  disabled: boolean;
  onRemove: (mediaId: string) => void;
  onAssetChanged: (asset: MediaAsset) => void;
}

/** The media of one part, each with its alt text; the alt text belongs to the asset, so every post using it gets it. */
export function PartMedia({ workspaceId, ids, assets, disabled, onRemove, onAssetChanged }: PartMediaProps) {
  const { t } = useI18n();
  if (ids.length === 0) return null;
  return (
    <ul className="pub-part-media" data-testid="part-media">
      {ids.map((id) => {
        const asset = assets.get(id);
        return (
          <li key={id} className="pub-part-medium">
            {asset ? <MediaThumb asset={asset} /> : <span className="pub-thumb-name">{t('composer.media.missing')}</span>}
            {asset ? <AltTextEditor key={asset.altText} workspaceId={workspaceId} asset={asset} disabled={disabled} onSaved={onAssetChanged} /> : null}
            <button type="button" className="button-secondary" disabled={disabled} onClick={() => onRemove(id)} data-testid="part-media-remove">
              {t('composer.media.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function AltTextEditor({ workspaceId, asset, disabled, onSaved }: { workspaceId: string; asset: MediaAsset; disabled: boolean; onSaved: (asset: MediaAsset) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(asset.altText);
  const save = useApiAction();
  const changed = text !== asset.altText;
  return (
    <div className="pub-alt">
      <label className="field">
        <span>{t('composer.media.altText')}</span>
        <textarea rows={2} maxLength={2000} value={text} disabled={disabled} onChange={(event) => setText(event.target.value)} placeholder={t('composer.media.altTextHint')} data-testid="alt-text" />
      </label>
      {changed ? (
        <button
          type="button"
          className="button-secondary"
          disabled={disabled || save.pending}
          onClick={() => void save.run(async () => onSaved(await api.call('updateMedia', { params: { workspaceId, mediaId: asset.id }, body: { altText: text } })))}
          data-testid="alt-text-save"
        >
          {t('composer.media.saveAltText')}
        </button>
      ) : null}
      {asset.altText.trim() === '' && !changed ? <small className="pub-warning-text">{t('composer.media.noAltText')}</small> : null}
      <PublishingFailure failure={save.failure} />
    </div>
  );
}
