/**
 * Leergroepen and their members: professionals, never clients. The schemas are the one source of the
 * rules; the types are inferred from them.
 */
import { z } from 'zod';
import { oneLine, optionalOneLine, uuidSchema } from '../common/schemas';

export const GROUP_NAME_MAX = 100;
export const GROUP_DESCRIPTION_MAX = 300;
export const MEMBER_TEXT_MAX = 100;
export const MEMBERS_MAX = 40;

const memberFields = {
  name: oneLine(MEMBER_TEXT_MAX),
  function: optionalOneLine(MEMBER_TEXT_MAX),
  organisation: optionalOneLine(MEMBER_TEXT_MAX),
  /** SKJ registration number, optional. */
  skjNumber: z.string().trim().regex(/^\d{6,12}$/, 'een SKJ-nummer bestaat uit cijfers').nullable(),
};

/** A member as the API returns it. */
export const memberSchema = z.object({ id: uuidSchema, ...memberFields }).strict();
export type Member = z.infer<typeof memberSchema>;

/** A member as a form sends it: a new member has no id yet. */
export const memberSaveSchema = z.object({ id: uuidSchema.optional(), ...memberFields }).strict();
export type MemberSave = z.infer<typeof memberSaveSchema>;

export const groupSaveSchema = z
  .object({
    id: uuidSchema.optional(),
    name: oneLine(GROUP_NAME_MAX),
    description: optionalOneLine(GROUP_DESCRIPTION_MAX),
    members: z.array(memberSaveSchema).max(MEMBERS_MAX),
  })
  .strict();
export type GroupSave = z.infer<typeof groupSaveSchema>;

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
