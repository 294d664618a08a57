/**
 * The content coach (requirement P4): every rule over one draft, most severe findings first. The
 * composer shows them while a post is written and the calendar beside each scheduled post.
 */
import { noDialogueForAWeek, selfPromotion } from './mix-rules.js';
import { noImage, overLimit, untrackedLink } from './post-rules.js';
import { quietHour } from './quiet-hour.js';
import { SEVERITIES, type CoachContext, type CoachRule, type Draft, type Finding, type RuleId } from './types.js';

/** Every rule, in the order findings of equal severity are listed. */
export const COACH_RULES: Readonly<Record<RuleId, CoachRule>> = {
  over_limit: overLimit,
  no_image: noImage,
  untracked_link: untrackedLink,
  self_promotion: selfPromotion,
  quiet_hour: quietHour,
  no_dialogue_for_a_week: noDialogueForAWeek,
};

/** Runs every rule on a draft and returns the findings, errors first, then warnings, then notes. */
export function coach(draft: Draft, context: CoachContext): Finding[] {
  const findings = Object.values(COACH_RULES).flatMap((rule) => rule(draft, context));
  // Array.prototype.sort is stable, so findings of one severity keep the rules' order.
  return findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
