import type { TextField } from '../common/fields';
import type { CasePerson, TimelineItem } from './types';

/** Every text of a case's head, roster and timeline, with its path in the request: what the gate checks. */
export function caseTextFields(c: { codeName: string; people: ReadonlyArray<Pick<CasePerson, 'role' | 'pseudonym'>>; timeline: readonly TimelineItem[] }): TextField[] {
  const fields: TextField[] = [{ path: 'codeName', text: c.codeName }];
  c.people.forEach((p, i) => fields.push({ path: `people.${i}.role`, text: p.role }, { path: `people.${i}.pseudonym`, text: p.pseudonym }));
  c.timeline.forEach((t, i) => fields.push({ path: `timeline.${i}.period`, text: t.period }, { path: `timeline.${i}.event`, text: t.event }));
  return fields;
}
