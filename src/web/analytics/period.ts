/** The period picker's choices as days in the workspace's zone, ending today (whole days, inclusive). */
import { addDays, formatLocalDate } from '../../core/scheduling/calendar-date.js';
import { toWallTime } from '../../core/scheduling/zoned-time.js';

export const PERIOD_PRESETS = [7, 30, 90] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type PeriodChoice = { kind: 'preset'; days: PeriodPreset } | { kind: 'custom'; from: string; to: string };

export function presetPeriod(days: number, timezone: string, now: Date): { from: string; to: string } {
  const wall = toWallTime(now, timezone);
  const today = { year: wall.year, month: wall.month, day: wall.day };
  return { from: formatLocalDate(addDays(today, -(days - 1))), to: formatLocalDate(today) };
}

/** The days a choice stands for; a custom period with its ends swapped is put the right way round. */
export function resolveChoice(choice: PeriodChoice, timezone: string, now: Date): { from: string; to: string } {
  if (choice.kind === 'preset') return presetPeriod(choice.days, timezone, now);
  return choice.from <= choice.to ? { from: choice.from, to: choice.to } : { from: choice.to, to: choice.from };
}
