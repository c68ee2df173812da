const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's calendar date (YYYY-MM-DD) in Europe/Amsterdam, where the work happens: a retention date or a
 * bijeenkomst "today" turns over at local midnight, not at UTC midnight.
 */
export function amsterdamToday(now: Date): string {
  return AMSTERDAM_DATE.format(now);
}
