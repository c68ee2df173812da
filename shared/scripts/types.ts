import { z } from 'zod';
import type { CanvasKind, Role, ScriptFormat } from './vocabulary';
import {
  BLOCKS_MAX,
  BLOCK_TITLE_MAX,
  CANVAS_KINDS,
  PROMPTS_MAX,
  ROLES,
  SCRIPT_DESCRIPTION_MAX,
  SCRIPT_FORMATS,
  SCRIPT_TITLE_MAX,
  SLUG_PATTERN,
} from './vocabulary';
import {
  checkId,
  checkInstruction,
  checkLine,
  checkMinutes,
  checkPrompt,
  checkSection,
  checkVersion,
} from './rules';
import type { ScriptField, ScriptProblem } from './problems';
import type { IssueCode } from '../api/issues';

export interface Block {
  title: string;
  minutes: number;
  /** The canvas section this block fills, or null. */
  section: string | null;
  /** Markdown for the facilitator. */
  instruction: string;
  /** Questions for the group, one line each. */
  prompts: string[];
}

export interface Script {
  id: string;
  title: string;
  format: ScriptFormat;
  canvas: CanvasKind;
  roles: Role[];
  version: number;
  /** Empty when the file has no description. */
  description: string;
  blocks: Block[];
}

export interface ScriptError {
  /** 1-based line in the file. */
  line: number;
  /** Dutch, starting with "Regel N: " (developer-facing). */
  message: string;
  /** The problem as a code with parameters, for the renderer to word (shared/scripts/problems.ts). */
  issue: IssueCode;
}

export type ParseResult = { ok: true; script: Script } | { ok: false; errors: ScriptError[] };

/** Wraps a rule from ./rules so zod reports its Dutch message, with the code and parameters for the renderer. */
function ruled<T>(schema: z.ZodType<T>, rule: (value: T) => ScriptProblem | null) {
  return schema.superRefine((value, ctx) => {
    const p = rule(value);
    if (p) ctx.addIssue({ code: 'custom', message: p.message, params: { issue: { code: p.code, params: p.params } } });
  });
}

const text = (field: ScriptField, max: number) => ruled(z.string(), (v) => checkLine(field, v, max));

export const blockSchema = z
  .object({
    title: text('blockTitle', BLOCK_TITLE_MAX),
    minutes: ruled(z.number(), checkMinutes),
    // Which sections are valid depends on the canvas, so scriptSchema checks that.
    section: z.string().regex(SLUG_PATTERN).nullable(),
    instruction: ruled(z.string(), checkInstruction),
    prompts: z.array(ruled(z.string(), checkPrompt)).max(PROMPTS_MAX),
  })
  .strict();

export const scriptSchema = z
  .object({
    id: ruled(z.string(), checkId),
    title: text('title', SCRIPT_TITLE_MAX),
    format: z.enum(SCRIPT_FORMATS),
    canvas: z.enum(CANVAS_KINDS),
    roles: z
      .array(z.enum(ROLES))
      .min(1, 'kies minstens één rol')
      .refine((roles) => new Set(roles).size === roles.length, 'een rol staat er twee keer in'),
    version: ruled(z.number(), checkVersion),
    description: ruled(z.string(), (v) => (v === '' ? null : checkLine('description', v, SCRIPT_DESCRIPTION_MAX))),
    blocks: z.array(blockSchema).min(1, 'een script heeft minstens één blok').max(BLOCKS_MAX),
  })
  .strict()
  .superRefine((script, ctx) => {
    script.blocks.forEach((block, index) => {
      const p = block.section === null ? null : checkSection(script.canvas, block.section);
      if (p) ctx.addIssue({ code: 'custom', message: p.message, path: ['blocks', index, 'section'], params: { issue: { code: p.code, params: p.params } } });
    });
  });

// Fails to compile when the interfaces and the schemas drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const scriptShapeMatches: Same<z.infer<typeof scriptSchema>, Script> = true;
const blockShapeMatches: Same<z.infer<typeof blockSchema>, Block> = true;
void scriptShapeMatches;
void blockShapeMatches;

// ── What the API returns ──────────────────────────────────────────────────────────────────────────
export interface ScriptSummary {
  id: string;
  title: string;
  format: ScriptFormat;
  canvas: CanvasKind;
  description: string;
  builtin: boolean;
  blockCount: number;
  totalMinutes: number;
  version: number;
  updatedAt: string;
}

export interface ScriptDetail extends Script {
  builtin: boolean;
  /** The script this one was duplicated from, if it still exists. */
  basedOn: string | null;
  updatedAt: string;
}

/** A text file for the user to save (script or case as Markdown). */
export interface ScriptExport {
  filename: string;
  content: string;
}
