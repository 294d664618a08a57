/**
 * The post side of the model. A post's audience saturates: impressions(t) = cap × (1 − e^(−t/τ)),
 * with a cap proportional to the genuine followers at publishing time and τ of a few hours. Likes,
 * reposts and clicks are seeded fractions of impressions; the like rate falls as the account
 * grows, as engagement rates do on every network. Comments arrive one by one at seeded times that
 * follow the same curve, and `replies` counts exactly the comments that have arrived.
 */
import type { InboundItem, PostMetrics } from '../contract.js';
import { COMMENTS } from './corpus.js';
import { genuineFollowers, type AccountModel } from './audience.js';
import { simulatedPerson } from './people.js';
import { between, pick, randomFor } from './random.js';

const HOUR_MS = 3_600_000;
/** Enough comments to fill an inbox, few enough that a busy demo stays readable. */
const MAX_COMMENTS_PER_POST = 12;

/** A published post as the model needs it, with what explicit simulated people added. */
export interface ModelPost {
  id: string;
  publishedAt: number;
  hasLink: boolean;
  added: { likes: number; reposts: number; replies: number };
}

interface PostProfile {
  impressionsCap: number;
  reachCap: number;
  tauMs: number;
  likeRate: number;
  repostShare: number;
  clickRate: number;
  commentOffsetsMs: number[];
}

function profileOf(model: AccountModel, post: ModelPost): PostProfile {
  const draw = randomFor(model.seed, 'post', post.id);
  const followers = genuineFollowers(model, post.publishedAt);
  // One post in twenty travels well beyond the followers.
  const virality = draw() < 0.05 ? between(draw(), 3, 8) : 1;
  const reachCap = followers * between(draw(), 0.15, 0.5) * virality;
  const impressionsCap = reachCap * between(draw(), 1.2, 1.8);
  const tauMs = between(draw(), 2, 8) * HOUR_MS;
  const likeRate = 0.045 * (1000 / (followers + 1000)) ** 0.3 * between(draw(), 0.6, 1.4);
  const repostShare = between(draw(), 0.08, 0.25);
  const clickRate = post.hasLink ? between(draw(), 0.01, 0.04) : between(draw(), 0.001, 0.004);
  const commentCount = Math.min(MAX_COMMENTS_PER_POST, Math.round(impressionsCap * likeRate * between(draw(), 0.1, 0.25)));
  const commentOffsetsMs = Array.from({ length: commentCount }, (_, index) => {
    const arrival = randomFor(model.seed, 'comment-time', post.id, index)();
    // Inverse of the saturating curve: comments come when the impressions do.
    return Math.round(Math.min(5 * tauMs, Math.max(30_000, -tauMs * Math.log(1 - arrival))));
  });
  return { impressionsCap, reachCap, tauMs, likeRate, repostShare, clickRate, commentOffsetsMs };
}

export function postMetricsAt(model: AccountModel, post: ModelPost, now: number): PostMetrics {
  const { added } = post;
  const explicitViews = added.likes + added.reposts + added.replies;
  if (!model.organic) {
    return { externalId: post.id, impressions: explicitViews, reach: explicitViews, likes: added.likes, reposts: added.reposts, replies: added.replies, clicks: 0 };
  }
  const profile = profileOf(model, post);
  const elapsed = Math.max(0, now - post.publishedAt);
  const seen = profile.impressionsCap * (1 - Math.exp(-elapsed / profile.tauMs));
  const reached = profile.reachCap * (1 - Math.exp(-elapsed / profile.tauMs));
  return {
    externalId: post.id,
    impressions: Math.floor(seen) + explicitViews,
    reach: Math.floor(reached) + explicitViews,
    likes: Math.floor(seen * profile.likeRate) + added.likes,
    reposts: Math.floor(seen * profile.likeRate * profile.repostShare) + added.reposts,
    replies: profile.commentOffsetsMs.filter((offset) => offset <= elapsed).length + added.replies,
    clicks: Math.floor(seen * profile.clickRate),
  };
}

/** The organic comments on a post that have arrived by `until`, oldest first. */
export function organicComments(model: AccountModel, post: ModelPost, until: number): InboundItem[] {
  if (!model.organic) return [];
  const { commentOffsetsMs } = profileOf(model, post);
  const comments: InboundItem[] = [];
  commentOffsetsMs.forEach((offset, index) => {
    const createdAt = post.publishedAt + offset;
    if (createdAt > until) return;
    const draw = randomFor(model.seed, 'comment', post.id, index);
    const person = simulatedPerson(draw, model.languages);
    comments.push({
      externalId: `${post.id}:c${index}`,
      kind: 'comment',
      text: pick(draw(), COMMENTS[person.language][person.sentiment]),
      author: person.author,
      createdAt: new Date(createdAt),
      url: null,
      inReplyToId: post.id,
      rootPostId: post.id,
      conversationId: null,
    });
  });
  return comments.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** Comments can arrive this long after publishing at the latest (5 τ of the slowest post). */
export const LATEST_COMMENT_MS = 5 * 8 * HOUR_MS;
