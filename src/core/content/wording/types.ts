/**
 * The shape of one language's wording of the content coach. Both tables are records over closed
 * lists, so a finding code or rule added in ../types.ts without a message in every language is a
 * type error rather than a raw code on screen.
 */
import type { FindingCode, RuleId } from '../types.js';

/** Messages hold `{name}` placeholders for a finding's params, put into words first. */
export interface CoachWording {
  /** One or two sentences per finding: what is wrong, the figures behind it, what to do. */
  readonly findings: Readonly<Record<FindingCode, string>>;
  /** A short title per rule, for lists and the calendar's badges. */
  readonly rules: Readonly<Record<RuleId, string>>;
}
