/**
 * Leergroepen, bijeenkomsten and their learning record. A bijeenkomst runs a snapshot of a script from the
 * library with its canvas; what it leaves behind is learning (leeropbrengst, reflections, ideas to take to
 * werkbegeleiding) — never a decision about a client.
 */
import { z } from 'zod';
import type { Script } from '../scripts/types';
import { scriptSchema } from '../scripts/types';

// ── Groups ────────────────────────────────────────────────────────────────────────────────────────
/** A professional in a leergroep: a colleague, never a client. */
export interface Member {
  id: string;
  name: string;
  function: string;
  organisation: string;
  /** SKJ registration number, optional. */
  skjNumber: string | null;
}

export interface Group {
  id: string;
  name: string;
  description: string;
  members: Member[];
}

export interface GroupSummary {
  id: string;
  name: string;
  description: string;
  memberCount: number;
  nextSession: string | null;
  sessionCount: number;
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'ongeldige id');
const line = (max: number) => z.string().trim().min(1).max(max).refine((s) => !/[\n\r\t]/.test(s), 'één regel');
const optionalLine = (max: number) => z.string().trim().max(max).refine((s) => !/[\n\r\t]/.test(s), 'één regel');

export const memberSchema = z
  .object({
    id: uuid.optional(),
    name: line(100),
    function: optionalLine(100),
    organisation: optionalLine(100),
    skjNumber: z.string().trim().regex(/^\d{6,12}$/, 'een SKJ-nummer bestaat uit cijfers').nullable(),
  })
  .strict();

export const groupSaveSchema = z
  .object({
    id: uuid.optional(),
    name: line(100),
    description: optionalLine(300),
    members: z.array(memberSchema).max(40),
  })
  .strict();

