import { describe, expect, it } from 'vitest';
import { coach, COACH_RULES } from './coach.js';
import { activityOf, contextOf, draftOf, everythingWrong } from './testing.js';
import { RULE_IDS } from './types.js';

describe('coach', () => {
  it('runs every rule and lists errors, then warnings, then notes', () => {
    const { draft, context } = everythingWrong();
    const findings = coach(draft, context);
    expect(findings.map((finding) => [finding.severity, finding.rule])).toEqual([
      ['error', 'over_limit'],
      ['warning', 'no_image'],
      ['warning', 'untracked_link'],
      ['warning', 'self_promotion'],
      ['warning', 'quiet_hour'],
      ['info', 'no_dialogue_for_a_week'],
    ]);
    expect(Object.keys(COACH_RULES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('has nothing to say about a good post', () => {
    expect(coach(draftOf(), contextOf({ audienceActivity: activityOf(10), textLimit: { maxLength: 500, measureText: (text) => text.length } }))).toEqual([]);
  });
});
