import { describe, expect, it } from 'vitest';
import { hoursToText, parseHours } from './businessHours.js';

const closed = hoursToText(null);

describe('business hours text', () => {
  it('parses several intervals a day and leaves empty days closed', () => {
    expect(parseHours({ ...closed, mon: '09:00-12:00, 13:00 – 17:30', sat: '10:00-24:00' })).toEqual({
      ok: true,
      hours: { mon: [['09:00', '12:00'], ['13:00', '17:30']], sat: [['10:00', '24:00']] },
    });
  });

  it('names the first day that is not valid', () => {
    expect(parseHours({ ...closed, tue: '9-17' })).toEqual({ ok: false, day: 'tue' });
    expect(parseHours({ ...closed, wed: '17:00-09:00' })).toEqual({ ok: false, day: 'wed' });
    expect(parseHours({ ...closed, thu: '25:00-26:00' })).toEqual({ ok: false, day: 'thu' });
  });

  it('writes hours back as it reads them', () => {
    const text = { ...closed, fri: '08:00-16:00, 18:00-20:00' };
    const parsed = parseHours(text);
    expect(parsed.ok && hoursToText(parsed.hours)).toEqual(text);
  });
});
