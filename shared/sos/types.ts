/**
 * Signs of Safety verdiepingstraining: a traject of modules for a leergroep, the praktijkopdrachten and
 * evaluations of its participants, and the worksheets practised on an anonymised case. Everything here is
 * practice: a worksheet is an exercise on a case, never a decision about a family (DOMAIN.md).
 */
import { z } from 'zod';
import { freeText, isoDateSchema, oneLine, optionalOneLine, slugIdSchema, uuidSchema } from '../common/schemas';

/** What every worksheet says in its header and in every export. */
export const PRACTICE_NOTICE = 'Oefening op een casus in een training — geen besluit over een gezin.';

// ── Limits ─────────────────────────────────────────────────────────────────────────────────────────
export const TITLE_MAX = 120;
export const LINE_MAX = 500;
export const TEXT_MAX = 2000;
export const LIST_MAX = 30;
export const MODULES_MAX = 12;
export const PARTICIPANTS_MAX = 40;
export const PANELS_MAX = 24;
export const FIGURES_MAX = 8;
export const CIRCLE_PEOPLE_MAX = 30;
export const CHECK_WORDS_MAX = 200;

// ── Themes and worksheets ──────────────────────────────────────────────────────────────────────────
/** The four themes of the verdiepingstraining, one default module each [rapport]. */
export const THEMES = ['netwerk', 'gedrag', 'plan', 'kind'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_LABELS: Record<Theme, string> = {
  netwerk: 'Werken met het netwerk',
  gedrag: 'Duidelijk maken welk gedrag je wilt zien',
  plan: 'Een plan maken met gezin en netwerk',
  kind: 'Het kind een stem geven',
};
/** The built-in script of each theme's module (resources/scripts). */
export const THEME_SCRIPTS: Record<Theme, string> = {
  netwerk: 'sos-module-netwerk',
  gedrag: 'sos-module-gedrag',
  plan: 'sos-module-plan',
  kind: 'sos-module-kind',
};

export const WORKSHEET_KINDS = ['map', 'statements', 'three-houses', 'words-pictures', 'safety-circles', 'safety-plan'] as const;
export type WorksheetKind = (typeof WORKSHEET_KINDS)[number];
export const WORKSHEET_LABELS: Record<WorksheetKind, string> = {
  map: 'De kaart',
  statements: 'Gevaarsituatie, veiligheidsdoel en bodemeisen',
  'three-houses': 'Drie Huizen',
  'words-pictures': 'Woord- en Beeldverhaal',
  'safety-circles': 'Veiligheidscirkels',
  'safety-plan': 'Veiligheidsplan',
};
/** What each theme's module practises by default. */
export const THEME_WORKSHEETS: Record<Theme, WorksheetKind[]> = {
  netwerk: ['safety-circles', 'map'],
  gedrag: ['statements', 'map'],
  plan: ['safety-plan', 'safety-circles'],
  kind: ['three-houses', 'words-pictures'],
};

// ── The traject ────────────────────────────────────────────────────────────────────────────────────
const score010 = z.number().int().min(0).max(10);

export const evaluationSchema = z
  .object({
    memberId: uuidSchema,
    helped: freeText(LINE_MAX),
    change: freeText(LINE_MAX),
    score: score010.nullable(),
    reason: freeText(LINE_MAX),
  })
  .strict();
export type Evaluation = z.infer<typeof evaluationSchema>;

/** A praktijkopdracht between two modules: the plan, and afterwards a report and a reflection. */
export const assignmentSchema = z
  .object({
    memberId: uuidSchema,
    plan: freeText(TEXT_MAX),
    report: freeText(TEXT_MAX),
    reflection: freeText(TEXT_MAX),
  })
  .strict();
export type Assignment = z.infer<typeof assignmentSchema>;

export const moduleSchema = z
  .object({
    id: uuidSchema,
    theme: z.enum(THEMES).nullable(),
    title: oneLine(TITLE_MAX),
    date: isoDateSchema.nullable(),
    scriptId: slugIdSchema,
    worksheets: z.array(z.enum(WORKSHEET_KINDS)).max(WORKSHEET_KINDS.length),
    /** The bijeenkomst this module ran as (attendance and SKJ hours live there). */
    sessionId: uuidSchema.nullable(),
    /** Praktijkopdrachten set at the end of this module, reported at the start of the next. */
    assignments: z.array(assignmentSchema).max(PARTICIPANTS_MAX),
    evaluations: z.array(evaluationSchema).max(PARTICIPANTS_MAX),
  })
  .strict();
export type Module = z.infer<typeof moduleSchema>;

export const trajectSaveSchema = z
  .object({
    id: uuidSchema.optional(),
    title: oneLine(TITLE_MAX),
    groupId: uuidSchema,
    /** The trainer: a member of the group (who does not count as a participant). */
    trainerId: uuidSchema.nullable(),
    participants: z.array(uuidSchema).max(PARTICIPANTS_MAX),
    /** A training case (anonymised) the worksheets of this traject start on; optional. */
    caseId: uuidSchema.nullable(),
    modules: z.array(moduleSchema).max(MODULES_MAX),
  })
  .strict();
export type TrajectSave = z.infer<typeof trajectSaveSchema>;
export type TrajectInput = Omit<TrajectSave, 'id'>;

export interface Traject extends TrajectInput {
  id: string;
  groupName: string;
  members: Array<{ id: string; name: string }>;
  caseCodeName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TrajectSummary {
  id: string;
  title: string;
  groupName: string;
  modules: number;
  nextDate: string | null;
  updatedAt: string;
}

/** What a professional takes from a traject into their portfolio (read by the portfolio area). */
export interface SosLearningItem {
  trajectId: string;
  trajectTitle: string;
  moduleId: string;
  moduleTitle: string;
  date: string | null;
  kind: 'assignment' | 'evaluation';
  assignment?: Assignment;
  evaluation?: Evaluation;
}

// ── Worksheets ─────────────────────────────────────────────────────────────────────────────────────
const items = z.array(z.string().trim().min(1).max(LINE_MAX)).max(LIST_MAX);
const line = optionalOneLine(LINE_MAX);

/** The 0–10 scale and its anchors [bron]. */
export const SCALE_ANCHORS = {
  0: 'Zo slecht dat de kinderen niet thuis kunnen wonen',
  10: 'Iedereen weet dat de kinderen veilig genoeg zijn om de casus af te sluiten',
} as const;

export const mapScoreSchema = z.object({ who: oneLine(60), score: score010, reason: freeText(LINE_MAX) }).strict();
export type MapScore = z.infer<typeof mapScoreSchema>;

/** The three columns of the map and their parts, in the order practitioners write them. */
export const MAP_COLUMNS = {
  zorgen: ['harm', 'danger', 'complicating'],
  goed: ['strengths', 'safety'],
  moet: ['goals', 'nextSteps'],
} as const;
export type MapPart = (typeof MAP_COLUMNS)[keyof typeof MAP_COLUMNS][number];
export const MAP_PARTS: MapPart[] = Object.values(MAP_COLUMNS).flat();

export const mapBodySchema = z
  .object({
    kind: z.literal('map'),
    harm: items,
    danger: items,
    complicating: items,
    strengths: items,
    safety: items,
    goals: items,
    nextSteps: items,
    scores: z.array(mapScoreSchema).max(PARTICIPANTS_MAX),
  })
  .strict();
export type MapBody = z.infer<typeof mapBodySchema>;

export const dangerStatementSchema = z
  .object({ id: uuidSchema, who: line, behaviour: freeText(LINE_MAX), impact: freeText(LINE_MAX) })
  .strict();
export type DangerStatement = z.infer<typeof dangerStatementSchema>;
export const safetyGoalSchema = z
  .object({ id: uuidSchema, parents: freeText(LINE_MAX), child: freeText(LINE_MAX), professionals: freeText(LINE_MAX), duration: line })
  .strict();
export type SafetyGoal = z.infer<typeof safetyGoalSchema>;
/** A bodemeis: what the agency minimally needs to see, tied to one danger statement. */
export const bottomLineSchema = z.object({ id: uuidSchema, dangerId: uuidSchema, text: z.string().trim().min(1).max(LINE_MAX) }).strict();
export type BottomLine = z.infer<typeof bottomLineSchema>;

export const statementsBodySchema = z
  .object({
    kind: z.literal('statements'),
    dangers: z.array(dangerStatementSchema).max(10),
    goals: z.array(safetyGoalSchema).max(10),
    bottomLines: z.array(bottomLineSchema).max(LIST_MAX),
  })
  .strict()
  .refine((b) => b.bottomLines.every((l) => b.dangers.some((d) => d.id === l.dangerId)), {
    message: 'een bodemeis hoort bij een gevaarsituatie',
    path: ['bottomLines'],
  });
export type StatementsBody = z.infer<typeof statementsBodySchema>;

export const threeHousesBodySchema = z
  .object({
    kind: z.literal('three-houses'),
    /** Who the child is, by roster role or pseudonym ("meisje, 8"). */
    child: line,
    good: items,
    worries: items,
    dreams: items,
    /** May this be shown to others? Until set, the beamer and every export leave the houses out. */
    consent: z.boolean(),
  })
  .strict();
export type ThreeHousesBody = z.infer<typeof threeHousesBodySchema>;

export const FIGURE_KINDS = ['person', 'child', 'house', 'school'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export const figureSchema = z
  .object({
    kind: z.enum(FIGURE_KINDS),
    /** The role written under a person ("moeder", "oma"); empty for a house or a school. */
    label: optionalOneLine(40),
    /** Position on the panel in percent of its width and height. */
    x: z.number().min(0).max(100),
    y: z.number().min(0).max(100),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;
export const panelSchema = z.object({ id: uuidSchema, text: freeText(LINE_MAX), figures: z.array(figureSchema).max(FIGURES_MAX) }).strict();
export type Panel = z.infer<typeof panelSchema>;
export const wordsPicturesBodySchema = z
  .object({ kind: z.literal('words-pictures'), title: line, panels: z.array(panelSchema).max(PANELS_MAX) })
  .strict();
export type WordsPicturesBody = z.infer<typeof wordsPicturesBodySchema>;

export const RINGS = [1, 2, 3] as const;
export const RING_LABELS: Record<(typeof RINGS)[number], string> = { 1: 'Heel dichtbij', 2: 'Dichtbij', 3: 'Verder weg' };
export const circlePersonSchema = z
  .object({
    id: uuidSchema,
    /** A roster person of the case, or null for someone added only here. */
    personId: uuidSchema.nullable(),
    label: oneLine(60),
    ring: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Has a part in the safety plan. */
    inPlan: z.boolean(),
    part: line,
  })
  .strict();
export type CirclePerson = z.infer<typeof circlePersonSchema>;
export const safetyCirclesBodySchema = z
  .object({ kind: z.literal('safety-circles'), child: line, people: z.array(circlePersonSchema).max(CIRCLE_PEOPLE_MAX) })
  .strict();
export type SafetyCirclesBody = z.infer<typeof safetyCirclesBodySchema>;

export const safetyPlanBodySchema = z
  .object({
    kind: z.literal('safety-plan'),
    /** Rules in the family's own words, and who makes sure of each. */
    rules: z.array(z.object({ rule: z.string().trim().min(1).max(LINE_MAX), who: line }).strict()).max(LIST_MAX),
    /** Red flags and what happens when one is seen. */
    redFlags: z.array(z.object({ flag: z.string().trim().min(1).max(LINE_MAX), response: line }).strict()).max(LIST_MAX),
    review: line,
  })
  .strict();
export type SafetyPlanBody = z.infer<typeof safetyPlanBodySchema>;

export const worksheetBodySchema = z.union([
  mapBodySchema,
  statementsBodySchema,
  threeHousesBodySchema,
  wordsPicturesBodySchema,
  safetyCirclesBodySchema,
  safetyPlanBodySchema,
]);
export type WorksheetBody = z.infer<typeof worksheetBodySchema>;

export const worksheetCreateSchema = z
  .object({
    kind: z.enum(WORKSHEET_KINDS),
    caseId: uuidSchema,
    title: oneLine(TITLE_MAX),
    trajectId: uuidSchema.nullable(),
    moduleId: uuidSchema.nullable(),
  })
  .strict();
export type WorksheetCreate = z.infer<typeof worksheetCreateSchema>;

export const worksheetSaveSchema = z.object({ id: uuidSchema, title: oneLine(TITLE_MAX), body: worksheetBodySchema }).strict();
export type WorksheetSave = z.infer<typeof worksheetSaveSchema>;

export interface Worksheet {
  id: string;
  kind: WorksheetKind;
  caseId: string;
  caseCodeName: string;
  trajectId: string | null;
  moduleId: string | null;
  title: string;
  body: WorksheetBody;
  createdAt: string;
  updatedAt: string;
}
export type WorksheetSummary = Omit<Worksheet, 'body'>;

/** A worksheet as the beamer may show it: Drie Huizen without consent has no houses. */
export interface WorksheetView extends Worksheet {
  hidden: boolean;
}

// ── Group supervision (a bijeenkomst with the 'signs-of-safety' canvas) ────────────────────────────
export const supervisionSchema = z
  .object({
    map: mapBodySchema.omit({ scores: true }),
    /** Silent scaling: one score per member present, with the reason given afterwards. */
    scores: z.array(z.object({ memberId: uuidSchema, score: score010, reason: freeText(LINE_MAX) }).strict()).max(PARTICIPANTS_MAX),
    dangerStatement: freeText(TEXT_MAX),
    safetyGoal: freeText(TEXT_MAX),
    /** The appreciative close. */
    close: z
      .object({
        wentWell: freeText(TEXT_MAX),
        howDone: freeText(TEXT_MAX),
        familyWouldSay: freeText(TEXT_MAX),
        ownScore: score010.nullable(),
        closerTo10: freeText(TEXT_MAX),
      })
      .strict(),
    /** A worksheet shown on the beamer in this bijeenkomst (of the same case). */
    worksheetId: uuidSchema.nullable(),
  })
  .strict();
export type Supervision = z.infer<typeof supervisionSchema>;

export function emptyMap(): Omit<MapBody, 'scores' | 'kind'> {
  return { harm: [], danger: [], complicating: [], strengths: [], safety: [], goals: [], nextSteps: [] };
}

export function emptySupervision(): Supervision {
  return {
    map: { kind: 'map', ...emptyMap() },
    scores: [],
    dangerStatement: '',
    safetyGoal: '',
    close: { wentWell: '', howDone: '', familyWouldSay: '', ownScore: null, closerTo10: '' },
    worksheetId: null,
  };
}

export function emptyBody(kind: WorksheetKind): WorksheetBody {
  switch (kind) {
    case 'map':
      return { kind, ...emptyMap(), scores: [] };
    case 'statements':
      return { kind, dangers: [], goals: [], bottomLines: [] };
    case 'three-houses':
      return { kind, child: '', good: [], worries: [], dreams: [], consent: false };
    case 'words-pictures':
      return { kind, title: '', panels: [] };
    case 'safety-circles':
      return { kind, child: '', people: [] };
    case 'safety-plan':
      return { kind, rules: [], redFlags: [], review: '' };
  }
}

// ── The trainer's own check words ──────────────────────────────────────────────────────────────────
export const CHECK_WORD_KINDS = ['jargon', 'child', 'negative'] as const;
export type CheckWordKind = (typeof CHECK_WORD_KINDS)[number];
export const checkWordSchema = z
  .object({ kind: z.enum(CHECK_WORD_KINDS), word: oneLine(60), explanation: optionalOneLine(200) })
  .strict();
export type CheckWord = z.infer<typeof checkWordSchema>;
