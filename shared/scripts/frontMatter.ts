import type { CanvasKind, Role, ScriptFormat } from './vocabulary';
import { SCRIPT_DESCRIPTION_MAX, SCRIPT_TITLE_MAX, SCRIPT_VERSION_MAX } from './vocabulary';
import { checkCanvas, checkFormat, checkId, checkLine, checkRole, versionProblem } from './rules';
import { problem, type ScriptProblem } from './problems';
import { readScalar } from './scalar';

export const FRONT_MATTER_KEYS = ['id', 'title', 'format', 'canvas', 'roles', 'version', 'description'] as const;
type Key = (typeof FRONT_MATTER_KEYS)[number];
const REQUIRED: readonly Key[] = ['id', 'title', 'format', 'canvas', 'roles', 'version'];

export interface Head {
  id?: string;
  title?: string;
  format?: ScriptFormat;
  canvas?: CanvasKind;
  roles?: Role[];
  version?: number;
  description: string;
  /** 0-based index of the first line after the closing '---'. */
  bodyStart: number;
}

export type Report = (line: number, problem: ScriptProblem) => void;

const isKey = (key: string): key is Key => (FRONT_MATTER_KEYS as readonly string[]).includes(key);
// Quotes around a vocabulary word mean the same to YAML, so accept them.
const unquote = (raw: string) => /^"([^"\\]*)"$/.exec(raw)?.[1] ?? raw;

/** Reads the '---' block; null when there is no body to read after it. */
export function readFrontMatter(lines: readonly string[], report: Report): Head | null {
  if (lines[0]?.trimEnd() !== '---') {
    report(1, problem('fm_start'));
    return null;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) {
    report(1, problem('fm_unclosed'));
    return null;
  }

  const head: Head = { description: '', bodyStart: close + 1 };
  const seenAt = new Map<Key, number>();
  for (let index = 1; index < close; index++) {
    const line = (lines[index] ?? '').trimEnd();
    const lineNo = index + 1;
    if (line === '') continue;
    const match = /^([^\s:]+):(?:[ \t]+(.*))?$/.exec(line);
    if (!match || /^\s/.test(line)) {
      report(lineNo, problem('fm_key_value', { found: `'${line.trim().slice(0, 60)}'` }));
      continue;
    }
    const key = match[1] ?? '';
    const raw = (match[2] ?? '').trim();
    if (!isKey(key)) {
      report(lineNo, problem('fm_unknown_key', { key, allowed: FRONT_MATTER_KEYS.join(', ') }));
      continue;
    }
    const earlier = seenAt.get(key);
    if (earlier !== undefined) {
      report(lineNo, problem('fm_duplicate_key', { key, earlier }));
      continue;
    }
    seenAt.set(key, lineNo);
    if (raw === '') {
      report(lineNo, key === 'description' ? problem('fm_empty_description') : problem('fm_empty_value', { key }));
      continue;
    }
    const found = readValue(head, key, raw);
    if (found) report(lineNo, found);
  }

  for (const key of REQUIRED) {
    if (!seenAt.has(key)) report(close + 1, problem('fm_missing_key', { key }));
  }
  return head;
}

/** Stores a valid value on head; returns the problem otherwise. */
function readValue(head: Head, key: Key, raw: string): ScriptProblem | null {
  switch (key) {
    case 'id': {
      const value = unquote(raw);
      const found = checkId(value);
      if (!found) head.id = value;
      return found;
    }
    case 'format': {
      const value = unquote(raw);
      const found = checkFormat(value);
      if (!found) head.format = value as ScriptFormat;
      return found;
    }
    case 'canvas': {
      const value = unquote(raw);
      const found = checkCanvas(value);
      if (!found) head.canvas = value as CanvasKind;
      return found;
    }
    case 'version': {
      const value = Number(raw);
      if (!/^[1-9]\d*$/.test(raw) || value > SCRIPT_VERSION_MAX) return versionProblem(raw);
      head.version = value;
      return null;
    }
    case 'roles':
      return readRoles(head, raw);
    case 'title':
    case 'description': {
      const scalar = readScalar(key, raw);
      if (!scalar.ok) return scalar.problem;
      const found = checkLine(key, scalar.value, key === 'title' ? SCRIPT_TITLE_MAX : SCRIPT_DESCRIPTION_MAX);
      if (found) return found;
      head[key] = scalar.value;
      return null;
    }
  }
}

function readRoles(head: Head, raw: string): ScriptProblem | null {
  const match = /^\[(.*)\]$/.exec(raw);
  if (!match) return problem('roles_not_list', { found: `'${raw.slice(0, 60)}'` });
  const inner = (match[1] ?? '').trim();
  if (inner === '') return problem('roles_empty');
  const roles: Role[] = [];
  for (const item of inner.split(',').map((part) => part.trim())) {
    if (item === '') return problem('roles_blank');
    const unknown = checkRole(item);
    if (unknown) return problem('roles_unknown', unknown.params);
    if (roles.includes(item as Role)) return problem('roles_duplicate', { role: item });
    roles.push(item as Role);
  }
  head.roles = roles;
  return null;
}
