import { describe, expect, it } from 'vitest';
import { attendedHours } from '../sessions/hours';
import { addYears, hoursSummary, registrationPeriod, skjCredit, type HoursEntry } from './hours';

describe('skjCredit: at least one hour per meeting, quarters rounded down', () => {
  it.each([
    [0, 0],
    [0.5, 0],
    [0.75, 0],
    [0.99, 0],
    [1, 1],
    [1.25, 1.25],
    [1.3, 1.25],
    [1.49, 1.25],
    [2.99, 2.75],
    [3, 3],
    [Number.NaN, 0],
    [-1, 0],
  ])('%s contact hours count %s', (contact, credit) => {
    expect(skjCredit(contact)).toBe(credit);
  });

  it.each([
    // [session start, end, arrived, left, credited]
    ['10:00', '11:30', null, null, 1.5],
    ['10:00', '11:30', '10:40', null, 0], // 50 minutes: under the minimum
    ['10:00', '11:00', null, null, 1],
    ['10:00', '10:59', null, null, 0], // 59 minutes: rounds down to 0.75, under the minimum
    ['10:02', '11:31', null, null, 1.25], // 89 minutes
    ['09:30', '12:00', '09:00', '12:30', 2.5], // coffee before and after is not contact time
  ] as const)('a bijeenkomst %s–%s, arrived %s left %s: %s', (start, end, arrived, left, credited) => {
    const contact = attendedHours({ memberId: 'm', present: true, arrived, left }, start, end);
    expect(skjCredit(contact)).toBe(credited);
  });
});

describe('registrationPeriod', () => {
  it.each([
    ['2024-01-01', '2028-12-31', 1827],
    ['2023-09-15', '2028-09-14', 1827],
    ['2025-03-01', '2030-02-28', 1826],
    ['2024-02-29', '2029-02-27', 1826], // 29 Feb → 28 Feb five years on; the period ends the day before
  ])('from %s the period ends %s (%s days)', (start, end, days) => {
    expect(registrationPeriod(start)).toEqual({ start, end, days });
  });

  it('addYears keeps the day, clamps 29 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-12-31', 5)).toBe('2028-12-31');
  });
});

const e = (date: string, hours: number): HoursEntry => ({ date, hours });

describe('hoursSummary: years, totals and the pace', () => {
  it('a period that crosses calendar years: six buckets, partial first and last, norms summing to 60', () => {
    const s = hoursSummary('2023-09-01', [e('2023-09-10', 2), e('2023-12-31', 1.5), e('2024-01-01', 1), e('2028-08-31', 1.25), e('2028-09-01', 4)], '2028-09-10');
    expect(s.years.map((y) => [y.year, y.from, y.to, y.hours])).toEqual([
      [2023, '2023-09-01', '2023-12-31', 3.5],
      [2024, '2024-01-01', '2024-12-31', 1],
      [2025, '2025-01-01', '2025-12-31', 0],
      [2026, '2026-01-01', '2026-12-31', 0],
      [2027, '2027-01-01', '2027-12-31', 0],
      [2028, '2028-01-01', '2028-08-31', 1.25],
    ]);
    // the day after the period (2028-09-01) does not count
    expect(s.total).toBe(5.75);
    expect(s.years.reduce((sum, y) => sum + y.norm, 0)).toBeCloseTo(60, 1);
    expect(s.years[0].norm).toBeCloseTo((60 * 122) / 1827, 2);
    expect(s.years[1].norm).toBeCloseTo((60 * 366) / 1827, 2);
    expect(s.status).toBe('not-reached');
  });

  it('entries before the period start do not count', () => {
    expect(hoursSummary('2025-01-01', [e('2024-12-31', 3), e('2025-01-01', 2)], '2025-06-01').total).toBe(2);
  });

  type Row = [label: string, start: string, entries: HoursEntry[], today: string, status: string, projected: number | null];
  const steady = Array.from({ length: 24 }, (_, i) => e(`2025-${String((i % 12) + 1).padStart(2, '0')}-15`, 1.5)); // 36 h in 2025
  it.each<Row>([
    ['not yet started', '2026-01-01', [], '2025-12-01', 'too-early', null],
    ['first weeks: too early to say', '2025-01-01', [], '2025-02-15', 'too-early', null],
    ['a year in, nothing yet: behind', '2025-01-01', [], '2026-01-01', 'behind', 0],
    ['a year in, 6 hours: behind (30 at this pace)', '2025-01-01', [e('2025-03-01', 6)], '2025-12-31', 'behind', 30.02],
    ['a year in, 36 hours: on track', '2025-01-01', steady, '2025-12-31', 'on-track', 180.1],
    ['two and a half years, 30 hours: on track exactly', '2025-01-01', [e('2025-06-01', 30)], '2027-07-02', 'on-track', 60],
    ['norm reached early', '2025-01-01', [e('2025-06-01', 60)], '2025-06-02', 'reached', 716.08],
    ['period over, 59.75 hours: not reached', '2020-01-01', [e('2021-06-01', 59.75)], '2025-01-10', 'not-reached', 59.75],
  ])('%s', (_label, start, entries, today, status, projected) => {
    const s = hoursSummary(start, entries, today);
    expect(s.status).toBe(status);
    expect(s.projected).toBe(projected);
  });

  it('hours still needed and the rate per year for the rest of the period', () => {
    const s = hoursSummary('2025-01-01', [e('2025-03-01', 12)], '2026-01-01');
    expect(s.remaining).toBe(48);
    expect(s.elapsedDays).toBe(366);
    expect(s.neededPerYear).toBeCloseTo((48 / (1826 - 366)) * 365.25, 2);
  });
});
