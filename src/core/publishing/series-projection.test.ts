import { describe, expect, it } from 'vitest';
import { projectSeries, type SeriesHead } from './series-projection.js';

const head = (overrides: Partial<SeriesHead> = {}): SeriesHead => ({
  id: 'a',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO',
  seriesStart: new Date('2026-03-02T08:00:00Z'), // Monday 09:00 in Warsaw (CET)
  occurrenceAt: new Date('2026-03-16T08:00:00Z'),
  ...overrides,
});

describe('projecting a series beyond its next occurrence', () => {
  it('lists the later occurrences in the range, at the same local time across the change to summer time', () => {
    const at = projectSeries([head()], 'Europe/Warsaw', new Date('2026-03-01T00:00:00Z'), new Date('2026-04-07T00:00:00Z')).map((item) => item.at.toISOString());
    // After the head of 16 March; from 29 March Warsaw is on CEST, so 09:00 is 07:00 UTC.
    expect(at).toEqual(['2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z']);
  });

  it('stops where the rule ends and merges several series in time order', () => {
    const counted = head({ id: 'b', recurrence: 'FREQ=DAILY;COUNT=17', seriesStart: new Date('2026-03-02T12:00:00Z'), occurrenceAt: new Date('2026-03-16T12:00:00Z') });
    const projected = projectSeries([head(), counted], 'UTC', new Date('2026-03-16T00:00:00Z'), new Date('2026-03-24T00:00:00Z'));
    // The daily series had 15 occurrences up to 16 March; two more remain (17 and 18 March).
    expect(projected.map((item) => `${item.postId} ${item.at.toISOString().slice(0, 16)}`)).toEqual(['b 2026-03-17T12:00', 'b 2026-03-18T12:00', 'a 2026-03-23T08:00']);
  });

  it('shows nothing before the head or for a head past the range', () => {
    expect(projectSeries([head({ occurrenceAt: new Date('2026-05-04T08:00:00Z') })], 'UTC', new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'))).toEqual([]);
  });
});
