import { useCallback, useMemo, useRef, useState } from 'react';
import { get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/api/errors';
import { describeError, isHostFailure } from './errors';
import { FieldMessage, fieldErrorId } from './form';
import { wordIssue } from './issues';

/**
 * The one way a form shows what the backend refused (issue 15). An API error whose details carry a field
 * path marks that field like the form's own rules do (react-hook-form's setError: aria-invalid, the
 * message under the field, focus on the first one); the message is worded in the UI language from its
 * code, without the path. Only what has no field on screen, and failures that are not about a field,
 * go to the form's own notice (<FormNotice>), never to a toast that covers the page.
 */
export interface ServerErrorOptions {
  /** The write's input path → the form's field name. Default: the same name; null: no field for it. */
  toField?: (path: string) => string | null;
  /**
   * Names the form shows a message for without a registered input: a list's own message (`members`), a
   * controlled input (a date picker set through setValue). Such a control is focused through its
   * aria-describedby (ui/form.tsx invalidProps).
   */
  shown?: readonly string[] | ((name: string) => boolean);
  /** The prefix of the form's FieldError ids, when two forms on one page share field names. */
  idPrefix?: string;
  /** How a field is called on screen, for a problem that lands in the notice (by form field name). */
  labels?: Record<string, string>;
}

export interface FormNoticeState {
  text: string;
  details: string[];
}

export interface ServerErrors {
  /** Give to the write: `useApiMutation(m, { ...serverErrors.mutation, onSuccess })`. */
  mutation: { meta: { toast: false }; onError: (err: Error) => void; onMutate: () => void };
  /** Marks the fields and fills the notice; returns what went to the notice. */
  show: (err: unknown) => FormNoticeState | null;
  notice: FormNoticeState | null;
  clear: () => void;
}

/** Where a path shows: itself, else the nearest enclosing field or list that is on screen. */
export function placeOf(path: string, isField: (name: string) => boolean, shown: readonly string[] | ((name: string) => boolean)): { name: string; input: boolean } | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const name = parts.slice(0, n).join('.');
    if (isField(name)) return { name, input: true };
    if (typeof shown === 'function' ? shown(name) : shown.includes(name)) return { name, input: false };
  }
  return null;
}

/** An API failure sorted: the problems a field on screen shows, and the notice for the rest (null: none). */
export interface SortedProblems {
  fields: { name: string; message: string; input: boolean }[];
  notice: FormNoticeState | null;
}

/**
 * Sorts an API failure by where it shows. `isInput` says which names are focusable inputs the form
 * registered; `shown` lists the other names the form shows a message for. The first problem per field wins.
 */
export function sortProblems(err: unknown, t: TFunction, isInput: (name: string) => boolean, { toField = (p: string) => p, shown = [], labels = {} }: ServerErrorOptions): SortedProblems {
  const rest: string[] = [];
  const fields: SortedProblems['fields'] = [];
  const details = err instanceof ApiError && !isHostFailure(err) ? (err.details ?? []) : [];
  for (const d of details) {
    const message = wordIssue(d.issue, d.message);
    const target = d.path ? toField(d.path) : null;
    const place = target ? placeOf(target, isInput, shown) : null;
    if (!place) {
      const label = target ? labelFor(target, labels) : undefined;
      rest.push(label ? `${label}: ${message}` : message);
      continue;
    }
    if (!fields.some((f) => f.name === place.name)) fields.push({ ...place, message });
  }
  const notice = fields.length > 0 && rest.length === 0 ? null : { text: describeError(err, t).text, details: [...new Set(rest)] };
  return { fields, notice };
}

/** Moves focus to a control by the message it points at (aria-describedby), once that is rendered. */
function focusByMessage(name: string, idPrefix = '') {
  const id = fieldErrorId(name, idPrefix);
  setTimeout(() => document.querySelector<HTMLElement>(`[aria-describedby~="${id}"]`)?.focus(), 0);
}

/** What the hook needs of a react-hook-form form (any values, any resolver output). */
export interface FormLike {
  setError(name: never, error: { type: string; message: string }): void;
  setFocus(name: never): void;
  control: unknown;
}

