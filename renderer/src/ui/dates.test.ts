import { describe, expect, it } from 'vitest';
import { fieldToIso, formatDate, formatDateLong, formatNumber, formatTime, isoToField, normaliseClock, parseDecimal, todayIso } from './dates';

describe('dates and numbers, whatever the system locale', () => {
  it('Dutch and British dates, a 24-hour clock', () => {
    const at = Date.parse('2026-11-30T12:05:00Z'); // 13:05 in Amsterdam
    expect(formatDate('2026-11-30', 'nl')).toBe('30 nov 2026');
    expect(formatDate('2026-11-30', 'en')).toBe('30 Nov 2026');
    expect(formatDateLong('2026-11-30', 'nl')).toBe('maandag 30 november 2026');
    expect(formatDateLong('2026-11-30', 'en')).toBe('Monday 30 November 2026');
    expect(formatTime(at, 'nl')).toBe('13:05');
    expect(formatTime(at, 'en')).toBe('13:05');
    expect(formatTime(Date.parse('2026-11-30T23:30:00Z'), 'en')).toBe('00:30');
  });
  it('hours with the language’s decimal mark', () => {
    expect(formatNumber(1.5, 'nl')).toBe('1,5');
    expect(formatNumber(1.5, 'en')).toBe('1.5');
  });
  it('today is Amsterdam’s date, also in the hour after midnight', () => {
    expect(todayIso(Date.parse('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });
  it('date fields day first, clock fields regularised', () => {
    expect(isoToField('2026-12-07', 'nl')).toBe('07-12-2026');
    expect(isoToField('2026-12-07', 'en')).toBe('07/12/2026');
    expect(fieldToIso('7-12-2026')).toBe('2026-12-07');
    expect(fieldToIso('07/12/2026')).toBe('2026-12-07');
    expect(fieldToIso('12/7')).toBe('12/7');
    expect(normaliseClock('930')).toBe('09:30');
    expect(normaliseClock('9.30')).toBe('09:30');
    expect(normaliseClock('25:00')).toBe('25:00');
  });
});

describe('parseDecimal', () => {
  it('reads a decimal comma or point, and nothing else', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal(' 2.25 ')).toBe(2.25);
    expect(parseDecimal('3')).toBe(3);
    for (const bad of ['', '1,2,3', 'anderhalf', '-1', '1.5 uur']) expect(parseDecimal(bad)).toBeNaN();
  });
});
