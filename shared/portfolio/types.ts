/**
 * The professional's portfolio: a profile per professional on this machine ("dit ben ik"), free
 * reflections with templates, learning goals, the werkbegeleiding list and hours entered by hand. What
 * the other areas hold (bijeenkomsten, FFPS feedback, SoS) is read through their services and shown on
 * one timeline; this area stores only its own records and the links between them.
 *
 * A reflection is about the professional's own process, never the client's: its text is not case
 * material, so structured identifiers are refused (BSN, phone, e-mail, postcode, case number).
 */
import { z } from 'zod';
import { freeText, isoDateSchema, oneLine, optionalOneLine, uuidSchema } from '../common/schemas';
import { REFLECTION_DIMENSIONS, type ReflectionDimension } from '../sessions/types';
import type { ScriptFormat } from '../scripts/vocabulary';

export { REFLECTION_DIMENSIONS, type ReflectionDimension };

export const PROFILE_TEXT_MAX = 100;
export const PORTFOLIO_TEXT_MAX = 4000;
export const GOAL_TITLE_MAX = 200;
export const NOTE_MAX = 1000;
export const LINKED_MEMBERS_MAX = 40;

// ── Profiles ──────────────────────────────────────────────────────────────────────────────────────
export const profileSaveSchema = z
  .object({
    id: uuidSchema.optional(),
    name: oneLine(PROFILE_TEXT_MAX),
    function: optionalOneLine(PROFILE_TEXT_MAX),
    organisation: optionalOneLine(PROFILE_TEXT_MAX),
    skjNumber: z.string().trim().regex(/^\d{6,12}$/, 'een SKJ-nummer bestaat uit cijfers').nullable(),
    /** The first day of the current five-year registration period. */
    periodStart: isoDateSchema,
    /** The group members (one per leergroep) that are this person: their attendance and reflections are found. */
    memberIds: z.array(uuidSchema).max(LINKED_MEMBERS_MAX),
    /** The names this person writes FFPS case-notes under (the author on this machine, or as a colleague's bundle names them). */
    ffpsNames: z.array(oneLine(PROFILE_TEXT_MAX)).max(5),
  })
  .strict();
export type ProfileSave = z.infer<typeof profileSaveSchema>;
export interface Profile extends Omit<ProfileSave, 'id'> {
  id: string;
}
/** What the "dit ben ik" chooser shows of a profile: nothing of its portfolio. */
export interface ProfileChoice {
  id: string;
  name: string;
  function: string;
}

// ── Free reflections and their templates ──────────────────────────────────────────────────────────
export const REFLECTION_TEMPLATES = ['dimensies', 'starr', 'alact', 'vrij'] as const;
export type ReflectionTemplate = (typeof REFLECTION_TEMPLATES)[number];

/** The fields of each template, in order. The three SKJ dimensions are the dimensies template's fields. */
export const TEMPLATE_FIELDS = {
  dimensies: ['technischInstrumenteel', 'normatief', 'persoonlijk'],
  starr: ['situatie', 'taak', 'actie', 'resultaat', 'reflectie'],
  alact: ['handelen', 'terugblikken', 'essentie', 'alternatieven', 'uitproberen'],
  vrij: ['tekst'],
} as const satisfies Record<ReflectionTemplate, readonly string[]>;
export type TemplateField = (typeof TEMPLATE_FIELDS)[ReflectionTemplate][number];

export const freeReflectionSaveSchema = z
  .object({
    id: uuidSchema.optional(),
    date: isoDateSchema,
    title: oneLine(GOAL_TITLE_MAX),
    template: z.enum(REFLECTION_TEMPLATES),
    fields: z.record(z.string(), freeText(PORTFOLIO_TEXT_MAX)),
    /** The SKJ dimensions this reflection covers (the dimensies template covers those it fills in). */
    dimensions: z.array(z.enum(REFLECTION_DIMENSIONS)).max(3),
    goalIds: z.array(uuidSchema).max(50),
  })
  .strict()
  .superRefine((r, ctx) => {
    const allowed = new Set<string>(TEMPLATE_FIELDS[r.template]);
    for (const key of Object.keys(r.fields)) if (!allowed.has(key)) ctx.addIssue({ code: 'custom', path: ['fields', key], message: 'hoort niet bij dit sjabloon' });
    if (!Object.values(r.fields).some((t) => t.trim())) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'schrijf bij minstens één veld iets' });
  });
export type FreeReflectionSave = z.infer<typeof freeReflectionSaveSchema>;
export interface FreeReflection extends Omit<FreeReflectionSave, 'id'> {
  id: string;
  updatedAt: string;
}

