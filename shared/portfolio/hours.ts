/**
 * SKJ hours as pure rules. SKJ asks at least 60 reflection hours per five-year registration period,
 * counts only contact hours, and a meeting counts only when it lasted at least one hour.
 *
 * Contact time per meeting is computed once, in the sessions area (`attendedHours`: only time inside the
 * bijeenkomst, rounded down to whole quarters, so the evidence never claims more than happened); this
 * module applies the SKJ rules on top of it and never recomputes attendance.
 */
export const SKJ_NORM_HOURS = 60;
export const SKJ_PERIOD_YEARS = 5;
/** A meeting shorter than this counts for nothing. */
export const SKJ_MIN_PER_MEETING = 1;
/** Before this many days into a period the pace says nothing yet. */
export const PACE_GRACE_DAYS = 90;

/** Hours SKJ credits for one meeting: contact hours in quarters, rounded down; under one hour: 0. */
export function skjCredit(contactHours: number): number {
  if (!Number.isFinite(contactHours) || contactHours < SKJ_MIN_PER_MEETING) return 0;
  return Math.floor(contactHours * 4 + 1e-9) / 4;
}

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The same calendar date `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = y + years;
  const last = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const addDays = (date: string, days: number): string => iso(ms(date) + days * DAY);
/** Days from a to b, both inclusive. */
export const daysInclusive = (a: string, b: string): number => Math.round((ms(b) - ms(a)) / DAY) + 1;

export interface RegistrationPeriod {
  start: string;
  /** The last day: the day before the same date five years on. */
  end: string;
  days: number;
}

export function registrationPeriod(start: string): RegistrationPeriod {
  const end = addDays(addYears(start, SKJ_PERIOD_YEARS), -1);
  return { start, end, days: daysInclusive(start, end) };
}

export interface HoursEntry {
  date: string;
  /** Credited hours (after `skjCredit`). */
  hours: number;
}

export interface YearBucket {
  year: number;
  from: string;
  to: string;
  hours: number;
  /** The part of the 60 hours that falls in this year, by days (a year the period only partly covers gets less). */
  norm: number;
}

export type PaceStatus = 'reached' | 'on-track' | 'behind' | 'too-early' | 'not-reached';

export interface HoursSummary {
  period: RegistrationPeriod;
  total: number;
  years: YearBucket[];
  /** Days of the period passed up to and including today (0 before it starts, all after it ended). */
  elapsedDays: number;
  /** At the current pace, the hours at the end of the period. Null while nothing can be said. */
  projected: number | null;
  /** Hours still needed, and per year left at that rate to reach the norm. */
  remaining: number;
  neededPerYear: number | null;
  status: PaceStatus;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Hours per calendar year of the period, the total, and the pace. Entries outside the period do not
 * count. The status:
 * - `reached`: 60 hours or more;
 * - `not-reached`: the period has ended below the norm;
 * - `too-early`: fewer than 90 days passed (a pace from a few weeks says nothing);
 * - `behind`: at the pace so far (hours / days passed) the end of the period stays below 60;
 * - `on-track`: otherwise.
 */
export function hoursSummary(periodStart: string, entries: readonly HoursEntry[], today: string): HoursSummary {
  const period = registrationPeriod(periodStart);
  const inPeriod = entries.filter((e) => e.date >= period.start && e.date <= period.end);
  const total = inPeriod.reduce((s, e) => s + e.hours, 0);
  const years: YearBucket[] = [];
  const firstYear = Number(period.start.slice(0, 4));
  const lastYear = Number(period.end.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    const from = y === firstYear ? period.start : `${y}-01-01`;
    const to = y === lastYear ? period.end : `${y}-12-31`;
    years.push({
      year: y,
      from,
      to,
      hours: inPeriod.filter((e) => e.date >= from && e.date <= to).reduce((s, e) => s + e.hours, 0),
      norm: round2((SKJ_NORM_HOURS * daysInclusive(from, to)) / period.days),
    });
  }
  const elapsedDays = today < period.start ? 0 : today > period.end ? period.days : daysInclusive(period.start, today);
  const remaining = Math.max(0, SKJ_NORM_HOURS - total);
  const daysLeft = period.days - elapsedDays;
  const projected = elapsedDays >= PACE_GRACE_DAYS ? round2((total / elapsedDays) * period.days) : null;
  const neededPerYear = remaining > 0 && daysLeft > 0 ? round2((remaining / daysLeft) * 365.25) : null;
  let status: PaceStatus;
  if (total >= SKJ_NORM_HOURS) status = 'reached';
  else if (elapsedDays >= period.days) status = 'not-reached';
  else if (projected === null) status = 'too-early';
  else status = projected < SKJ_NORM_HOURS ? 'behind' : 'on-track';
  return { period, total, years, elapsedDays, projected, remaining, neededPerYear, status };
}
