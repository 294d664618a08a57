/**
 * Seals every stored secret again with the current key, after a key rotation. Values already
 * sealed with the current key are left alone, so running it twice is harmless.
 */
import { listSealedCredentials, updateConnectedAccount } from '../../db/repositories/connected-accounts.js';
import { listSealedOAuthFlows, resealOAuthFlow } from '../../db/repositories/oauth-flows.js';
import { audit } from '../audit.js';
import type { AppContext } from '../context.js';
import { resealWebhookSecrets } from '../events/webhooks.js';

export interface ResealSummary {
  resealed: number;
  alreadyCurrent: number;
}

export async function resealSecrets(ctx: AppContext, onProgress?: (done: number, total: number) => void): Promise<ResealSummary> {
  const { secrets } = ctx;
  const reseal = (sealed: string) => (secrets.isStale(sealed) ? secrets.seal(secrets.open(sealed)) : sealed);
  const accounts = await listSealedCredentials(ctx.db);
  const flows = await listSealedOAuthFlows(ctx.db);
  const total = accounts.length + flows.length;
  let done = 0;
  let resealed = 0;
  for (const account of accounts) {
    const next = reseal(account.credentialsSealed);
    if (next !== account.credentialsSealed) {
      await updateConnectedAccount(ctx.db, account.id, { credentialsSealed: next });
      resealed += 1;
    }
    onProgress?.((done += 1), total);
  }
  for (const flow of flows) {
    const verifier = reseal(flow.codeVerifierSealed);
    const settings = reseal(flow.settingsSealed);
    if (verifier !== flow.codeVerifierSealed || settings !== flow.settingsSealed) {
      await resealOAuthFlow(ctx.db, flow.state, verifier, settings);
      resealed += 1;
    }
    onProgress?.((done += 1), total);
  }
  const webhooks = await resealWebhookSecrets(ctx);
  resealed += webhooks.resealed;
  await audit(ctx.db, ctx.clock.now(), { action: 'secrets.resealed', details: { resealed, keyId: secrets.currentKeyId } });
  return { resealed, alreadyCurrent: total + webhooks.total - resealed };
}
