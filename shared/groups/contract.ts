/** The groups area: leergroepen and their members. */
import { z } from 'zod';
import { method } from '../api/define';
import { noInput, uuidSchema } from '../common/schemas';
import { groupSaveSchema, type Group, type GroupSummary } from './types';

export const groupsContract = {
  'groups.list': method<GroupSummary[]>()(noInput, { repeatable: true }),
  'groups.get': method<Group>()(z.object({ id: uuidSchema }).strict(), { repeatable: true }),
  'groups.save': method<Group>()(groupSaveSchema),
  /** Refused (CONFLICT) while the group has bijeenkomsten: their learning record must stay. */
  'groups.delete': method<{ deleted: string }>()(z.object({ id: uuidSchema }).strict()),
};
