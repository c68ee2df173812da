import { describe, it, expect } from 'vitest';
import type { Attendance } from './types';
import { attendedHours, msToClock, wallClockToMs } from './hours';

const att = (over: Partial<Attendance> = {}): Attendance => ({ memberId: 'm1', present: true, arrived: null, left: null, ...over });

describe('attendedHours', () => {
  it('present for the full session: the actual times', () => {
    expect(attendedHours(att(), '10:00', '11:30')).toBe(1.5);
    expect(attendedHours(att(), '10:02', '11:31')).toBe(1.25); // 89 minutes rounds down
  });

  it('late arrival', () => {
    expect(attendedHours(att({ arrived: '10:20' }), '10:00', '11:30')).toBe(1);
  });

  it('early leave', () => {
    expect(attendedHours(att({ left: '11:05' }), '10:00', '11:30')).toBe(1);
    expect(attendedHours(att({ arrived: '10:10', left: '10:55' }), '10:00', '11:30')).toBe(0.75);
  });

  it('absent counts nothing, whatever the times say', () => {
    expect(attendedHours(att({ present: false, arrived: '10:00', left: '11:30' }), '10:00', '11:30')).toBe(0);
  });

  it('missing actual times without own times: 0; own times alone still count', () => {
    expect(attendedHours(att(), null, null)).toBe(0);
    expect(attendedHours(att(), '10:00', null)).toBe(0);
    expect(attendedHours(att(), null, '11:30')).toBe(0);
    expect(attendedHours(att({ arrived: '10:00', left: '11:00' }), null, null)).toBe(1);
  });

  it('reversed or equal times: 0', () => {
    expect(attendedHours(att(), '11:30', '10:00')).toBe(0);
    expect(attendedHours(att({ arrived: '11:40' }), '10:00', '11:30')).toBe(0);
    expect(attendedHours(att({ arrived: '10:30', left: '10:30' }), '10:00', '11:30')).toBe(0);
  });

  it('time before the start or after the end is not contact time', () => {
    expect(attendedHours(att({ arrived: '09:30', left: '12:00' }), '10:00', '11:30')).toBe(1.5);
  });

  it('malformed clock strings count as missing', () => {
    expect(attendedHours(att(), '9:00', '11:30')).toBe(0);
    expect(attendedHours(att({ arrived: '25:00' }), '10:00', '11:30')).toBe(1.5);
  });
});

describe('msToClock', () => {
  it('Europe/Amsterdam by default, winter and summer time', () => {
    expect(msToClock(Date.UTC(2026, 0, 15, 9, 5))).toBe('10:05');
    expect(msToClock(Date.UTC(2026, 6, 15, 9, 5))).toBe('11:05');
    expect(msToClock(Date.UTC(2026, 0, 15, 23, 0))).toBe('00:00');
  });

  it('across the DST switch of 2026-03-29 (02:00 CET → 03:00 CEST)', () => {
    expect(msToClock(Date.UTC(2026, 2, 29, 0, 59))).toBe('01:59');
    expect(msToClock(Date.UTC(2026, 2, 29, 1, 0))).toBe('03:00');
    expect(msToClock(Date.UTC(2026, 2, 29, 1, 30))).toBe('03:30');
  });

  it('and back on 2026-10-25 (03:00 CEST → 02:00 CET): 02:30 happens twice', () => {
    expect(msToClock(Date.UTC(2026, 9, 25, 0, 30))).toBe('02:30');
    expect(msToClock(Date.UTC(2026, 9, 25, 1, 30))).toBe('02:30');
  });

  it('a session that spans the spring switch: one real hour reads as two on the clock (documented limit)', () => {
    const start = msToClock(Date.UTC(2026, 2, 29, 0, 30));
    const end = msToClock(Date.UTC(2026, 2, 29, 1, 30));
    expect([start, end]).toEqual(['01:30', '03:30']);
    expect(attendedHours(att(), start, end)).toBe(2);
  });

  it('another zone, and caller bugs throw', () => {
    expect(msToClock(Date.UTC(2026, 0, 15, 9, 5), 'UTC')).toBe('09:05');
    expect(() => msToClock(Number.NaN)).toThrow(RangeError);
    expect(() => msToClock(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('wallClockToMs', () => {
  it('reads a date and time in Amsterdam, winter and summer', () => {
    expect(wallClockToMs('2026-11-30', '13:00')).toBe(Date.parse('2026-11-30T12:00:00Z'));
    expect(wallClockToMs('2026-07-01', '09:30')).toBe(Date.parse('2026-07-01T07:30:00Z'));
    expect(wallClockToMs('2026-11-30', '25:00')).toBeNull();
    expect(wallClockToMs('30-11-2026', '13:00')).toBeNull();
  });
});
