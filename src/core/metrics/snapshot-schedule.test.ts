import { describe, expect, test } from 'vitest';
import { MEASURED_DAYS, firstSnapshotAt, nextSnapshotAt, snapshotOffsets } from './snapshot-schedule.js';

const published = new Date('2026-11-23T09:00:00Z');
const after = (minutes: number) => new Date(published.getTime() + minutes * 60_000);

describe('snapshot schedule', () => {
  test('dense in the first day: 15 min, 30 min, 1 h, 2 h, 4 h, 8 h, 24 h', () => {
    expect(firstSnapshotAt(published)).toEqual(after(15));
    const taken: Date[] = [];
    let now = after(15);
    for (let step = 0; step < 6; step += 1) {
      const next = nextSnapshotAt(published, now);
      if (!next) throw new Error('schedule ended early');
      taken.push(next);
      now = next;
    }
    expect(taken).toEqual([after(30), after(60), after(120), after(240), after(480), after(1440)]);
  });

  test('then daily until day 90, then nothing', () => {
    expect(nextSnapshotAt(published, after(1440))).toEqual(after(2 * 1440));
    expect(nextSnapshotAt(published, after(89 * 1440 + 5))).toEqual(after(90 * 1440));
    expect(nextSnapshotAt(published, after(90 * 1440))).toBeNull();
    expect(snapshotOffsets()).toHaveLength(7 + MEASURED_DAYS - 1);
  });

  test('a late snapshot is followed by the next slot ahead, not by the missed ones', () => {
    expect(nextSnapshotAt(published, after(200))).toEqual(after(240));
    expect(nextSnapshotAt(published, after(5 * 1440 + 700))).toEqual(after(6 * 1440));
  });
});
