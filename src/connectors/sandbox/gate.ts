/**
 * What every sandbox request goes through, in the order a network would apply it: the request is
 * counted against the account's budget, takes the configured latency, is authenticated, and may
 * then fail by a queued or random fault before (or, for a lost answer, after) it is carried out.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConnectorError, type ConnectorCall, type ConnectorEnvironment } from '../contract.js';
import { answerLost, failureBefore, rateLimited, resetTimeOf, takeFault, type Access } from './faults.js';
import { REQUEST_BUDGET } from './manifest.js';
import { exclusively, keys, readTraffic, requireAccount, type AccountRecord, type StoredFault } from './records.js';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

type Verdict = { limitedUntil: number } | { fault: StoredFault } | null;

/** Counts the request and decides its fate, under the account's traffic lock. */
function admit(environment: ConnectorEnvironment, account: AccountRecord, access: Access, now: number) {
  const { store } = environment;
  return exclusively(keys.traffic(account.externalId), async () => {
    const traffic = await readTraffic(store, account.externalId, now);
    traffic.total += 1;
    if (now >= traffic.windowStart + REQUEST_BUDGET.windowSeconds * 1000) {
      traffic.windowStart = now;
      traffic.windowCount = 0;
    }
    traffic.windowCount += 1;
    let verdict: Verdict = null;
    if (traffic.limitedUntil !== null && now < traffic.limitedUntil) verdict = { limitedUntil: traffic.limitedUntil };
    else if (traffic.windowCount > REQUEST_BUDGET.limit) verdict = { limitedUntil: traffic.windowStart + REQUEST_BUDGET.windowSeconds * 1000 };
    else {
      const fault = takeFault(traffic, access, account.seed, account.faultRate);
      if (fault?.kind === 'rate_limited') {
        traffic.limitedUntil = resetTimeOf(fault, now);
        verdict = { limitedUntil: traffic.limitedUntil };
      } else if (fault) verdict = { fault };
    }
    await store.put(keys.traffic(account.externalId), traffic);
    return { verdict, remaining: Math.max(0, REQUEST_BUDGET.limit - traffic.windowCount), resetAt: traffic.windowStart + REQUEST_BUDGET.windowSeconds * 1000 };
  });
}

/** Runs `work` as one request of `call`'s account, with the account's latency and faults. */
export async function request<T>(environment: ConnectorEnvironment, call: ConnectorCall, access: Access, work: (account: AccountRecord) => Promise<T>): Promise<T> {
  const sentAt = environment.clock.now().getTime();
  const account = await requireAccount(environment.store, call.session.externalId);
  // Half the latency on the way there, half for the answer on the way back: as on a real network,
  // a post exists a while before its sender hears so (the window a crash can fall into). The
  // request is counted while it travels, so the sandbox's own bookkeeping does not add to the
  // latency the account was given (it did, by about ten milliseconds a request under load).
  const halfLatency = account.latencyMs / 2;
  const [{ verdict, remaining, resetAt }] = await Promise.all([admit(environment, account, access, sentAt), halfLatency > 0 ? sleep(halfLatency) : undefined]);
  call.observeRateLimit({ bucket: REQUEST_BUDGET.bucket, remaining, resetAt: new Date(resetAt) });
  if (call.session.credentials.token === undefined || hashToken(call.session.credentials.token) !== account.tokenHash) {
    throw new ConnectorError('auth_revoked', "The sandbox does not recognise this account's access token; reconnect the account.", { status: 401 });
  }
  if (verdict && 'limitedUntil' in verdict) throw rateLimited(verdict.limitedUntil);
  if (verdict && verdict.fault.kind !== 'rate_limited') {
    const failure = failureBefore(verdict.fault.kind, access);
    if (failure) throw failure;
    await work(account);
    if (halfLatency > 0) await sleep(halfLatency);
    throw answerLost();
  }
  const result = await work(account);
  if (halfLatency > 0) await sleep(halfLatency);
  return result;
}
