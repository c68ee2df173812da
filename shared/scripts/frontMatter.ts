import type { CanvasKind, Role, ScriptFormat } from './vocabulary';
import { SCRIPT_DESCRIPTION_MAX, SCRIPT_TITLE_MAX, SCRIPT_VERSION_MAX } from './vocabulary';
import { checkCanvas, checkFormat, checkId, checkLine, checkRole, versionMessage } from './rules';
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

export type Report = (line: number, message: string) => void;

const isKey = (key: string): key is Key => (FRONT_MATTER_KEYS as readonly string[]).includes(key);
// Quotes around a vocabulary word mean the same to YAML, so accept them.
const unquote = (raw: string) => /^"([^"\\]*)"$/.exec(raw)?.[1] ?? raw;

/** Reads the '---' block; null when there is no body to read after it. */
export function readFrontMatter(lines: readonly string[], report: Report): Head | null {
  if (lines[0]?.trimEnd() !== '---') {
    report(1, "het bestand moet beginnen met een regel '---', gevolgd door id, title, format, canvas, roles en version, en weer een regel '---'");
    return null;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) {
    report(1, "de kop die op deze regel met '---' begint, wordt nergens afgesloten; zet na de laatste sleutel een regel '---'");
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
      report(lineNo, `verwacht 'sleutel: waarde' (zonder inspringen, met een spatie na de dubbele punt); gevonden: '${line.trim().slice(0, 60)}'`);
      continue;
    }
    const key = match[1] ?? '';
    const raw = (match[2] ?? '').trim();
    if (!isKey(key)) {
      report(lineNo, `onbekende sleutel '${key}'; toegestaan zijn: ${FRONT_MATTER_KEYS.join(', ')}`);
      continue;
    }
    const earlier = seenAt.get(key);
    if (earlier !== undefined) {
      report(lineNo, `de sleutel '${key}' staat er twee keer in (eerder op regel ${earlier}); laat er één staan`);
      continue;
    }
    seenAt.set(key, lineNo);
    if (raw === '') {
      const hint = key === 'description' ? '; laat de regel weg als er geen beschrijving is' : '';
      report(lineNo, `'${key}' heeft geen waarde${hint}`);
      continue;
    }
    const message = readValue(head, key, raw);
    if (message) report(lineNo, message);
  }

  for (const key of REQUIRED) {
    if (!seenAt.has(key)) report(close + 1, `de kop mist de verplichte sleutel '${key}'`);
  }
  return head;
}

/** Stores a valid value on head; returns the Dutch problem otherwise. */
function readValue(head: Head, key: Key, raw: string): string | null {
  switch (key) {
    case 'id': {
      const value = unquote(raw);
      const problem = checkId(value);
      if (!problem) head.id = value;
      return problem;
    }
    case 'format': {
      const value = unquote(raw);
      const problem = checkFormat(value);
      if (!problem) head.format = value as ScriptFormat;
      return problem;
    }
    case 'canvas': {
      const value = unquote(raw);
      const problem = checkCanvas(value);
      if (!problem) head.canvas = value as CanvasKind;
      return problem;
    }
    case 'version': {
      const value = Number(raw);
      if (!/^[1-9]\d*$/.test(raw) || value > SCRIPT_VERSION_MAX) return versionMessage(raw);
      head.version = value;
      return null;
    }
    case 'roles':
      return readRoles(head, raw);
    case 'title':
    case 'description': {
      const scalar = readScalar(key, raw);
      if (!scalar.ok) return scalar.message;
      const problem = checkLine(`'${key}'`, scalar.value, key === 'title' ? SCRIPT_TITLE_MAX : SCRIPT_DESCRIPTION_MAX);
      if (problem) return problem;
      head[key] = scalar.value;
      return null;
    }
  }
}

function readRoles(head: Head, raw: string): string | null {
  const match = /^\[(.*)\]$/.exec(raw);
  if (!match) return `'roles' moet een lijst tussen blokhaken zijn, zoals [gespreksleider, inbrenger, deelnemer]; gevonden: '${raw.slice(0, 60)}'`;
  const inner = (match[1] ?? '').trim();
  if (inner === '') return "'roles' is leeg; noem minstens één rol, zoals [gespreksleider, inbrenger, deelnemer]";
  const roles: Role[] = [];
  for (const item of inner.split(',').map((part) => part.trim())) {
    if (item === '') return "'roles' bevat een lege plek tussen twee komma's";
    const problem = checkRole(item);
    if (problem) return `'roles': ${problem}`;
    if (roles.includes(item as Role)) return `'roles': de rol '${item}' staat er twee keer in`;
    roles.push(item as Role);
  }
  head.roles = roles;
  return null;
}
