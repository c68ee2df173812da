/**
 * Every date, time and number the app shows, in one place: Dutch dates and a 24-hour clock in Dutch,
 * British English dates and a 24-hour clock in English — whatever the operating system's or the
 * browser's locale says. Times are Europe/Amsterdam (storage is ISO 8601 UTC, epoch milliseconds, or a
 * plain calendar date and clock time).
 *
 * Nothing else in the renderer calls toLocale*() or Intl: a native <input type="date|time"> would too
 * (it follows the browser's locale), so date and time fields are text fields from ui/DateTimeInputs.
 */
const ZONE = 'Europe/Amsterdam';

/** The formatting locale for the UI language. */
export function intlLocale(lang: string): string {
  return lang.startsWith('en') ? 'en-GB' : 'nl-NL';
}

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${intlLocale(lang)}|${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: ZONE, ...options });
    cache.set(id, f);
  }
  return f;
}

function toDate(iso: string): Date | null {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "30 nov 2026" / "30 Nov 2026". */
export function formatDate(iso: string, lang: string): string {
  const d = toDate(iso);
  return d ? fmt(lang, 'date', { day: 'numeric', month: 'short', year: 'numeric' }).format(d) : iso;
}

/** "maandag 30 november 2026" / "Monday 30 November 2026". */
export function formatDateLong(iso: string, lang: string): string {
  const d = toDate(iso);
  return d ? fmt(lang, 'long', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(d).replace(',', '') : iso;
}

/** A moment as a 24-hour clock time, "13:05". */
export function formatTime(ms: number, lang: string): string {
  if (!Number.isFinite(ms)) return '';
  return fmt(lang, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

/** A moment as date and time: "30 nov 2026, 13:05". */
export function formatDateTime(iso: string, lang: string): string {
  const d = toDate(iso);
  return d ? `${formatDate(iso, lang)}, ${formatTime(d.getTime(), lang)}` : iso;
}

/** A number with the language's decimal mark: "1,5" / "1.5". */
export function formatNumber(n: number, lang: string, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** Today's calendar date in Amsterdam (YYYY-MM-DD): not UTC's, which is yesterday's until 01:00. */
export function todayIso(now: number = Date.now()): string {
  const parts = fmt('en', 'iso', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** How a date field shows an ISO date: "30-11-2026" in Dutch, "30/11/2026" in English. */
export function isoToField(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang.startsWith('en') ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}-${m[2]}-${m[1]}`;
}

/** The placeholder of a date field: "dd-mm-jjjj" / "dd/mm/yyyy". */
export function dateFieldPattern(lang: string): string {
  return lang.startsWith('en') ? 'dd/mm/yyyy' : 'dd-mm-jjjj';
}

/**
 * A typed date back to ISO: day first (30-11-2026, 30/11/2026, 30.11.2026, 1-2-2027) or already ISO.
 * Text that is not a date comes back as typed, so the form's schema names the problem at the field.
 */
export function fieldToIso(text: string): string {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (!m) return t;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** A typed clock time made regular: "930" and "9:30" → "09:30", "9.30" → "09:30"; otherwise as typed. */
export function normaliseClock(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(t);
  if (!m) return t;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** "1,5", "1.5", " 2 " → a number; anything else → NaN. */
export function parseDecimal(text: string): number {
  const t = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}
