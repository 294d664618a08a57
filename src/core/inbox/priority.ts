/**
 * The priority of an inbox item (E4): points from explainable reasons, added up and capped at 100.
 * The weights (also in docs/inbox.md):
 *
 *   negative sentiment   15, plus up to 20 more the stronger it is (15 + 20·|score|)   15–35
 *   complaint words      25 for the first, 5 for each further one                     25–35
 *   author's reach       5 per tenfold followers above 10 (100 → 5, 10k → 15)          0–20
 *   waiting time         2 per hour waited                                             0–20 (10 h)
 *   direct message       a person wrote privately                                      10
 *   question             the text asks something ("?")                                 5
 *
 * PRIORITY_HIGH (50) is reached by a complaint in a negative message, or a strongly negative
 * message from a large account, or a negative one that has waited long. Waiting time changes
 * while nothing else does, so `withWaitingTime` recomputes that part alone.
 */
import { complaintWords } from '../analysis/complaints.js';
import type { InboxItemKind, PriorityReason, Sentiment } from './types.js';

export interface PriorityInput {
  text: string;
  language: string | null;
  sentiment: Sentiment;
  sentimentScore: number;
  kind: InboxItemKind;
  authorFollowers: number | null;
  /** Minutes the item has waited for an answer so far. */
  waitingMinutes: number;
}

export interface Priority {
  priority: number;
  reasons: PriorityReason[];
}

/** At or above this, an item or conversation counts as high priority (list badge, filter). */
export const PRIORITY_HIGH = 50;
export const MAX_PRIORITY = 100;

const NEGATIVE_BASE = 15;
const NEGATIVE_STRENGTH = 20;
const COMPLAINT_FIRST = 25;
const COMPLAINT_FURTHER = 5;
const COMPLAINT_MAX = 35;
const REACH_PER_TENFOLD = 5;
const REACH_MAX = 20;
const WAITING_PER_HOUR = 2;
const WAITING_MAX = 20;
const DIRECT_MESSAGE = 10;
const QUESTION = 5;

/** Points for the author's reach: 5 per tenfold followers above 10, at most 20. */
export function reachPoints(followers: number | null): number {
  if (followers === null || followers <= 10) return 0;
  return Math.min(REACH_MAX, Math.round(REACH_PER_TENFOLD * (Math.log10(followers) - 1)));
}

/** Points for waiting: 2 per full hour waited, at most 20. */
export function waitingPoints(waitingMinutes: number): number {
  return Math.min(WAITING_MAX, WAITING_PER_HOUR * Math.floor(Math.max(0, waitingMinutes) / 60));
}

function waitingReason(waitingMinutes: number): PriorityReason[] {
  const points = waitingPoints(waitingMinutes);
  return points > 0 ? [{ code: 'waiting_time', points, params: { hours: Math.floor(waitingMinutes / 60) } }] : [];
}

const total = (reasons: readonly PriorityReason[]) => Math.min(MAX_PRIORITY, reasons.reduce((sum, reason) => sum + reason.points, 0));

export function scoreItem(input: PriorityInput): Priority {
  const reasons: PriorityReason[] = [];
  if (input.sentiment === 'negative') {
    const strength = Math.min(1, Math.abs(input.sentimentScore));
    reasons.push({ code: 'negative_sentiment', points: NEGATIVE_BASE + Math.round(NEGATIVE_STRENGTH * strength), params: { score: input.sentimentScore } });
  }
  const complaints = complaintWords(input.text);
  if (complaints.length > 0) {
    const points = Math.min(COMPLAINT_MAX, COMPLAINT_FIRST + COMPLAINT_FURTHER * (complaints.length - 1));
    reasons.push({ code: 'complaint_words', points, params: { words: complaints.join(', ') } });
  }
  const reach = reachPoints(input.authorFollowers);
  if (reach > 0) reasons.push({ code: 'author_reach', points: reach, params: { followers: input.authorFollowers ?? 0 } });
  reasons.push(...waitingReason(input.waitingMinutes));
  if (input.kind === 'direct_message') reasons.push({ code: 'direct_message', points: DIRECT_MESSAGE, params: {} });
  if (input.text.includes('?')) reasons.push({ code: 'question', points: QUESTION, params: {} });
  return { priority: total(reasons), reasons };
}

/**
 * The same priority with its waiting part recomputed for a later moment: the other reasons are
 * kept as they were scored, the waiting reason replaced (or added, or dropped).
 */
export function withWaitingTime(priority: Priority, waitingMinutes: number): Priority {
  const reasons = [...priority.reasons.filter((reason) => reason.code !== 'waiting_time'), ...waitingReason(waitingMinutes)];
  return { priority: total(reasons), reasons };
}
