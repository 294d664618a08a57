/**
 * The platform advisor (requirement S3): from a business profile and its goals, rank the social
 * networks and the search alternatives, and say whether social media should lead at all.
 *
 * How a score is made, and why:
 * - Every channel starts at 50 (no opinion) and each reason adds its weight (weights.ts). The
 *   score is the sum, clamped to 0–100, so the UI can show which reason moved it and by how much.
 * - Unknown facts add nothing. The seeds warn against choosing platforms by hearsay, so a gap in
 *   the data must not tilt the ranking either way; `missing` says which answers would sharpen it.
 * - Hard constraints outweigh fit: a network blocked in every country the business sells in is
 *   vetoed; a business that sells through tenders loses the sales case everywhere (seed 000); a
 *   local business needs ads that reach its radius, so coarse geo-targeting and a large minimum
 *   audience count against a network however well it fits otherwise (seed 004, the City gym).
 * - Audience fit is about buyers, not users: a young-skewed network is a caveat when the buyers are
 *   older (seed 004, "the kids are on Instagram"); the B2B network's active users mostly sell.
 * - Existing demand is served first: when customers already search and the product is niche or
 *   the budget small, search channels gain and social loses (seeds 003 and 004). Vocal fans tip
 *   the balance back to social, whose strength is people sharing (seeds 001 and 004).
 * - Verdicts: 65 and above recommended, 40 to 64 consider, below 40 not recommended. Ties keep the
 *   order of the facts table, so the same input always gives the same output.
 */
import { channelReasons } from './channel-rules.js';
import { conclude } from './conclusion.js';
import type { ChannelFacts, PlatformFacts } from './facts/types.js';
import type { GoalId } from './goals.js';
import { missingAnswers } from './missing.js';
import { PLATFORM_FACTS } from './platform-facts.js';
import type { BusinessProfile } from './profile.js';
import type { Advice, RankedChannel, Verdict } from './reasons.js';
import { readSituation, type AdviseOptions, type Situation } from './situation.js';
import { BASE_SCORE, CONSIDER_FROM, RECOMMENDED_FROM } from './weights.js';

export type { AdviseOptions } from './situation.js';

function verdictFor(score: number): Verdict {
  if (score >= RECOMMENDED_FROM) return 'recommended';
  return score >= CONSIDER_FROM ? 'consider' : 'not_recommended';
}

interface Scored {
  readonly entry: RankedChannel;
  readonly raw: number;
  readonly order: number;
}

function scoreChannel(channel: ChannelFacts, order: number, situation: Situation, facts: PlatformFacts): Scored {
  const reasons = channelReasons(channel, situation, facts);
  const raw = reasons.reduce((sum, reason) => sum + reason.weight, BASE_SCORE);
  const score = Math.min(100, Math.max(0, Math.round(raw)));
  return { entry: { channel: channel.channel, kind: channel.kind, score, verdict: verdictFor(score), reasons }, raw, order };
}

/** Ranks every channel of the facts table for this business; pure and deterministic. */
export function advise(
  profile: BusinessProfile,
  goals: readonly GoalId[],
  facts: PlatformFacts = PLATFORM_FACTS,
  options: AdviseOptions = {},
): Advice {
  const situation = readSituation(profile, [...new Set(goals)], options);
  const ranking = facts.channels
    .map((channel, order) => scoreChannel(channel, order, situation, facts))
    // The unrounded sum breaks ties between equal rounded scores; the table order breaks the rest.
    .sort((a, b) => b.raw - a.raw || a.order - b.order)
    .map((scored) => scored.entry);
  return {
    factsVersion: facts.version,
    ranking,
    conclusion: conclude(situation, ranking, facts),
    missing: missingAnswers(situation, facts),
  };
}
