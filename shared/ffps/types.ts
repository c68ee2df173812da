/**
 * FFPS (Functional Family Parole Services): phase-based case-notes written by the gezinsmanager per
 * contact, and the supervisor's structured feedback on them. Feedback is about professional practice —
 * never a decision about the family. Case-notes are case material: every text passes the case's gate.
 */
import { z } from 'zod';
import { freeText, oneLine, uuidSchema } from '../common/schemas';

// ── The method's vocabulary ───────────────────────────────────────────────────────────────────────
export const FFP_PHASES = ['verbinden-en-motiveren', 'ondersteunen-en-regievoeren', 'generaliseren-en-borgen'] as const;
export type FfpPhase = (typeof FFP_PHASES)[number];

/** The phases by the words GIs use. */
export const FFP_PHASE_LABELS: Record<FfpPhase, string> = {
  'verbinden-en-motiveren': 'Verbinden en motiveren',
  'ondersteunen-en-regievoeren': 'Ondersteunen en regievoeren',
  'generaliseren-en-borgen': 'Generaliseren en borgen',
};

/** The relational function of behaviour: closeness, distance, or both (midpointing). */
export const RELATIONAL_FUNCTIONS = ['nabijheid', 'afstand', 'midpointing'] as const;
export type RelationalFunction = (typeof RELATIONAL_FUNCTIONS)[number];

/** Techniques a team starts with; it can add its own (`ffps.addTechnique`). */
export const DEFAULT_TECHNIQUES = [
  'reframe',
  'relationeel herformuleren',
  'matching',
  'krachten benoemen',
  'structureren',
  'reattributie',
  'positieve interpretatie',
  'valideren',
  'sequencing',
  'evenwichtige alliantie',
] as const;

/** The FFP principles the supervisor listens for. */
export const FFP_PRINCIPLES = ['krachtgericht', 'relationeel', 'fasegericht', 'nietOordelend', 'matching'] as const;
export type FfpPrinciple = (typeof FFP_PRINCIPLES)[number];
export const FFP_PRINCIPLE_LABELS: Record<FfpPrinciple, string> = {
  krachtgericht: 'Krachtgericht',
  relationeel: 'Relationeel',
  fasegericht: 'Fasegericht',
  nietOordelend: 'Niet-oordelend',
  matching: 'Matching',
};
export const PRINCIPLE_SCORES = ['ja', 'deels', 'nee'] as const;
export type PrincipleScore = (typeof PRINCIPLE_SCORES)[number];

/** Fidelity ratings on 1–6, with the anchors a supervisor sees beside the scale. */
export const RATING_ANCHORS: Record<1 | 2 | 3 | 4 | 5 | 6, string> = {
  1: 'niet zichtbaar',
  2: 'nauwelijks zichtbaar',
  3: 'deels, met duidelijke hiaten',
  4: 'voldoende, met kleine hiaten',
  5: 'goed en consistent',
  6: 'voorbeeldig, ook in moeilijke momenten',
};

export const NOTE_TEXT_MAX = 4000;
export const NOTE_LINE_MAX = 500;
export const WEEK_MAX = 260;
export const FIRST_PHASE_GAP_WEEKS_DEFAULT = 2;

// ── Case-notes ────────────────────────────────────────────────────────────────────────────────────
export const caseNoteInputSchema = z
  .object({
    caseId: uuidSchema,
    phase: z.enum(FFP_PHASES),
    contactNumber: z.number().int().min(1).max(500),
    /** Coarse time: the week of the traject ("week 6"), never a date. */
    week: z.number().int().min(1).max(WEEK_MAX),
    /** Roster people present (case_people ids). */
    present: z.array(uuidSchema).max(40),
    goals: z.array(z.object({ goal: oneLine(NOTE_LINE_MAX), progress: freeText(NOTE_LINE_MAX) }).strict()).max(20),
    interventions: freeText(NOTE_TEXT_MAX),
    techniques: z.array(oneLine(60)).max(20),
    /** How each family member responded: the relational effect of what I did. */
    responses: z.array(z.object({ personId: uuidSchema, response: freeText(NOTE_LINE_MAX) }).strict()).max(40),
    hypothesis: z
      .object({
        function: z.enum(RELATIONAL_FUNCTIONS).nullable(),
        behaviour: freeText(NOTE_LINE_MAX),
        nobleIntent: freeText(NOTE_LINE_MAX),
      })
      .strict(),
    nextPlan: freeText(NOTE_TEXT_MAX),
    /** "Ter bespreking": on the agenda of the next weekly meeting. */
    forDiscussion: z.boolean(),
  })
  .strict();
