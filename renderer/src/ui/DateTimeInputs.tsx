import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFieldPattern, fieldToIso, isoToField, normaliseClock, parseDecimal } from './dates';

type Rest = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A clock time typed as text ("13:30", also "1330" or "9.30"), always 24-hour. A native time field
 * would show "01:30 PM" on an English system. The value goes out while typing once it is a time, and
 * as typed on leaving the field (so the form can say what is wrong).
 */
export function ClockInput({ value, onValue, onBlur, ...rest }: Rest & { value: string; onValue: (v: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    setDraft((d) => (normaliseClock(d) === value ? d : value));
  }, [value]);
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      size={5}
      placeholder={t('dates.clockPlaceholder')}
      {...rest}
      className={rest.className ? `${rest.className} clock-input` : 'clock-input'}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        const v = normaliseClock(e.target.value);
        if (v === '' || (CLOCK.test(v) && e.target.value.length >= 4)) onValue(v);
      }}
      onBlur={(e) => {
        const v = normaliseClock(e.target.value);
        setDraft(v);
        if (v !== value) onValue(v);
        onBlur?.(e);
      }}
    />
  );
}

/**
 * A calendar date typed day first ("30-11-2026" in Dutch, "30/11/2026" in English); the value is ISO
 * (YYYY-MM-DD). Text that is not a date goes out as typed, so the form's schema names the problem.
 */
export function DateInput({ value, onValue, onBlur, ...rest }: Rest & { value: string; onValue: (iso: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [draft, setDraft] = useState(() => isoToField(value, lang));
  useEffect(() => {
    setDraft((d) => (fieldToIso(d) === value ? d : isoToField(value, lang)));
  }, [value, lang]);
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      size={10}
      placeholder={dateFieldPattern(lang)}
      title={t('dates.dateHint', { pattern: dateFieldPattern(lang) })}
      {...rest}
      className={rest.className ? `${rest.className} date-input` : 'date-input'}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        onValue(fieldToIso(e.target.value));
      }}
      onBlur={(e) => {
        const iso = fieldToIso(e.target.value);
        if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) setDraft(isoToField(iso, lang));
        onBlur?.(e);
      }}
    />
  );
}

/**
 * A number with a decimal part, typed and shown as the language writes it ("1,5" in Dutch, "1.5" in
 * English; either separator is read). A native number field shows the system's separator instead.
 * Text that is not a number goes out as NaN, so the form's schema names the problem.
 */
export function DecimalInput({ value, onValue, onBlur, ...rest }: Rest & { value: number; onValue: (n: number) => void }) {
  const { i18n } = useTranslation();
  const comma = i18n.language !== 'en';
  const show = (n: number) => (Number.isFinite(n) ? (comma ? String(n).replace('.', ',') : String(n)) : '');
  const [draft, setDraft] = useState(() => show(value));
  useEffect(() => {
    // Object.is: while "1," is typed both sides are NaN, and the draft must stay
    setDraft((d) => (Object.is(parseDecimal(d), value) ? d : show(value)));
  }, [value, comma]);
  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        onValue(parseDecimal(e.target.value));
      }}
      onBlur={(e) => {
        const n = parseDecimal(e.target.value);
        if (Number.isFinite(n)) setDraft(show(n));
        onBlur?.(e);
      }}
    />
  );
}

