/**
 * Case material (casussen). Everything here is stored anonymised: roles and pseudonyms instead of names,
 * coarse time instead of dates. The backend checks every text field with the anonymiser before storing.
 */
import { z } from 'zod';
import { SCRIPT_FORMATS, type ScriptFormat } from '../scripts/vocabulary';
import { isoDateSchema, oneLine, uuidSchema } from '../common/schemas';

export const CODE_NAME_MAX = 60;
export const ROLE_MAX = 80;
export const PSEUDONYM_MAX = 40;
export const PERIOD_MAX = 60;
export const EVENT_MAX = 500;
export const NOTES_MAX = 200_000;
export const PEOPLE_MAX = 60;
export const TIMELINE_MAX = 100;
export const RESOLUTIONS_MAX = 2_000;

export interface CasePerson {
  id: string;
  /** How the person relates to the case, e.g. "moeder", "jongste zoon, 8". */
  role: string;
  /** What the group calls them, e.g. "Moeder", "K2". */
  pseudonym: string;
}

export interface TimelineItem {
  /** Coarse time only: "voorjaar 2024", "3 maanden geleden", "toen K1 8 was". */
  period: string;
  event: string;
}

export interface CaseSummary {
  id: string;
  codeName: string;
  format: ScriptFormat;
  /** Calendar date (YYYY-MM-DD) after which the case is purged. */
  retentionUntil: string;
  lastUsedAt: string;
  updatedAt: string;
  peopleCount: number;
  hasNotes: boolean;
  /** The bijeenkomsten the case was (or will be) discussed in, by date. */
  sessions: Array<{ id: string; date: string; groupName: string }>;
}

export interface CaseDetail extends Omit<CaseSummary, 'peopleCount' | 'hasNotes' | 'sessions'> {
  createdAt: string;
  people: CasePerson[];
  timeline: TimelineItem[];
  /** Anonymised Markdown. */
  notes: string;
}

/**
 * What the user decided for one identifier while anonymising. `forms` are the surface forms as typed;
 * they cross to the backend only to be turned into keyed hashes, and are never stored.
 */
export interface Resolution {
  forms: string[];
  kind: 'pseudonym' | 'ignore';
  /** The roster person a name was replaced by, if any. */
  personId: string | null;
  /** The replacement used ("Moeder", "[adres]"); empty for "geen identificatie". */
  replacement: string;
}

export interface RecognisedForm {
  form: string;
  kind: 'pseudonym' | 'ignore';
  personId: string | null;
  replacement: string;
}

export interface PurgeReport {
  removed: Array<{ codeName: string; retentionUntil: string }>;
  backupsRemoved: number;
}

const line = oneLine;
const uuid = uuidSchema;
const isoDate = isoDateSchema;

export const caseIdSchema = uuid;
export const personSchema = z
  .object({ id: uuid.optional(), role: line(ROLE_MAX), pseudonym: line(PSEUDONYM_MAX) })
  .strict();
export const timelineItemSchema = z.object({ period: line(PERIOD_MAX), event: line(EVENT_MAX) }).strict();
export const resolutionSchema = z
  .object({
    forms: z.array(z.string().min(1).max(200)).min(1).max(50),
    kind: z.enum(['pseudonym', 'ignore']),
    personId: uuid.nullable(),
    replacement: z.string().max(PSEUDONYM_MAX),
  })
  .strict();

export const caseUpdateSchema = z
  .object({
    id: uuid,
    codeName: line(CODE_NAME_MAX),
    format: z.enum(SCRIPT_FORMATS),
    retentionUntil: isoDate,
    people: z.array(personSchema).max(PEOPLE_MAX),
    timeline: z.array(timelineItemSchema).max(TIMELINE_MAX),
  })
  .strict()
  .refine((c) => new Set(c.people.map((p) => p.pseudonym.toLowerCase())).size === c.people.length, {
    message: 'elk pseudoniem komt één keer voor',
    path: ['people'],
  });

export const notesSaveSchema = z
  .object({
    id: uuid,
    notes: z.string().max(NOTES_MAX),
    resolutions: z.array(resolutionSchema).max(RESOLUTIONS_MAX),
  })
  .strict();

/** Neutral code names: nothing in them points to a family, a place or a time. */
export const CODE_NAME_WORDS = [
  'Zeester', 'Kompas', 'Vuurtoren', 'Lantaarn', 'Meeuw', 'Duinroos', 'Eikenblad', 'Wilg', 'Zandloper', 'Horizon',
  'Kievit', 'Klaproos', 'Lisdodde', 'Otter', 'Paardenbloem', 'Reiger', 'Schelp', 'Sleutel', 'Tulp', 'Uil',
  'Vlinder', 'Waterlelie', 'Zwaluw', 'Berkenhout', 'Dauw', 'Egel', 'Fluitekruid', 'Gans', 'Hazelaar', 'IJsvogel',
  'Jasmijn', 'Kastanje', 'Libel', 'Merel', 'Nachtegaal', 'Ooievaar', 'Pimpernel', 'Regenboog', 'Sterrenkijker', 'Tijm',
] as const;
