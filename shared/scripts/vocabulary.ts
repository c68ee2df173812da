// The closed vocabularies of the script format. The UI, the API contract and
// the parser all read these lists, so a new role or canvas section is added here once.

export const SCRIPT_FORMATS = ['mlb', 'ffps', 'sos', 'intervisie'] as const;
export type ScriptFormat = (typeof SCRIPT_FORMATS)[number];

/** The werkvormen by their Dutch names, as exports and printed records show them. */
export const FORMAT_LABELS: Record<ScriptFormat, string> = {
  mlb: 'Methodische Leerbijeenkomst (Vier Vensters)',
  ffps: 'FFPS-casuïstiekbespreking',
  sos: 'Signs of Safety-groepssupervisie',
  intervisie: 'Intervisie',
};

export const CANVAS_KINDS = ['vier-vensters', 'ffps-casenote', 'signs-of-safety', 'vrij'] as const;
export type CanvasKind = (typeof CANVAS_KINDS)[number];

export const ROLES = [
  'gespreksleider',
  'inbrenger',
  'deelnemer',
  'notulist',
  'tijdbewaker',
  'supervisor',
  'gezinsmanager',
  'adviseur',
  'trainer',
  'observator',
] as const;
export type Role = (typeof ROLES)[number];

// A block may say which part of the canvas it fills; 'vrij' has no fixed parts.
export const CANVAS_SECTIONS = {
  'vier-vensters': ['mensen', 'feiten', 'weging', 'volgende-stappen', 'leeropbrengst'],
  'signs-of-safety': ['zorgen', 'wat-gaat-goed', 'wat-moet-er-gebeuren', 'schaal'],
  'ffps-casenote': ['casenote', 'feedback', 'planning'],
  vrij: [],
} as const satisfies Record<CanvasKind, readonly string[]>;
export type CanvasSection = (typeof CANVAS_SECTIONS)[CanvasKind][number];

export const SCRIPT_ID_MAX = 80;
export const SCRIPT_TITLE_MAX = 120;
export const SCRIPT_DESCRIPTION_MAX = 500;
export const SCRIPT_VERSION_MAX = 1_000_000;
export const BLOCK_TITLE_MAX = 120;
export const BLOCK_MINUTES_MIN = 1;
export const BLOCK_MINUTES_MAX = 240;
export const INSTRUCTION_MAX = 10_000;
export const PROMPT_MAX = 300;
export const PROMPTS_MAX = 20;
export const BLOCKS_MAX = 60;

export { SLUG_PATTERN } from '../common/patterns';

export function isScriptFormat(value: string): value is ScriptFormat {
  return (SCRIPT_FORMATS as readonly string[]).includes(value);
}

export function isCanvasKind(value: string): value is CanvasKind {
  return (CANVAS_KINDS as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function sectionsFor(canvas: CanvasKind): readonly string[] {
  return CANVAS_SECTIONS[canvas];
}
