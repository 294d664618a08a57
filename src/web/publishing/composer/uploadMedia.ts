/**
 * The one request outside the typed client: an upload streams the file as the raw body
 * (`POST …/media/upload?fileName=…`), which the JSON contract cannot describe. It sends the
 * session's CSRF token as the client does for every cookie-authenticated write.
 */
import { ApiError } from '../../../client/client.js';
import { mediaAssetSchema } from '../../../client/endpoints.js';
import type { MediaAsset } from '../types.js';

export async function uploadMedia(workspaceId: string, file: File, csrfToken: string | undefined): Promise<MediaAsset> {
  const url = `/api/workspaces/${encodeURIComponent(workspaceId)}/media/upload?fileName=${encodeURIComponent(file.name)}`;
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(url, { method: 'POST', headers, body: file, credentials: 'same-origin' });
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (payload as { error?: { id?: unknown; message?: unknown } } | undefined)?.error;
    if (error && typeof error.id === 'string' && typeof error.message === 'string') throw new ApiError(response.status, error.id, error.message);
    throw new ApiError(response.status, 'unexpected_response', `The server answered ${response.status} without an error body`);
  }
  return mediaAssetSchema.parse(payload);
}
