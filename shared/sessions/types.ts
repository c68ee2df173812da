/**
 * Bijeenkomsten and their learning record. A bijeenkomst runs a snapshot of a script from the library
 * with its canvas; what it leaves behind is learning (leeropbrengst, reflections, ideas to take to
 * werkbegeleiding) — never a decision about a client.
 *
 * The schemas are the one source: the types are inferred from them, the backend parses stored JSON
 * through them, and the renderer's forms validate with them.
 */
import { z } from 'zod';
import type { Script } from '../scripts/types';
import { scriptSchema } from '../scripts/types';
import { clockSchema, freeText, isoDateSchema, listItems, oneLine, uuidSchema } from '../common/schemas';
import type { Member } from '../groups/types';

export const LEERVRAAG_MAX = 500;
export const CANVAS_LIMITS = {
  personName: 60,
  relation: 200,
  perspective: 1000,
  network: 2000,
  fact: 1000,
  strength: 500,
  weging: 2000,
  perspectiveItem: 1000,
  criterion: 500,
  difference: 1000,
  idea: 1000,
} as const;
export const LEARNING_TEXT_MAX = 4000;
export const PARTICIPANT_LEARNING_MAX = 1000;
export const REFLECTION_TEXT_MAX = 4000;

// ── Planning ──────────────────────────────────────────────────────────────────────────────────────
export const SESSION_ROLES = ['gespreksleider', 'inbrenger', 'notulist', 'tijdbewaker'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

export const sessionRolesSchema = z
  .object({ gespreksleider: uuidSchema, inbrenger: uuidSchema, notulist: uuidSchema.nullable(), tijdbewaker: uuidSchema.nullable() })
  .strict()
  .refine((r) => r.gespreksleider !== r.inbrenger, 'de gespreksleider brengt zelf geen casus in');
export type SessionRoles = z.infer<typeof sessionRolesSchema>;

export const sessionPlanSchema = z
  .object({
    groupId: uuidSchema,
    /** Calendar date YYYY-MM-DD and clock times HH:MM, Europe/Amsterdam. */
    date: isoDateSchema,
    startTime: clockSchema,
    endTime: clockSchema,
    roles: sessionRolesSchema,
    caseId: uuidSchema.nullable(),
    leervraag: z.string().trim().max(LEERVRAAG_MAX),
  })
  .strict()
  .refine((p) => p.startTime < p.endTime, { message: 'de eindtijd ligt na de begintijd', path: ['endTime'] });
export type SessionPlan = z.infer<typeof sessionPlanSchema>;

/** A leervraag is asked in ik-vorm ("Hoe kan ik …"); anything else gets a gentle hint, never a block. */
export function leervraagHint(leervraag: string): 'empty' | 'not-ik-vorm' | null {
  const q = leervraag.trim();
  if (!q) return 'empty';
  return /\b(ik|mij|me|mijn)\b/i.test(q) ? null : 'not-ik-vorm';
}

// ── Running ───────────────────────────────────────────────────────────────────────────────────────
export const RUN_STATUSES = ['planned', 'running', 'paused', 'finished'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

const epochMs = z.number().int().nonnegative();

/** The live state of a bijeenkomst. Times are epoch milliseconds from the facilitator's clock. */
export const runStateSchema = z
  .object({
    status: z.enum(RUN_STATUSES),
    blockIndex: z.number().int().min(0).max(100),
    /** When the current block (re)started counting; null while paused or not started. */
    blockStartedAt: epochMs.nullable(),
    /** Milliseconds the current block had already run before the last pause. */
    blockElapsedBefore: epochMs,
    /** Extra minutes given to each block (+5 min), by block index. */
    extraMinutes: z.array(z.number().int().min(0).max(240)).max(100),
    actualStart: epochMs.nullable(),
    actualEnd: epochMs.nullable(),
    /** When each block actually started and ended, for the evaluation of the plan against the clock. */
    log: z.array(z.object({ blockIndex: z.number().int().min(0), startedAt: epochMs, endedAt: epochMs.nullable() }).strict()).max(500),
    /** The facilitator blacked out the group's screen (key B); absent in runs saved before it existed. */
    blackout: z.boolean().optional(),
  })
  .strict();
export type RunState = z.infer<typeof runStateSchema>;

// ── The Vier Vensters canvas ──────────────────────────────────────────────────────────────────────
export const FACT_KINDS = ['vaststaand', 'interpretatie', 'betwist'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const L = CANVAS_LIMITS;
export const canvasPersonSchema = z
  .object({
    /** Pseudonym from the case roster (or typed in the session). */
    name: oneLine(L.personName),
    relation: freeText(L.relation),
    perspective: freeText(L.perspective),
    regie: z.boolean(),
  })
  .strict();
export type CanvasPerson = z.infer<typeof canvasPersonSchema>;

export const factSchema = z.object({ text: z.string().trim().min(1).max(L.fact), kind: z.enum(FACT_KINDS) }).strict();
export type Fact = z.infer<typeof factSchema>;

export const ideaSchema = z
  .object({
    id: uuidSchema,
    /** The participant (member id) who offered it. */
    memberId: uuidSchema.nullable(),
    text: z.string().trim().min(1).max(L.idea),
    /** The inbrenger takes it along to werkbegeleiding. */
    takeAlong: z.boolean(),
  })
  .strict();
export type Idea = z.infer<typeof ideaSchema>;

export const scoreSchema = z.object({ memberId: uuidSchema, score: z.number().int().min(0).max(10) }).strict();

export const canvasSchema = z
  .object({
    mensen: z.object({ people: z.array(canvasPersonSchema).max(40), network: freeText(L.network) }).strict(),
    feiten: z
      .object({
        items: z.array(factSchema).max(80),
        krachten: listItems(L.strength),
        zorgen: listItems(L.strength),
        onbekend: listItems(L.strength),
      })
      .strict(),
    weging: z
      .object({
        inbrenger: freeText(L.weging),
        perspectives: listItems(L.perspectiveItem),
        criteria: listItems(L.criterion),
        differences: listItems(L.difference),
        /** Silent scaling 0–10: revealed only once everyone present has scored. */
        scaling: z.object({ enabled: z.boolean(), scores: z.array(scoreSchema).max(40) }).strict(),
      })
      .strict(),
    volgendeStappen: z.object({ ideas: z.array(ideaSchema).max(80) }).strict(),
  })
  .strict();
export type VierVenstersCanvas = z.infer<typeof canvasSchema>;

export const EMPTY_CANVAS: VierVenstersCanvas = {
  mensen: { people: [], network: '' },
  feiten: { items: [], krachten: [], zorgen: [], onbekend: [] },
  weging: { inbrenger: '', perspectives: [], criteria: [], differences: [], scaling: { enabled: false, scores: [] } },
  volgendeStappen: { ideas: [] },
};

// ── The learning record ───────────────────────────────────────────────────────────────────────────
export const attendanceSchema = z
  .object({
    memberId: uuidSchema,
    present: z.boolean(),
    /** Actual clock times HH:MM; null = the session's actual start/end. */
    arrived: clockSchema.nullable(),
    left: clockSchema.nullable(),
  })
  .strict();
export type Attendance = z.infer<typeof attendanceSchema>;

export const learningSchema = z
  .object({
    inbrengerLearned: freeText(LEARNING_TEXT_MAX),
    inbrengerWillTry: freeText(LEARNING_TEXT_MAX),
    /** Free text next to the ideas marked takeAlong: what the inbrenger brings to werkbegeleiding. */
    toWerkbegeleiding: freeText(LEARNING_TEXT_MAX),
    participantLearnings: z.array(z.object({ memberId: uuidSchema, text: z.string().trim().min(1).max(PARTICIPANT_LEARNING_MAX) }).strict()).max(40),
    processFeedback: freeText(LEARNING_TEXT_MAX),
    attendance: z.array(attendanceSchema).max(40),
  })
  .strict();
export type LearningRecord = z.infer<typeof learningSchema>;

export const EMPTY_LEARNING: LearningRecord = {
  inbrengerLearned: '',
  inbrengerWillTry: '',
  toWerkbegeleiding: '',
  participantLearnings: [],
  processFeedback: '',
  attendance: [],
};

// ── Reflections (SKJ: about the professional's own process, along three dimensions) ────────────────
export const REFLECTION_DIMENSIONS = ['technischInstrumenteel', 'normatief', 'persoonlijk'] as const;
export type ReflectionDimension = (typeof REFLECTION_DIMENSIONS)[number];

export const reflectionSaveSchema = z
  .object({
    id: uuidSchema.optional(),
    sessionId: uuidSchema,
    memberId: uuidSchema,
    technischInstrumenteel: freeText(REFLECTION_TEXT_MAX),
    normatief: freeText(REFLECTION_TEXT_MAX),
    persoonlijk: freeText(REFLECTION_TEXT_MAX),
    /** The author chose to include it in the shared learning record. */
    shared: z.boolean(),
  })
  .strict()
  .refine((r) => (r.technischInstrumenteel + r.normatief + r.persoonlijk).trim().length > 0, 'schrijf bij minstens één dimensie iets');
export type ReflectionSave = z.infer<typeof reflectionSaveSchema>;

export interface Reflection extends Omit<ReflectionSave, 'id' | 'sessionId'> {
  id: string;
  sessionId: string | null;
  updatedAt: string;
}

// ── What the API returns ──────────────────────────────────────────────────────────────────────────
export interface SessionSummary {
  id: string;
  groupId: string;
  groupName: string;
  date: string;
  startTime: string;
  endTime: string;
  scriptTitle: string;
  status: RunStatus;
  leervraag: string;
  caseCodeName: string | null;
}

export interface SessionDetail extends SessionPlan {
  id: string;
  groupName: string;
  members: Member[];
  /** The script as it was when the session was planned: later edits to the library do not change it. */
  script: Script;
  caseCodeName: string | null;
  run: RunState;
  canvas: VierVenstersCanvas;
  learning: LearningRecord;
  reflections: Reflection[];
  /** Attended hours per member, from attendance and the actual times (SKJ evidence). */
  hours: Array<{ memberId: string; hours: number }>;
  updatedAt: string;
}

/** The script snapshot a bijeenkomst keeps (stored as JSON, parsed through this schema). */
export const sessionSnapshotSchema = scriptSchema;

/** How a bijeenkomst refers to a member: a role, its learning record (attendance, learnings), or its canvas (scores, ideas). */
export type MemberReferenceVia = 'role' | 'record' | 'canvas';

/**
 * Every member a bijeenkomst refers to, and how: one function, so the stored relation and the "who
 * appears in this record" list never disagree.
 */
export function memberReferences(
  roles: SessionRoles,
  canvas: VierVenstersCanvas,
  learning: LearningRecord,
): Array<{ memberId: string; via: MemberReferenceVia }> {
  const out = new Map<string, { memberId: string; via: MemberReferenceVia }>();
  const add = (memberId: string | null, via: MemberReferenceVia) => {
    if (memberId) out.set(`${via}:${memberId}`, { memberId, via });
  };
  for (const id of Object.values(roles)) add(id, 'role');
  for (const a of learning.attendance) add(a.memberId, 'record');
  for (const p of learning.participantLearnings) add(p.memberId, 'record');
  for (const sc of canvas.weging.scaling.scores) add(sc.memberId, 'canvas');
  for (const i of canvas.volgendeStappen.ideas) add(i.memberId, 'canvas');
  return [...out.values()];
}