export type CaseNoteInput = z.infer<typeof caseNoteInputSchema>;

export const caseNoteSaveSchema = caseNoteInputSchema.extend({ id: uuidSchema.optional() }).strict();
export type CaseNoteSave = z.infer<typeof caseNoteSaveSchema>;

export const FEEDBACK_STATES = ['none', 'requested', 'received', 'acknowledged'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

export interface CaseNote extends CaseNoteInput {
  id: string;
  /** Who wrote it: the professional's name on this machine, or the sender of an imported note. */
  author: string;
  feedbackState: FeedbackState;
  createdAt: string;
  updatedAt: string;
}

export interface CaseNoteSummary {
  id: string;
  caseId: string;
  caseCodeName: string;
  phase: FfpPhase;
  contactNumber: number;
  week: number;
  author: string;
  forDiscussion: boolean;
  feedbackState: FeedbackState;
  updatedAt: string;
}

// ── The phase timeline ────────────────────────────────────────────────────────────────────────────
export interface PhaseTimeline {
  caseId: string;
  /** The team's norm for the first phase, in weeks between contacts (a setting). */
  firstPhaseMaxGapWeeks: number;
  phases: Array<{ phase: FfpPhase; contacts: Array<{ noteId: string; contactNumber: number; week: number; gapWeeks: number | null }> }>;
  /** Gaps in the first phase larger than the norm: engagement is won or lost early. */
  warnings: Array<{ fromContact: number; toContact: number; gapWeeks: number }>;
}

// ── Feedback ──────────────────────────────────────────────────────────────────────────────────────
/** Where a comment points: a field of the note, and optionally a quoted passage of it. */
export const NOTE_FIELDS = ['phase', 'goals', 'interventions', 'techniques', 'responses', 'hypothesis', 'nextPlan'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

const rating = z.number().int().min(1).max(6);
const principleRating = z.object({ score: z.enum(PRINCIPLE_SCORES).nullable(), comment: freeText(1000) }).strict();
export const feedbackInputSchema = z
  .object({
    noteId: uuidSchema,
    comments: z.array(z.object({ field: z.enum(NOTE_FIELDS), quote: freeText(300), text: z.string().trim().min(1).max(2000) }).strict()).max(40),
    principles: z
      .object({
        krachtgericht: principleRating,
        relationeel: principleRating,
        fasegericht: principleRating,
        nietOordelend: principleRating,
        matching: principleRating,
      } satisfies Record<FfpPrinciple, typeof principleRating>)
      .strict(),
    adherence: rating.nullable(),
    competence: rating.nullable(),
    /** One agreed practice point for the next contact. */
    oefenpunt: freeText(NOTE_LINE_MAX),
  })
  .strict();
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

export interface Feedback extends Omit<FeedbackInput, 'noteId'> {
  id: string;
  /** Null once the note's case was purged: the round stays in the professional's history. */
  noteId: string | null;
  /** The gezinsmanager the feedback is for (the note's author). */
  professional: string;
  supervisor: string;
  caseCodeName: string;
  phase: FfpPhase;
  createdAt: string;
  acknowledgedAt: string | null;
  /** When the gezinsmanager marked the oefenpunt practised. */
  practisedAt: string | null;
}

export interface OpenOefenpunt {
  feedbackId: string;
  noteId: string;
  oefenpunt: string;
  givenAt: string;
}

/** A professional's feedback history: rounds, ratings over time, principles missed most, oefenpunten. */
export interface FeedbackHistory {
  professional: string;
  rounds: Array<{
    feedbackId: string;
    noteId: string;
    caseCodeName: string;
    phase: FfpPhase;
    givenAt: string;
    adherence: number | null;
    competence: number | null;
    oefenpunt: string;
    practised: boolean;
  }>;
  /** Principles by how often they were scored "nee", most often first. */
  missedPrinciples: Array<{ principle: FfpPrinciple; nee: number; deels: number }>;
}

/** A note with its feedback rounds, for the note screen and the supervisor's view. */
export interface CaseNoteDetail extends CaseNote {
  caseCodeName: string;
  feedback: Feedback[];
  openOefenpunt: OpenOefenpunt | null;
}
