/** Strategy rows and advice → the API's shapes (ISO dates, plain arrays, only what the contract names). */
import type { FlaggedInventoryAccount } from '../app/strategy/inventory.js';
import type { StoredProfile } from '../app/strategy/profile.js';
import type { StrategyVersion, StrategyVersionSummary } from '../app/strategy/strategy.js';
import type { ChannelId } from '../core/strategy/facts/types.js';
import type { GoalId } from '../core/strategy/goals.js';
import type { Advice, Reason, ScoredReason } from '../core/strategy/reasons.js';

const presentReason = (reason: Reason | ScoredReason) => ({
  code: reason.code,
  polarity: reason.polarity,
  ...('weight' in reason ? { weight: reason.weight } : {}),
  params: { ...reason.params },
  facts: reason.facts.map((fact) => ({ id: fact.id, statement: fact.statement, source: { ...fact.source } })),
});

export const presentAdvice = (advice: Advice) => ({
  factsVersion: advice.factsVersion,
  ranking: advice.ranking.map((entry) => ({
    channel: entry.channel,
    kind: entry.kind,
    score: entry.score,
    verdict: entry.verdict,
    reasons: entry.reasons.map(presentReason),
  })),
  conclusion: { kind: advice.conclusion.kind, reasons: advice.conclusion.reasons.map(presentReason) },
  missing: advice.missing.map((answer) => ({ field: answer.field, why: answer.why, params: { ...answer.params } })),
});

export const presentProfile = (stored: StoredProfile) => ({
  profile: stored.profile,
  updatedAt: stored.updatedAt?.toISOString() ?? null,
});

export const presentStrategyVersionSummary = (summary: StrategyVersionSummary) => ({
  version: summary.version,
  createdAt: summary.createdAt.toISOString(),
  createdBy: summary.createdBy,
});

export const presentStrategyVersion = (strategy: StrategyVersion) => ({
  ...presentStrategyVersionSummary(strategy),
  profile: strategy.profile,
  advice: presentAdvice(strategy.advice),
  goals: strategy.goals,
  channels: strategy.channels,
  contentPlan: strategy.contentPlan,
  roles: strategy.roles,
  ...(strategy.notes === undefined ? {} : { notes: strategy.notes }),
});

export const presentInventoryAccount = ({ account, flags }: FlaggedInventoryAccount) => ({
  id: account.id,
  network: account.network as ChannelId,
  handle: account.handle,
  displayName: account.displayName,
  url: account.url,
  owner: account.ownerUserId && account.ownerName !== null ? { id: account.ownerUserId, name: account.ownerName } : null,
  purpose: account.purpose,
  goal: account.goal as GoalId | null,
  connected: account.connected,
  tokenExpiresAt: account.tokenExpiresAt?.toISOString() ?? null,
  lastPostAt: account.lastPostAt?.toISOString() ?? null,
  flags: flags.map((flag) => ({ flag: flag.flag, params: { ...flag.params } })),
});
