/**
 * What a use case may touch, passed in explicitly: the database, the clock and the logger. Tests
 * build one with their own database and a clock they control.
 */
import type { Logger } from 'pino';
import type { Database } from '../db/connection.js';
import { createNetworks, type NetworkSettings, type Networks } from './connectors/networks.js';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './events/webhook-transport.js';
import type { MediaStorage } from './media/storage.js';
import { DEFAULT_URL_IMPORT_SETTINGS, type UrlImportSettings } from './media/url-guard.js';
import type { SecretBox } from './secrets/secret-box.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppContext {
  db: Database;
  clock: Clock;
  logger: Logger;
  /** Seals and opens secrets stored in the database (network credentials). */
  secrets: SecretBox;
  networks: Networks;
  /** Where outgoing webhooks may go (CHORUS_WEBHOOKS_ALLOW_PRIVATE) and their deadline. */
  webhooks: WebhookSettings;
  /** Where the media library's files are kept. */
  media: MediaStorage;
  /** Which addresses "import from a URL" may reach (never internal ones unless allowed). */
  mediaImport: UrlImportSettings;
  /**
   * Chorus' public base URL (CHORUS_PUBLIC_URL), where short links in posts point (`/l/<code>`).
   * Absent, links are published as written: a short link to a private address would break them.
   */
  publicUrl?: string | undefined;
}

/** Where a request came from; recorded in the audit log and used for rate limits. */
export interface RequestMeta {
  ip: string;
}

/** Builds the context from its parts; the networks are built from the database and the clock. */
export function createAppContext(parts: {
  db: Database;
  clock: Clock;
  logger: Logger;
  secrets: SecretBox;
  networkSettings?: NetworkSettings;
  webhookSettings?: WebhookSettings;
  media: MediaStorage;
  mediaImport?: UrlImportSettings;
  publicUrl?: string | undefined;
}): AppContext {
  const { db, clock, logger, secrets, networkSettings, webhookSettings, media, mediaImport, publicUrl } = parts;
  return {
    db,
    clock,
    logger,
    secrets,
    networks: createNetworks(db, clock, networkSettings),
    webhooks: webhookSettings ?? DEFAULT_WEBHOOK_SETTINGS,
    media,
    mediaImport: mediaImport ?? DEFAULT_URL_IMPORT_SETTINGS,
    publicUrl,
  };
}
