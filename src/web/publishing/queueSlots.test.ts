import { describe, expect, it } from 'vitest';
import { everyDayAt, normalizeSlots, parseSlotTime, slotTime } from './queueSlots.js';

describe('queue slots', () => {
  it('read and write the time input', () => {
    expect(slotTime({ weekday: 'MO', hour: 9, minute: 5 })).toBe('09:05');
    expect(parseSlotTime('17:30')).toEqual({ hour: 17, minute: 30 });
    expect(parseSlotTime('24:00')).toBeUndefined();
    expect(parseSlotTime('')).toBeUndefined();
  });

  it('sort Monday first and drop duplicates', () => {
    const slots = normalizeSlots([
      { weekday: 'SU', hour: 9, minute: 0 },
      { weekday: 'MO', hour: 17, minute: 0 },
      { weekday: 'MO', hour: 9, minute: 0 },
      { weekday: 'MO', hour: 17, minute: 0 },
    ]);
    expect(slots.map((slot) => `${slot.weekday} ${slotTime(slot)}`)).toEqual(['MO 09:00', 'MO 17:00', 'SU 09:00']);
  });

  it('fill every weekday', () => {
    expect(everyDayAt(9, 0)).toHaveLength(7);
  });
});