/** For a react-hook-form form: the backend's problems become the form's own field errors (setError). */
export function useServerErrors(form: FormLike, options: ServerErrorOptions = {}): ServerErrors {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<FormNoticeState | null>(null);
  const latest = useRef({ form, options, t });
  latest.current = { form, options, t };

  const show = useCallback((err: unknown): FormNoticeState | null => {
    const { form, options, t } = latest.current;
    // A field is on screen when the form registered it and it is mounted (react-hook-form's field table).
    const registered = (form.control as unknown as { _fields: Record<string, unknown> })._fields;
    const isInput = (name: string) => {
      const f = get(registered, name) as { _f?: { mount?: boolean } } | undefined;
      return !!f?._f && f._f.mount !== false;
    };
    const sorted = sortProblems(err, t, isInput, options);
    for (const f of sorted.fields) form.setError(f.name as never, { type: 'server', message: f.message });
    const first = sorted.fields[0];
    if (first?.input) form.setFocus(first.name as never);
    else if (first) focusByMessage(first.name, options.idPrefix);
    setNotice(sorted.notice);
    return sorted.notice;
  }, []);

  const clear = useCallback(() => setNotice(null), []);
  const mutation = useMemo(() => ({ meta: { toast: false as const }, onError: (err: Error) => void show(err), onMutate: clear }), [show, clear]);
  return { mutation, show, notice, clear };
}

export interface ServerFieldErrors extends ServerErrors {
  /** The backend's message for a field, if any: give it to <Field error> or next to the control. */
  errorOf: (name: string) => string | undefined;
  /** The person changed the field: its message goes. */
  clearField: (name: string) => void;
}

/**
 * The same for a form that keeps its values itself (an autosaved editor): the messages are kept here
 * by field name; `fields` names every field that shows one. Focus goes to the control whose
 * aria-describedby points at the first message (give it `invalidProps`-style attributes).
 */
export function useServerFieldErrors(options: Omit<ServerErrorOptions, 'shown'> & { fields: readonly string[] | ((name: string) => boolean) }): ServerFieldErrors {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<FormNoticeState | null>(null);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const latest = useRef({ options, t });
  latest.current = { options, t };

  const show = useCallback((err: unknown): FormNoticeState | null => {
    const { options, t } = latest.current;
    const sorted = sortProblems(err, t, () => false, { ...options, shown: options.fields });
    setMessages(Object.fromEntries(sorted.fields.map((f) => [f.name, f.message])));
    if (sorted.fields[0]) focusByMessage(sorted.fields[0].name, options.idPrefix);
    setNotice(sorted.notice);
    return sorted.notice;
  }, []);
  const clear = useCallback(() => setNotice(null), []);
  const clearField = useCallback((name: string) => setMessages((m) => (name in m ? Object.fromEntries(Object.entries(m).filter(([k]) => k !== name)) : m)), []);
  const errorOf = useCallback((name: string) => messages[name], [messages]);
  const mutation = useMemo(() => ({ meta: { toast: false as const }, onError: (err: Error) => void show(err), onMutate: () => { clear(); setMessages({}); } }), [show, clear]);
  return { mutation, show, notice, clear, errorOf, clearField };
}

/** A label by the field's name, or by the name of the list row it is in (`people.2.role` → `people.role`). */
function labelFor(name: string, labels: Record<string, string>): string | undefined {
  return labels[name] ?? labels[name.replace(/\.\d+(?=\.|$)/g, '')];
}

/** The form's own notice: what the backend refused that no field on screen shows. Read out at once. */
export function FormNotice({ notice, onClose }: { notice: FormNoticeState | null; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <div className="form-notice" role="alert">
      <div className="form-notice-body">
        <strong>{notice.text}</strong>
        {notice.details.length > 0 && (
          <ul className="form-notice-details">
            {notice.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      {onClose && (
        <button type="button" className="btn btn-small btn-ghost" onClick={onClose}>
          {t('errors.dismiss')}
        </button>
      )}
    </div>
  );
}

/** aria-invalid and aria-describedby for a control of a form that keeps its values itself. */
export function serverFieldProps(server: Pick<ServerFieldErrors, 'errorOf'>, name: string, idPrefix = ''): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return server.errorOf(name) ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(name, idPrefix) } : {};
}

/** The backend's message under a control of such a form (the id its aria-describedby points at). */
export function ServerFieldError({ server, name, idPrefix = '' }: { server: Pick<ServerFieldErrors, 'errorOf'>; name: string; idPrefix?: string }) {
  const message = server.errorOf(name);
  return message ? <FieldMessage id={fieldErrorId(name, idPrefix)} message={message} /> : null;
}
