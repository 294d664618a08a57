import { useI18n } from '../../i18n/I18nProvider.js';
import { networkName } from '../labels.js';
import { lengthCount, previewLines } from '../previewText.js';
import type { Account, ContentProblem, MediaAsset, Network, PostContent } from '../types.js';

interface NetworkPreviewProps {
  account: Account;
  network: Network | undefined;
  content: PostContent;
  assets: ReadonlyMap<string, MediaAsset>;
  problems: readonly ContentProblem[];
}

/** Text as the network lays it out: line breaks kept, links, hashtags and mentions marked. */
function PreviewText({ text }: { text: string }) {
  return (
    <div className="pub-preview-text">
      {previewLines(text).map((line, index) => (
        <p key={index}>
          {line.length === 0 ? '\u00a0' : line.map((token, at) => (token.kind === 'text' ? <span key={at}>{token.text}</span> : <span key={at} className="pub-preview-link">{token.text}</span>))}
        </p>
      ))}
    </div>
  );
}

/** One account's post as it will look: plain, but with what the network shows and counts. */
export function NetworkPreview({ account, network, content, assets, problems }: NetworkPreviewProps) {
  const { t, locale } = useI18n();
  const numbers = new Intl.NumberFormat(locale);
  const maxLength = network?.limits.textMaxLength ?? Number.POSITIVE_INFINITY;
  return (
    <article className="pub-preview" data-testid="network-preview" data-network={account.network} data-account-id={account.id}>
      <header className="pub-preview-head">
        <strong>{networkName(account.network, account.networkName)}</strong> <span className="muted">{account.handle}</span>
      </header>
      {content.contentWarning ? <p className="pub-preview-cw">{t('composer.preview.contentWarning', { text: content.contentWarning })}</p> : null}
      {content.parts.map((part, index) => {
        const count = lengthCount(problems, account.id, index, part.text, maxLength);
        return (
          <div key={index} className="pub-preview-part">
            <PreviewText text={part.text} />
            {part.mediaIds.length > 0 ? (
              <div className="pub-preview-media">
                {part.mediaIds.map((id) => {
                  const asset = assets.get(id);
                  if (!asset) return null;
                  const source = asset.kind === 'image' ? asset.fileUrl : asset.thumbnailUrl;
                  return (
                    <figure key={id}>
                      {source ? <img src={source} alt={asset.altText} /> : <span className="pub-thumb-name">{asset.fileName}</span>}
                      <figcaption className={asset.altText ? 'hint' : 'pub-warning-text'}>{asset.altText ? t('composer.preview.alt', { text: asset.altText }) : t('composer.media.noAltText')}</figcaption>
                    </figure>
                  );
                })}
              </div>
            ) : null}
            {Number.isFinite(count.maxLength) ? (
              <small className={count.over ? 'pub-counter pub-counter-over' : 'pub-counter'} data-testid="length-counter" data-over={count.over}>
                {t(count.exact ? 'composer.preview.count' : 'composer.preview.countEstimate', { length: numbers.format(count.length), max: numbers.format(count.maxLength) })}
              </small>
            ) : null}
          </div>
        );
      })}
      {content.poll ? (
        <ul className="pub-preview-poll">
          {content.poll.options.filter((option) => option.trim() !== '').map((option, index) => (
            <li key={index}>{option}</li>
          ))}
        </ul>
      ) : null}
      {content.firstComment ? <p className="pub-preview-comment">{t('composer.preview.firstComment', { text: content.firstComment })}</p> : null}
    </article>
  );
}
