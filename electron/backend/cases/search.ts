/**
 * What the cases area puts in the search index: a case in three parts (notes, roster, timeline), each
 * tagged with the case so deleting or purging the case removes them in the same transaction.
 */
import type { CaseDetail } from '../../../shared/cases/types';
import type { SearchDoc, SearchSource } from '../search';

export function caseDocs(c: CaseDetail): SearchDoc[] {
  const base = { kind: 'case' as const, refId: c.id, caseId: c.id, date: c.updatedAt, title: c.codeName };
  return [
    { ...base, part: 'notes', focus: 'notes-view-title', body: c.notes },
    { ...base, part: 'roster', focus: 'roster-title', body: c.people.map((p) => `${p.role}: ${p.pseudonym}`).join('\n') },
    { ...base, part: 'timeline', focus: 'timeline-title', body: c.timeline.map((t) => `${t.period}: ${t.event}`).join('\n') },
  ];
}

export function casesSearchSource(cases: { ids(): string[]; detail(id: string): CaseDetail }): SearchSource {
  return {
    name: 'cases',
    kinds: ['case'],
    count: () => cases.ids().length,
    *all() {
      for (const id of cases.ids()) yield caseDocs(cases.detail(id));
    },
  };
}
