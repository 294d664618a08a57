import { shortLinkUrl } from '../../core/links/index.js';

/** The public address of a code, or null without a public URL. */
export function codeUrl(publicUrl: string | undefined, code: string): string | null {
  return publicUrl === undefined ? null : shortLinkUrl(publicUrl, code);
}
