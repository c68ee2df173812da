import { useLayoutEffect, useRef } from 'react';
import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { issueCode } from '../../../shared/api/issues';
import { wordIssue } from './issues';

/** A problem a screen finds beyond the schema: a name or date in a short text field. */
export interface FieldProblem {
  /** The field's name in the form, e.g. `people.2.role`. */
  path: string;
  message: string | null;
}

export interface SchemaResolverOptions<V> {
  /** The renderer's anonymisation check, per field, where the schema has nothing to say. */
  checks?: (values: V) => FieldProblem[];
  /**
   * Where a rule about several fields shows its message: `{ 'plan.roles': 'plan.roles.inbrenger' }`.
   * The form shows a message live only at a field (after submit also at a group).
   */
  errorAt?: Record<string, string>;
  /**
   * Where a schema problem shows, when the schema checks something other than the form's values (the
   * FFPS note drops empty rows first, so `goals.0` of the checked list may be the form's second row).
   */
  toField?: (path: string, values: V) => string;
}

/**
 * The form's rules are the shared zod schema, so a rule exists once (shared/); its message is worded
 * here in the UI language from the problem's code (ui/issues.ts). An error of the whole object (a
 * refine without a path) is the form's `root` error.
 */
export function schemaResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  { checks, errorAt = {}, toField }: SchemaResolverOptions<z.input<S>> = {},
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values) => {
    const parsed = await schema.safeParseAsync(values);
    const result = parsed.success ? { values: parsed.data, errors: {} } : { values: {}, errors: {} };
    const errors: Record<string, unknown> = {};
    // Each problem worded in the UI language from its code (the first one per field is shown).
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const checked = issue.path.map(String).join('.');
      const path = (checked && toField ? toField(checked, values) : checked) || 'root';
      if (!get(errors, path)) set(errors, path, { type: issue.code, message: wordIssue(issueCode(issue), issue.message) });
    }
    for (const [from, to] of Object.entries(errorAt)) {
      const e = get(errors, from) as { message?: string; type?: string } | undefined;
      if (e?.message && !get(errors, to)) set(errors, to, { type: e.type, message: e.message });
    }
    for (const p of checks?.(values) ?? []) {
      if (p.message && !get(errors, p.path)) set(errors, p.path, { type: 'identifier', message: p.message });
    }
    if (Object.keys(errors).length === 0) return result;
    return { values: {}, errors: errors as FieldErrors<z.input<S>> };
  };
}

/** The message for one field (or an array's own message), next to that field. */
export function FieldError({ errors, name, id, idPrefix }: { errors: FieldErrors; name: string; id?: string; idPrefix?: string }) {
  const message = errorMessage(errors, name);
  return message ? <FieldMessage id={id ?? fieldErrorId(name, idPrefix)} message={message} /> : null;
}

/**
 * A field's message. Where it stands inside the <label> of a control that points at it (aria-describedby),
 * it is kept out of the control's name: a screen reader says "Omschrijving, invalid, Hier staat …" rather
 * than reading the message as part of the label.
 */
export function FieldMessage({ id, message }: { id: string; message: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const label = el?.closest('label');
    const control = label?.control ?? label?.querySelector('input, select, textarea');
    const linked = !!control?.getAttribute('aria-describedby')?.split(/\s+/).includes(id);
    if (linked) el?.setAttribute('aria-hidden', 'true');
    else el?.removeAttribute('aria-hidden');
  });
  return (
    <span ref={ref} className="field-error" id={id}>
      {message}
    </span>
  );
}

export function errorMessage(errors: FieldErrors, name: string): string | undefined {
  const e = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = e?.message ?? e?.root?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * What a control carries while its field has a message (its own rule's or the backend's, ui/serverErrors):
 * aria-invalid, and aria-describedby pointing at the FieldError under it.
 */
export function invalidProps(errors: FieldErrors, name: string, idPrefix = ''): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return errorMessage(errors, name) ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(name, idPrefix) } : {};
}

/** The id of a field's message (FieldError renders it). */
export const fieldErrorId = (name: string, idPrefix = '') => `${idPrefix}${name.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
