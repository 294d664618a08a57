/** The use cases' context as the configuration asks for it: secrets from the keyring, networks as configured. */
import type { Logger } from 'pino';
import { createAppContext, type AppContext, type Clock } from '../app/context.js';
import { LocalDiskStorage } from '../app/media/storage.js';
import type { Config } from '../config.js';
import type { Database } from '../db/connection.js';
import { loadKeyring, secretBoxOf } from './keyring.js';

export async function contextFromConfig(config: Config, parts: { db: Database; clock: Clock; logger: Logger }): Promise<AppContext> {
  return createAppContext({
    ...parts,
    secrets: secretBoxOf(await loadKeyring(config)),
    networkSettings: { oauthClients: config.oauthClients, endpoints: config.networkEndpoints },
    webhookSettings: { allowPrivateAddresses: config.webhooksAllowPrivate },
    media: new LocalDiskStorage(config.mediaDir),
    publicUrl: config.publicUrl,
  });
}