// ── Sessions: planning ────────────────────────────────────────────────────────────────────────────
export const SESSION_ROLES = ['gespreksleider', 'inbrenger', 'notulist', 'tijdbewaker'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

export interface SessionRoles {
  gespreksleider: string;
  inbrenger: string;
  notulist: string | null;
  tijdbewaker: string | null;
}

export interface SessionPlan {
  groupId: string;
  /** Calendar date YYYY-MM-DD and clock times HH:MM, Europe/Amsterdam. */
  date: string;
  startTime: string;
  endTime: string;
  roles: SessionRoles;
  caseId: string | null;
  leervraag: string;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd als UU:MM');

export const sessionPlanSchema = z
  .object({
    groupId: uuid,
    date: isoDate,
    startTime: clock,
    endTime: clock,
    roles: z
      .object({ gespreksleider: uuid, inbrenger: uuid, notulist: uuid.nullable(), tijdbewaker: uuid.nullable() })
      .strict()
      .refine((r) => r.gespreksleider !== r.inbrenger, 'de gespreksleider brengt zelf geen casus in'),
    caseId: uuid.nullable(),
    leervraag: z.string().trim().max(500),
  })
  .strict()
  .refine((p) => p.startTime < p.endTime, { message: 'de eindtijd ligt na de begintijd', path: ['endTime'] });

/** A leervraag is asked in ik-vorm ("Hoe kan ik …"); anything else gets a gentle hint, never a block. */
export function leervraagHint(leervraag: string): 'empty' | 'not-ik-vorm' | null {
  const q = leervraag.trim();
  if (!q) return 'empty';
  return /\b(ik|mij|me|mijn)\b/i.test(q) ? null : 'not-ik-vorm';
}

// ── Sessions: running ─────────────────────────────────────────────────────────────────────────────
export type RunStatus = 'planned' | 'running' | 'paused' | 'finished';

/** The live state of a bijeenkomst. Times are epoch milliseconds from the facilitator's clock. */
export interface RunState {
  status: RunStatus;
  blockIndex: number;
  /** When the current block (re)started counting; null while paused or not started. */
  blockStartedAt: number | null;
  /** Milliseconds the current block had already run before the last pause. */
  blockElapsedBefore: number;
  /** Extra minutes given to each block (+5 min), by block index. */
  extraMinutes: number[];
  actualStart: number | null;
  actualEnd: number | null;
  /** When each block actually started and ended, for the evaluation of the plan against the clock. */
  log: Array<{ blockIndex: number; startedAt: number; endedAt: number | null }>;
}

export const runStateSchema = z
  .object({
    status: z.enum(['planned', 'running', 'paused', 'finished']),
    blockIndex: z.number().int().min(0).max(100),
    blockStartedAt: z.number().int().nonnegative().nullable(),
    blockElapsedBefore: z.number().int().nonnegative(),
    extraMinutes: z.array(z.number().int().min(0).max(240)).max(100),
    actualStart: z.number().int().nonnegative().nullable(),
    actualEnd: z.number().int().nonnegative().nullable(),
    log: z.array(z.object({ blockIndex: z.number().int().min(0), startedAt: z.number().int().nonnegative(), endedAt: z.number().int().nonnegative().nullable() }).strict()).max(500),
  })
  .strict();

// ── The Vier Vensters canvas ──────────────────────────────────────────────────────────────────────
export const FACT_KINDS = ['vaststaand', 'interpretatie', 'betwist'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface CanvasPerson {
  /** Pseudonym from the case roster (or typed in the session). */
  name: string;
  relation: string;
  perspective: string;
  regie: boolean;
}

export interface Idea {
  id: string;
  /** The participant (member id) who offered it. */
  memberId: string | null;
  text: string;
  /** The inbrenger takes it along to werkbegeleiding. */
  takeAlong: boolean;
}

export interface VierVenstersCanvas {
  mensen: { people: CanvasPerson[]; network: string };
  feiten: { items: Array<{ text: string; kind: FactKind }>; krachten: string[]; zorgen: string[]; onbekend: string[] };
  weging: {
    inbrenger: string;
    perspectives: string[];
    criteria: string[];
    differences: string[];
    /** Silent scaling 0–10: revealed only once everyone present has scored. */
    scaling: { enabled: boolean; scores: Array<{ memberId: string; score: number }> };
  };
  volgendeStappen: { ideas: Idea[] };
}

export const EMPTY_CANVAS: VierVenstersCanvas = {
  mensen: { people: [], network: '' },
  feiten: { items: [], krachten: [], zorgen: [], onbekend: [] },
  weging: { inbrenger: '', perspectives: [], criteria: [], differences: [], scaling: { enabled: false, scores: [] } },
  volgendeStappen: { ideas: [] },
};

const text = (max: number) => z.string().max(max);
const items = (max: number) => z.array(z.string().trim().min(1).max(max)).max(50);

export const canvasSchema = z
  .object({
    mensen: z
      .object({
        people: z.array(z.object({ name: line(60), relation: text(200), perspective: text(1000), regie: z.boolean() }).strict()).max(40),
        network: text(2000),
      })
      .strict(),
    feiten: z
      .object({
        items: z.array(z.object({ text: z.string().trim().min(1).max(1000), kind: z.enum(FACT_KINDS) }).strict()).max(80),
        krachten: items(500),
        zorgen: items(500),
        onbekend: items(500),
      })
      .strict(),
    weging: z
      .object({
        inbrenger: text(2000),
        perspectives: items(1000),
        criteria: items(500),
        differences: items(1000),
        scaling: z
          .object({ enabled: z.boolean(), scores: z.array(z.object({ memberId: uuid, score: z.number().int().min(0).max(10) }).strict()).max(40) })
          .strict(),
      })
      .strict(),
    volgendeStappen: z
      .object({ ideas: z.array(z.object({ id: uuid, memberId: uuid.nullable(), text: z.string().trim().min(1).max(1000), takeAlong: z.boolean() }).strict()).max(80) })
      .strict(),
  })
  .strict();

// ── The learning record ───────────────────────────────────────────────────────────────────────────
export interface Attendance {
  memberId: string;
  present: boolean;
  /** Actual clock times HH:MM; null = the session's actual start/end. */
  arrived: string | null;
  left: string | null;
}

export interface LearningRecord {
  inbrengerLearned: string;
  inbrengerWillTry: string;
  /** Free text next to the ideas marked takeAlong: what the inbrenger brings to werkbegeleiding. */
  toWerkbegeleiding: string;
  participantLearnings: Array<{ memberId: string; text: string }>;
  processFeedback: string;
  attendance: Attendance[];
}

export const EMPTY_LEARNING: LearningRecord = {
  inbrengerLearned: '',
  inbrengerWillTry: '',
  toWerkbegeleiding: '',
  participantLearnings: [],
  processFeedback: '',
  attendance: [],
};

export const learningSchema = z
  .object({
    inbrengerLearned: text(4000),
    inbrengerWillTry: text(4000),
    toWerkbegeleiding: text(4000),
    participantLearnings: z.array(z.object({ memberId: uuid, text: z.string().trim().min(1).max(1000) }).strict()).max(40),
    processFeedback: text(4000),
    attendance: z.array(z.object({ memberId: uuid, present: z.boolean(), arrived: clock.nullable(), left: clock.nullable() }).strict()).max(40),
  })
  .strict();

/** SKJ: reflection is about the professional's own process, along three dimensions. */
export interface Reflection {
  id: string;
  sessionId: string | null;
  memberId: string;
  technischInstrumenteel: string;
  normatief: string;
  persoonlijk: string;
  /** The author chose to include it in the shared learning record. */
  shared: boolean;
  updatedAt: string;
}

export const reflectionSaveSchema = z
  .object({
    id: uuid.optional(),
    sessionId: uuid,
    memberId: uuid,
    technischInstrumenteel: text(4000),
    normatief: text(4000),
    persoonlijk: text(4000),
    shared: z.boolean(),
  })
  .strict()
  .refine((r) => (r.technischInstrumenteel + r.normatief + r.persoonlijk).trim().length > 0, 'schrijf bij minstens één dimensie iets');

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

export const sessionSnapshotSchema = scriptSchema;
