import { problem, type ScriptProblem } from './problems';
// Front matter values are a strict subset of YAML, so any YAML tool reads the
// same strings we do. Rule: a value is written plain unless YAML could read it
// as something else; then it is written in double quotes with \" and \\ as the
// only escapes (control characters are not allowed in values at all).

// Starts with a YAML indicator, or contains a mapping/comment marker.
const UNSAFE_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`]|: |\s#|:$/;
// Plain but typed by YAML (number, boolean, null): quoted on output to stay a string.
const LOOKS_TYPED = /^(?:[-+.]?\d|\.(?:inf|nan)$|(?:true|false|yes|no|on|off|y|n|null|~)$)/i;
const QUOTED = /^"((?:[^"\\]|\\["\\])*)"$/;

export function needsQuotes(value: string): boolean {
  return value === '' || UNSAFE_PLAIN.test(value) || LOOKS_TYPED.test(value);
}

export function quoteIfNeeded(value: string): string {
  return needsQuotes(value) ? `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"` : value;
}

export type ScalarResult = { ok: true; value: string } | { ok: false; problem: ScriptProblem };

/** Reads a text value (title, description); `key` only shapes the message. */
export function readScalar(key: string, raw: string): ScalarResult {
  if (raw.startsWith('"')) {
    const match = QUOTED.exec(raw);
    if (!match) {
      return { ok: false, problem: problem('quote_unclosed', { key }) };
    }
    return { ok: true, value: (match[1] ?? '').replace(/\\(["\\])/g, '$1') };
  }
  if (UNSAFE_PLAIN.test(raw)) {
    return { ok: false, problem: problem('needs_quotes', { key }) };
  }
  return { ok: true, value: raw };
}
