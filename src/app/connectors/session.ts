/** Turning a stored account into what a connector sees, and recording how its calls went. */
import { ConnectorError, type AccountSession, type Connector } from '../../connectors/contract.js';
import { statusAfterFailure, type AccountStatus } from '../../core/connections/health.js';
import { updateConnectedAccount, type ConnectedAccountChanges, type ConnectedAccountRow } from '../../db/repositories/connected-accounts.js';
import type { AppContext } from '../context.js';
import { announce, membersWhoCan } from '../events/announce.js';
import { openRecord } from '../secrets/secret-box.js';

export function sessionOf(ctx: AppContext, account: ConnectedAccountRow): AccountSession {
  return {
    accountId: account.id,
    externalId: account.externalId,
    handle: account.handle,
    settings: account.settings,
    credentials: openRecord(ctx.secrets, account.credentialsSealed),
  };
}

/**
 * Anything a connector throws that is not a ConnectorError is a bug in that connector; the caller
 * still gets a failure kind (transient: another try may work) and the log gets the details.
 */
export function asConnectorError(ctx: AppContext, connector: Connector, error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  ctx.logger.error({ err: error, network: connector.manifest.id }, 'connector threw an error outside the contract');
  return new ConnectorError('transient', `${connector.manifest.name} gave an answer Chorus could not handle; it will try again.`, { cause: error });
}

export async function recordSuccess(ctx: AppContext, account: ConnectedAccountRow): Promise<void> {
  // Every call would otherwise write the row; once a minute is enough for "last worked at".
  const stale = !account.lastOkAt || ctx.clock.now().getTime() - account.lastOkAt.getTime() > 60_000;
  if (account.status === 'healthy' && !stale) return;
  await updateAccountHealth(ctx, account, { status: 'healthy', lastOkAt: ctx.clock.now() });
}

export async function recordFailure(ctx: AppContext, account: ConnectedAccountRow, error: ConnectorError): Promise<void> {
  await updateAccountHealth(ctx, account, {
    status: statusAfterFailure(error.kind, account.status),
    lastErrorKind: error.kind,
    lastError: error.message,
    lastErrorAt: ctx.clock.now(),
  });
}

/** The statuses in which nothing works until a person reconnects the account. */
const NEEDS_A_PERSON: readonly AccountStatus[] = ['expired', 'revoked'];

/**
 * Writes an account's health; a change of status is announced as `account.health_changed` to the
 * webhooks, and in-app to the people who manage accounts when it needs them (or no longer does):
 * a passing "degraded" would otherwise ring everyone's bell twice for one network hiccup.
 */
export async function updateAccountHealth(
  ctx: AppContext,
  account: ConnectedAccountRow,
  changes: ConnectedAccountChanges & { status: AccountStatus },
): Promise<void> {
  if (changes.status === account.status) {
    await updateConnectedAccount(ctx.db, account.id, changes);
    return;
  }
  const concernsPeople = NEEDS_A_PERSON.includes(changes.status) || NEEDS_A_PERSON.includes(account.status);
  const recipients = concernsPeople ? await membersWhoCan(ctx.db, account.workspaceId, 'accounts.manage') : [];
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await updateConnectedAccount(tx, account.id, changes);
    await announce(
      tx,
      {
        workspaceId: account.workspaceId,
        type: 'account.health_changed',
        payload: { accountId: account.id, network: account.network, accountHandle: account.handle, status: changes.status },
        recipients,
      },
      now,
    );
  });
}
