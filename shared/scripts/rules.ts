// Field rules shared by the parser (which adds line numbers) and the zod schemas
// (which validate edited scripts). One source, so a file the parser accepts is
// always a script the API accepts, and the other way round.
import type { CanvasKind } from './vocabulary';
import { problem, type ScriptField, type ScriptProblem } from './problems';
import {
  BLOCK_MINUTES_MAX,
  BLOCK_MINUTES_MIN,
  CANVAS_KINDS,
  INSTRUCTION_MAX,
  PROMPT_MAX,
  ROLES,
  SCRIPT_FORMATS,
  SCRIPT_ID_MAX,
  SCRIPT_VERSION_MAX,
  SLUG_PATTERN,
  isCanvasKind,
  isRole,
  isScriptFormat,
  sectionsFor,
} from './vocabulary';

/** Shows a found value in a message without letting a long line flood it. */
export function shown(value: string): string {
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `'${flat.length > 60 ? `${flat.slice(0, 57)}...` : flat}'`;
}

const list = (values: readonly string[]) => values.join(', ');

// Control characters would be invisible in the editor and on the beamer.
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_EXCEPT_TAB = /[\u0000-\u0008\u000a-\u001f\u007f]/;
// Raw HTML is never rendered (react-markdown escapes it), so it only confuses.
const RAW_HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;
/** Lines the parser reads as structure, so an instruction cannot contain them. */
export const STRUCTURAL_HEADING = /^#{1,3}(?:[ \t]|$)/;

export function checkId(value: string): ScriptProblem | null {
  if (value.length > SCRIPT_ID_MAX || !SLUG_PATTERN.test(value)) return problem('id_invalid', { max: SCRIPT_ID_MAX, found: shown(value) });
  return null;
}

/** Title, description and block title: one trimmed line without control characters. */
export function checkLine(field: ScriptField, value: string, max: number): ScriptProblem | null {
  if (value.trim() === '') return problem('line_empty', { field });
  if (value.includes('\n') || value.includes('\r')) return problem('line_multiline', { field });
  if (CONTROL.test(value)) return problem('line_control', { field });
  if (value !== value.trim()) return problem('line_spaces', { field });
  if (value.length > max) return problem('line_too_long', { field, length: value.length, max });
  if (RAW_HTML.test(value)) return problem('line_html', { field });
  return null;
}

export function checkFormat(value: string): ScriptProblem | null {
  return isScriptFormat(value) ? null : problem('format_invalid', { allowed: list(SCRIPT_FORMATS), found: shown(value) });
}

export function checkCanvas(value: string): ScriptProblem | null {
  return isCanvasKind(value) ? null : problem('canvas_invalid', { allowed: list(CANVAS_KINDS), found: shown(value) });
}

export function checkRole(value: string): ScriptProblem | null {
  return isRole(value) ? null : problem('role_unknown', { found: shown(value), allowed: list(ROLES) });
}

export function versionProblem(found: string): ScriptProblem {
  return problem('version_invalid', { max: SCRIPT_VERSION_MAX, found: shown(found) });
}

export function checkVersion(value: number): ScriptProblem | null {
  return Number.isInteger(value) && value >= 1 && value <= SCRIPT_VERSION_MAX ? null : versionProblem(String(value));
}

export function minutesProblem(found: string): ScriptProblem {
  return problem('minutes_invalid', { min: BLOCK_MINUTES_MIN, max: BLOCK_MINUTES_MAX, found: shown(found) });
}

export function checkMinutes(value: number): ScriptProblem | null {
  return Number.isInteger(value) && value >= BLOCK_MINUTES_MIN && value <= BLOCK_MINUTES_MAX ? null : minutesProblem(String(value));
}

export function checkSection(canvas: CanvasKind, section: string): ScriptProblem | null {
  const allowed = sectionsFor(canvas);
  if (allowed.length === 0) return problem('section_none', { canvas, found: shown(section) });
  return allowed.includes(section) ? null : problem('section_unknown', { found: shown(section), canvas, allowed: list(allowed) });
}

/** Problems of one instruction line, as the parser sees it after trimming its end. */
export function instructionLineProblem(line: string): ScriptProblem | null {
  if (CONTROL_EXCEPT_TAB.test(line)) return problem('instruction_control');
  if (RAW_HTML.test(line)) return problem('instruction_html');
  return null;
}

export function checkInstruction(value: string): ScriptProblem | null {
  if (value.trim() === '') return problem('instruction_empty');
  if (value.length > INSTRUCTION_MAX) return problem('instruction_too_long', { length: value.length, max: INSTRUCTION_MAX });
  const lines = value.split('\n');
  if (lines[0] === '' || lines[lines.length - 1] === '') return problem('instruction_blank_edge');
  for (const [index, line] of lines.entries()) {
    const n = index + 1;
    if (STRUCTURAL_HEADING.test(line)) return problem('instruction_heading', { n });
    if (/[ \t]$/.test(line)) return problem('instruction_trailing', { n });
    if (CONTROL_EXCEPT_TAB.test(line)) return problem('instruction_line_control', { n });
    if (RAW_HTML.test(line)) return problem('instruction_line_html', { n });
  }
  return null;
}

export function checkPrompt(value: string): ScriptProblem | null {
  if (value.trim() === '') return problem('prompt_empty');
  if (value.includes('\n') || value.includes('\r')) return problem('prompt_multiline');
  if (CONTROL.test(value)) return problem('prompt_control');
  if (value !== value.trim()) return problem('prompt_spaces');
  if (value.length > PROMPT_MAX) return problem('prompt_too_long', { length: value.length, max: PROMPT_MAX });
  if (RAW_HTML.test(value)) return problem('prompt_html');
  return null;
}
