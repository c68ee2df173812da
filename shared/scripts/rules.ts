// Field rules shared by the parser (which adds line numbers) and the zod schemas
// (which validate edited scripts). One source, so a file the parser accepts is
// always a script the API accepts, and the other way round.
import type { CanvasKind } from './vocabulary';
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

export function checkId(value: string): string | null {
  if (value.length > SCRIPT_ID_MAX || !SLUG_PATTERN.test(value)) {
    return `'id' moet bestaan uit kleine letters en cijfers met enkele koppeltekens ertussen (zoals 'mlb-vier-vensters'), hoogstens ${SCRIPT_ID_MAX} tekens; gevonden: ${shown(value)}`;
  }
  return null;
}

/** Title, description and block title: one trimmed line without control characters. */
export function checkLine(label: string, value: string, max: number): string | null {
  if (value.trim() === '') return `${label} is leeg; vul een tekst in`;
  if (value.includes('\n') || value.includes('\r')) return `${label} moet op één regel staan`;
  if (CONTROL.test(value)) return `${label} bevat een onzichtbaar stuurteken (zoals een tab); verwijder het`;
  if (value !== value.trim()) return `${label} mag niet beginnen of eindigen met spaties`;
  if (value.length > max) return `${label} is te lang: ${value.length} tekens, hoogstens ${max}`;
  if (RAW_HTML.test(value)) return `${label} bevat HTML; gebruik gewone tekst`;
  return null;
}

export function checkFormat(value: string): string | null {
  return isScriptFormat(value)
    ? null
    : `'format' moet een van deze waarden zijn: ${list(SCRIPT_FORMATS)}; gevonden: ${shown(value)}`;
}

export function checkCanvas(value: string): string | null {
  return isCanvasKind(value)
    ? null
    : `'canvas' moet een van deze waarden zijn: ${list(CANVAS_KINDS)}; gevonden: ${shown(value)}`;
}

export function checkRole(value: string): string | null {
  return isRole(value) ? null : `onbekende rol ${shown(value)}; kies uit: ${list(ROLES)}`;
}

export function versionMessage(found: string): string {
  return `'version' moet een positief heel getal zijn (1, 2, 3 ...; hoogstens ${SCRIPT_VERSION_MAX}), gevonden: ${shown(found)}`;
}

export function checkVersion(value: number): string | null {
  return Number.isInteger(value) && value >= 1 && value <= SCRIPT_VERSION_MAX ? null : versionMessage(String(value));
}

export function minutesMessage(found: string): string {
  return `'minuten' moet een heel getal tussen ${BLOCK_MINUTES_MIN} en ${BLOCK_MINUTES_MAX} zijn, gevonden: ${shown(found)}`;
}

export function checkMinutes(value: number): string | null {
  return Number.isInteger(value) && value >= BLOCK_MINUTES_MIN && value <= BLOCK_MINUTES_MAX
    ? null
    : minutesMessage(String(value));
}

export function checkSection(canvas: CanvasKind, section: string): string | null {
  const allowed = sectionsFor(canvas);
  if (allowed.length === 0) {
    return `canvas '${canvas}' heeft geen vensters; laat 'venster' weg (gevonden: ${shown(section)})`;
  }
  return allowed.includes(section)
    ? null
    : `'venster' ${shown(section)} bestaat niet bij canvas '${canvas}'; kies uit: ${list(allowed)}`;
}

/** Problems of one instruction line, as the parser sees it after trimming its end. */
export function instructionLineProblem(line: string): string | null {
  if (CONTROL_EXCEPT_TAB.test(line)) return 'de instructie bevat een onzichtbaar stuurteken; verwijder het';
  if (RAW_HTML.test(line)) return 'de instructie bevat HTML; gebruik Markdown (zoals **vet** of een lijst met - )';
  return null;
}

export function checkInstruction(value: string): string | null {
  if (value.trim() === '') return "'### Instructie' is leeg; beschrijf wat de gespreksleider doet";
  if (value.length > INSTRUCTION_MAX) {
    return `de instructie is te lang: ${value.length} tekens, hoogstens ${INSTRUCTION_MAX}`;
  }
  const lines = value.split('\n');
  if (lines[0] === '' || lines[lines.length - 1] === '') {
    return 'de instructie mag niet beginnen of eindigen met een lege regel';
  }
  for (const [index, line] of lines.entries()) {
    const where = `regel ${index + 1} van de instructie`;
    if (STRUCTURAL_HEADING.test(line)) {
      return `${where} is een kop met #, ## of ###; die zijn voor blokken en onderdelen, gebruik #### of **vet**`;
    }
    if (/[ \t]$/.test(line)) return `${where} eindigt op spaties; verwijder ze`;
    const problem = instructionLineProblem(line);
    if (problem) return `${where}: ${problem}`;
  }
  return null;
}

export function checkPrompt(value: string): string | null {
  if (value.trim() === '') return "een vraag is leeg; schrijf na '- ' de vraag aan de groep";
  if (value.includes('\n') || value.includes('\r')) return 'een vraag moet op één regel staan';
  if (CONTROL.test(value)) return 'een vraag bevat een onzichtbaar stuurteken (zoals een tab); verwijder het';
  if (value !== value.trim()) return 'een vraag mag niet beginnen of eindigen met spaties';
  if (value.length > PROMPT_MAX) return `een vraag is te lang: ${value.length} tekens, hoogstens ${PROMPT_MAX}`;
  if (RAW_HTML.test(value)) return 'een vraag bevat HTML; gebruik gewone tekst';
  return null;
}
