/** Simulated networks only (demo, tests): someone comments on, mentions or writes to the account. */
import { ConnectorError, type SimulatedEvent } from '../../connectors/contract.js';
import { AppError } from '../../core/errors.js';
import { authorize, type Actor } from '../access.js';
import { accountOf } from '../connectors/accounts.js';
import { appErrorOf } from '../connectors/failures.js';
import { callNetwork } from '../connectors/gateway.js';
import type { AppContext } from '../context.js';

export async function simulateActivity(ctx: AppContext, actor: Actor, workspaceId: string, accountId: string, event: SimulatedEvent): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'accounts.manage');
  const account = await accountOf(ctx, workspaceId, accountId);
  const connector = await ctx.networks.connector(account.network);
  if (!connector.simulate) {
    throw new AppError('validation_failed', `${connector.manifest.name} is a real network; only simulated networks can act out activity`, { network: account.network });
  }
  try {
    await callNetwork(ctx, account, {
      operation: 'test',
      run: async (current, call) => {
        if (!current.simulate) throw new ConnectorError('invalid_content', `${current.manifest.name} cannot simulate activity.`);
        await current.simulate(call, event);
      },
    });
  } catch (error) {
    if (error instanceof ConnectorError) throw appErrorOf(error, connector.manifest.name);
    throw error;
  }
}
