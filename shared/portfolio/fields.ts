/** Every text of the portfolio's own records, with its path: what the gate checks before storing. */
import type { TextField } from '../common/fields';
import type { FreeReflectionSave, GoalSave, ManualHoursSave, ProfileSave, WbUpdate } from './types';

export function reflectionFields(r: FreeReflectionSave): TextField[] {
  return [{ path: 'title', text: r.title }, ...Object.entries(r.fields).map(([k, text]) => ({ path: `fields.${k}`, text }))];
}
export const goalFields = (g: GoalSave): TextField[] => [
  { path: 'title', text: g.title },
  { path: 'description', text: g.description },
];
export const wbFields = (u: WbUpdate): TextField[] => [{ path: 'note', text: u.note }];
export const hoursFields = (h: ManualHoursSave): TextField[] => [{ path: 'note', text: h.note }];
/** The SKJ number is a registration number on purpose; the other profile texts hold none. */
export const profileFields = (p: ProfileSave): TextField[] => [
  { path: 'name', text: p.name },
  { path: 'function', text: p.function },
  { path: 'organisation', text: p.organisation },
  ...p.ffpsNames.map((text, i) => ({ path: `ffpsNames.${i}`, text })),
];