/** The dimensions a free reflection covers: chosen, plus those its dimensies fields fill in. */
export function reflectionDimensions(r: Pick<FreeReflectionSave, 'template' | 'fields' | 'dimensions'>): ReflectionDimension[] {
  const out = new Set(r.dimensions);
  if (r.template === 'dimensies') for (const d of REFLECTION_DIMENSIONS) if (r.fields[d]?.trim()) out.add(d);
  return REFLECTION_DIMENSIONS.filter((d) => out.has(d));
}

// ── Learning goals ────────────────────────────────────────────────────────────────────────────────
export const GOAL_STATUSES = ['open', 'bezig', 'behaald', 'losgelaten'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const goalSaveSchema = z
  .object({
    id: uuidSchema.optional(),
    title: oneLine(GOAL_TITLE_MAX),
    description: freeText(PORTFOLIO_TEXT_MAX),
    status: z.enum(GOAL_STATUSES),
  })
  .strict();
export type GoalSave = z.infer<typeof goalSaveSchema>;
export interface Goal extends Omit<GoalSave, 'id'> {
  id: string;
  /** How many timeline items are linked to it. */
  evidence: number;
  updatedAt: string;
}

// ── The timeline ──────────────────────────────────────────────────────────────────────────────────
export const TIMELINE_KINDS = ['sessie', 'reflectie', 'leeropbrengst', 'feedback', 'sos', 'vrij'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One thing learned, from whichever source; `key` is stable (`<kind>:<source id>`), goals link to it. */
export interface TimelineItem {
  key: string;
  kind: TimelineKind;
  date: string;
  title: string;
  /** Where it comes from: the group and werkvorm, "FFPS-feedback", "Vrije reflectie". */
  source: string;
  format: ScriptFormat | null;
  texts: Array<{ label: string; text: string }>;
  dimensions: ReflectionDimension[];
  goalIds: string[];
  /** The bijeenkomst it belongs to, for its attendance list. */
  sessionId: string | null;
  /** A free reflection's id, to open it. */
  reflectionId: string | null;
}

export const timelineFilterSchema = z
  .object({
    kinds: z.array(z.enum(TIMELINE_KINDS)).max(TIMELINE_KINDS.length).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    dimension: z.enum(REFLECTION_DIMENSIONS).optional(),
    goalId: uuidSchema.optional(),
    q: z.string().max(200).optional(),
  })
  .strict();
export type TimelineFilter = z.infer<typeof timelineFilterSchema>;

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Newest first; every word of `q` must occur somewhere in the item (accents and case ignored). */
export function filterTimeline(items: readonly TimelineItem[], f: TimelineFilter): TimelineItem[] {
  const words = fold(f.q ?? '').split(/\s+/).filter(Boolean);
  return items
    .filter((i) => !f.kinds?.length || f.kinds.includes(i.kind))
    .filter((i) => (!f.from || i.date >= f.from) && (!f.to || i.date <= f.to))
    .filter((i) => !f.dimension || i.dimensions.includes(f.dimension))
    .filter((i) => !f.goalId || i.goalIds.includes(f.goalId))
    .filter((i) => {
      if (!words.length) return true;
      const hay = fold([i.title, i.source, ...i.texts.flatMap((t) => [t.label, t.text])].join('\n'));
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}

// ── Werkbegeleiding ───────────────────────────────────────────────────────────────────────────────
export const WB_STATUSES = ['open', 'besproken'] as const;
export type WbStatus = (typeof WB_STATUSES)[number];

export interface WbItem {
  /** `idea:<sessionId>:<ideaId>`, `wb:<sessionId>` (the free text), `oefenpunt:<feedbackId>`. */
  key: string;
  date: string;
  source: string;
  text: string;
  status: WbStatus;
  /** What was agreed in werkbegeleiding. */
  note: string;
  discussedAt: string | null;
}

export const wbUpdateSchema = z
  .object({ key: z.string().min(3).max(120), status: z.enum(WB_STATUSES), note: freeText(NOTE_MAX) })
  .strict();
export type WbUpdate = z.infer<typeof wbUpdateSchema>;

// ── Hours ─────────────────────────────────────────────────────────────────────────────────────────
export const manualHoursSaveSchema = z
  .object({
    id: uuidSchema.optional(),
    date: isoDateSchema,
    /** Contact hours of one meeting, in quarter hours. */
    hours: z.number().min(0.25).max(12).refine((h) => Number.isInteger(h * 4), 'in kwartieren (0,25)'),
    note: oneLine(300),
  })
  .strict();
export type ManualHoursSave = z.infer<typeof manualHoursSaveSchema>;
export interface ManualHours extends Omit<ManualHoursSave, 'id'> {
  id: string;
}

/** A source from an area not built into the portfolio (Signs of Safety): what the port returns. */
export interface ExternalLearningItem {
  id: string;
  date: string;
  title: string;
  source: string;
  texts: Array<{ label: string; text: string }>;
  dimensions: ReflectionDimension[];
}
