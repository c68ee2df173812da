import { describe, expect, it } from 'vitest';
import { blockSchedule, totalMinutes } from './timing';

const blocks = (...minutes: number[]) => minutes.map((m) => ({ minutes: m }));

describe('totalMinutes', () => {
  it('sums the block minutes', () => {
    expect(totalMinutes(blocks(5, 10, 15, 15, 20, 15, 10))).toBe(90);
    expect(totalMinutes([])).toBe(0);
  });
});

describe('blockSchedule', () => {
  it('gives start, end and offset for each block', () => {
    expect(blockSchedule(blocks(5, 10, 15), '09:00')).toEqual([
      { start: '09:00', end: '09:05', offsetMinutes: 0 },
      { start: '09:05', end: '09:15', offsetMinutes: 5 },
      { start: '09:15', end: '09:30', offsetMinutes: 15 },
    ]);
  });

  it('wraps past midnight while offsets keep counting', () => {
    expect(blockSchedule(blocks(5, 20, 60), '23:50')).toEqual([
      { start: '23:50', end: '23:55', offsetMinutes: 0 },
      { start: '23:55', end: '00:15', offsetMinutes: 5 },
      { start: '00:15', end: '01:15', offsetMinutes: 25 },
    ]);
  });

  it('keeps wrapping when a session is longer than a day', () => {
    const schedule = blockSchedule(blocks(240, 240, 240, 240, 240, 240, 240), '12:00');
    expect(schedule[6]).toEqual({ start: '12:00', end: '16:00', offsetMinutes: 1440 });
  });

  it('ends a block exactly at midnight as 00:00', () => {
    expect(blockSchedule(blocks(30), '23:30')[0]?.end).toBe('00:00');
  });

  it('returns nothing for no blocks', () => {
    expect(blockSchedule([], '10:00')).toEqual([]);
  });

  it.each(['9:00', '24:00', '12:60', '', '12:00:00', 'tien'])('refuses start %j', (start) => {
    expect(() => blockSchedule(blocks(5), start)).toThrow(RangeError);
  });
});
