import { useRef } from 'react';
import { useApiAction } from '../../api/useApiAction.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useSession } from '../../session/SessionProvider.js';
import { PublishingFailure } from '../PublishingFailure.js';
import type { MediaAsset } from '../types.js';
import { uploadMedia } from './uploadMedia.js';

interface MediaLibraryProps {
  workspaceId: string;
  assets: readonly MediaAsset[];
  /** Ids already in the part, shown as picked. */
  picked: readonly string[];
  onPick: (asset: MediaAsset) => void;
  onUploaded: (asset: MediaAsset) => void;
  onClose: () => void;
}

/** The media library (P2) to pick from, and an upload that adds to it and picks the new file. */
export function MediaLibrary({ workspaceId, assets, picked, onPick, onUploaded, onClose }: MediaLibraryProps) {
  const { t } = useI18n();
  const { state } = useSession();
  const csrfToken = state.status === 'signedIn' ? state.session.csrfToken : undefined;
  const upload = useApiAction();
  const fileRef = useRef<HTMLInputElement>(null);

  const onFiles = (files: FileList | null) => {
    const chosen = files ? [...files] : [];
    void upload.run(async () => {
      for (const file of chosen) onUploaded(await uploadMedia(workspaceId, file, csrfToken));
      if (fileRef.current) fileRef.current.value = '';
    });
  };

  return (
    <div className="pub-library" data-testid="media-library">
      <div className="pub-inline">
        <label className="button-secondary pub-upload">
          {upload.pending ? t('composer.media.uploading') : t('composer.media.upload')}
          <input ref={fileRef} type="file" accept="image/*,video/*" multiple className="visually-hidden" disabled={upload.pending} onChange={(event) => onFiles(event.target.files)} data-testid="media-upload" />
        </label>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('composer.media.closeLibrary')}
        </button>
      </div>
      <PublishingFailure failure={upload.failure} testId="media-upload-error" />
      {assets.length === 0 ? <p className="muted">{t('composer.media.libraryEmpty')}</p> : null}
      <ul className="pub-thumbs">
        {assets.map((asset) => (
          <li key={asset.id}>
            <button type="button" className="pub-thumb" aria-pressed={picked.includes(asset.id)} disabled={picked.includes(asset.id)} onClick={() => onPick(asset)} title={asset.fileName} data-testid="media-pick">
              <MediaThumb asset={asset} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A small picture of an asset; a video without a thumbnail shows its file name. */
export function MediaThumb({ asset }: { asset: MediaAsset }) {
  const source = asset.thumbnailUrl ?? (asset.kind === 'image' ? asset.fileUrl : null);
  return source ? <img src={source} alt={asset.altText} loading="lazy" /> : <span className="pub-thumb-name">{asset.fileName}</span>;
}
