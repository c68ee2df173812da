import { describe, expect, it } from 'vitest';
import { backupsToKeep, weekOf } from './retention';

/** `n` consecutive days ending on `last` (inclusive), newest last. */
function daysUntil(last: string, n: number): string[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(end - (n - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}
const sorted = (s: Set<string>) => [...s].sort();

describe('weekOf', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // Monday
    ['2026-12-06', '2026-11-30'], // Sunday
    ['2026-12-01', '2026-11-30'],
    ['2027-01-01', '2026-12-28'], // over the year boundary
  ])('%s is in the week of %s', (day, monday) => expect(weekOf(day)).toBe(monday));
});

describe('backupsToKeep: 7 daily and 4 weekly', () => {
  it.each<{ name: string; days: string[]; keep: string[] }>([
    { name: 'nothing', days: [], keep: [] },
    { name: 'fewer than seven: all', days: ['2026-12-01', '2026-11-29', '2026-11-30'], keep: ['2026-11-29', '2026-11-30', '2026-12-01'] },
    {
      // 30 days ending Tuesday 2026-12-01: the 7 newest (25 Nov – 1 Dec) plus the newest of the weeks of
      // 23 Nov (29 Nov, already in), 16 Nov (22 Nov) and 9 Nov (15 Nov); the week of 30 Nov is the first week.
      name: 'a month of daily use',
      days: daysUntil('2026-12-01', 30),
      keep: ['2026-11-15', '2026-11-22', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'],
    },
    {
      // Used only on Mondays: each Monday is its week's newest; 7 daily covers them all.
      name: 'used once a week',
      days: ['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'],
      keep: ['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'],
    },
    {
      // A gap of weeks: weekly counts weeks that have a backup, so older weeks fill in.
      name: 'a holiday in between',
      days: [...daysUntil('2026-12-01', 9), '2026-10-01', '2026-09-20', '2026-09-10'],
      keep: ['2026-09-20', '2026-10-01', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'],
    },
    { name: 'duplicates count once', days: ['2026-12-01', '2026-12-01'], keep: ['2026-12-01'] },
  ])('$name', ({ days, keep }) => {
    expect(sorted(backupsToKeep(days))).toEqual(keep);
  });

  it('never keeps more than daily + weekly, and always the newest', () => {
    const days = daysUntil('2026-12-01', 400);
    const keep = backupsToKeep(days);
    expect(keep.size).toBeLessThanOrEqual(11);
    expect(keep.has('2026-12-01')).toBe(true);
    expect(sorted(backupsToKeep(days, 2, 1))).toEqual(['2026-11-30', '2026-12-01']);
    expect(sorted(backupsToKeep(days, 1, 3))).toEqual(['2026-11-22', '2026-11-29', '2026-12-01']);
  });
});
