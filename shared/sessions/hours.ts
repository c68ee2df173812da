/**
 * Attended hours as SKJ evidence. SKJ counts contact hours, so a member is credited only for time
 * inside the bijeenkomst, and rounding goes down: the evidence must never claim more than happened.
 */
import type { Attendance } from './types';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Wall-clock arithmetic on 'HH:MM': on the two DST switch nights an interval spanning 02:00–03:00 is
 * off by an hour. A bijeenkomst at that hour on a Sunday night is not a case worth a time zone model.
 */
export function attendedHours(att: Attendance, actualStart: string | null, actualEnd: string | null): number {
  if (!att.present) return 0;
  const sessionStart = toMinutes(actualStart);
  const sessionEnd = toMinutes(actualEnd);
  let from = toMinutes(att.arrived) ?? sessionStart;
  let to = toMinutes(att.left) ?? sessionEnd;
  if (from === null || to === null) return 0;
  // Coming early or staying for coffee afterwards is not contact time.
  if (sessionStart !== null) from = Math.max(from, sessionStart);
  if (sessionEnd !== null) to = Math.min(to, sessionEnd);
  const minutes = to - from;
  if (minutes <= 0) return 0;
  return Math.floor(minutes / 15) / 4;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for a non-finite ms or an unknown time zone: both are caller bugs. */
export function msToClock(ms: number, timeZone = 'Europe/Amsterdam'): string {
  if (!Number.isFinite(ms)) throw new RangeError(`msToClock: geen tijdstip: ${ms}`);
  let format = formatters.get(timeZone);
  if (!format) {
    // hourCycle h23: some engines print midnight as "24:00" with hour12:false.
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  let hour = '00';
  let minute = '00';
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'hour') hour = part.value.padStart(2, '0');
    else if (part.type === 'minute') minute = part.value.padStart(2, '0');
  }
  return `${hour}:${minute}`;
}

function toMinutes(clock: string | null): number | null {
  if (clock === null) return null;
  const match = CLOCK.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * The moment a calendar date and wall-clock time ('YYYY-MM-DD', 'HH:MM') denote in a time zone, as
 * epoch milliseconds: the planned start of a bijeenkomst, to measure lateness against. Null for text
 * that is not a date and a time.
 */
export function wallClockToMs(date: string, clock: string, timeZone = 'Europe/Amsterdam'): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const c = CLOCK.exec(clock);
  if (!d || !c) return null;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(c[1]), Number(c[2]));
  // The zone's offset at that moment, measured twice: the second time at the corrected instant (DST).
  let ms = asUtc - offsetMs(asUtc, timeZone);
  ms = asUtc - offsetMs(ms, timeZone);
  return ms;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(ms: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    offsetFormatters.set(timeZone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return local - Math.floor(ms / 1000) * 1000;
}
