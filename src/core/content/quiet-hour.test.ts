import { describe, expect, it } from 'vitest';
import { quietHour } from './quiet-hour.js';
import { activityOf, contextOf, draftOf } from './testing.js';

const SUN = 0;
const TUE = 2;
/** Tuesday 10 June 2025, 01:30 UTC = 03:30 in Warsaw (summer time). */
const NIGHT = new Date('2025-06-10T01:30:00Z');

describe('quiet_hour', () => {
  it('warns at an hour with under a quarter of the average activity and suggests the day’s busiest hour', () => {
    const activity = activityOf(10, [
      { day: TUE, hour: 3, count: 1 },
      { day: TUE, hour: 19, count: 40 },
    ]);
    const findings = quietHour(draftOf({ scheduledAt: NIGHT }), contextOf({ audienceActivity: activity }));
    expect(findings).toEqual([
      {
        rule: 'quiet_hour',
        severity: 'warning',
        code: 'quiet_hour',
        params: { weekday: TUE, hour: 3, activityPercent: 10, suggestedWeekday: TUE, suggestedHour: 19 },
      },
    ]);
  });

  it('says nothing at an ordinary hour, or one just above a quarter of the average', () => {
    const activity = activityOf(10, [{ day: TUE, hour: 3, count: 3 }]);
    expect(quietHour(draftOf({ scheduledAt: NIGHT }), contextOf({ audienceActivity: activity }))).toEqual([]);
  });

  it('buckets the scheduled time in the workspace’s time zone, daylight saving included', () => {
    // 03:00 Warsaw is quiet; 01:30 UTC is 03:30 in June (UTC+2) but 02:30 in January (UTC+1).
    const activity = activityOf(10, [{ day: SUN, hour: 3, count: 0 }, { day: TUE, hour: 3, count: 0 }]);
    const june = quietHour(draftOf({ scheduledAt: NIGHT }), contextOf({ audienceActivity: activity }));
    expect(june.map((finding) => finding.params.hour)).toEqual([3]);
    const january = new Date('2025-01-14T01:30:00Z');
    expect(quietHour(draftOf({ scheduledAt: january }), contextOf({ audienceActivity: activity }))).toEqual([]);
    // The same instant is Monday evening in New York, an ordinary hour there.
    expect(quietHour(draftOf({ scheduledAt: NIGHT }), contextOf({ audienceActivity: activity, timeZone: 'America/New_York' }))).toEqual([]);
  });

  it('says nothing with too little data: under 4 events an hour on average', () => {
    const activity = activityOf(3, [{ day: TUE, hour: 3, count: 0 }]);
    expect(quietHour(draftOf({ scheduledAt: NIGHT }), contextOf({ audienceActivity: activity }))).toEqual([]);
    expect(quietHour(draftOf({ scheduledAt: NIGHT }), contextOf())).toEqual([]);
  });

  it('ignores a malformed histogram rather than guessing', () => {
    expect(quietHour(draftOf({ scheduledAt: NIGHT }), contextOf({ audienceActivity: { counts: [[100, 0]] } }))).toEqual([]);
  });

  it('suggests the week’s busiest hour when the whole day is quiet', () => {
    const quietTuesday = Array.from({ length: 24 }, (_, hour) => ({ day: TUE, hour, count: 0 }));
    const activity = activityOf(10, [...quietTuesday, { day: SUN, hour: 11, count: 50 }]);
    const [finding] = quietHour(draftOf({ scheduledAt: NIGHT }), contextOf({ audienceActivity: activity }));
    expect(finding?.params).toMatchObject({ activityPercent: 0, suggestedWeekday: SUN, suggestedHour: 11 });
  });
});
