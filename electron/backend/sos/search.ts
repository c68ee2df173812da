/**
 * What the Signs of Safety area puts in the search index. A worksheet is case material (tagged with its
 * case, so it goes with it). A traject's module titles, praktijkopdrachten and evaluations are the
 * participants' own learning (tagged with the leergroep, so it goes with the group).
 */
import { assignmentTextFields, evaluationTextFields, worksheetTextFields } from '../../../shared/sos/fields';
import type { SearchDoc, SearchSource } from '../search';
import type { StoredTraject, StoredWorksheet } from './repository';

export function worksheetDocs(w: StoredWorksheet): SearchDoc[] {
  return [
    {
      kind: 'worksheet',
      refId: w.id,
      caseId: w.caseId,
      date: w.updatedAt,
      focus: 'sheet-title',
      title: w.title,
      body: worksheetTextFields(w.body).map((f) => f.text).filter(Boolean).join('\n'),
    },
  ];
}

export function trajectDocs(t: StoredTraject): SearchDoc[] {
  const texts = t.modules.flatMap((m, i) => [
    m.title,
    ...m.assignments.flatMap((a, j) => assignmentTextFields(`modules.${i}.assignments.${j}`, a)).map((f) => f.text),
    ...m.evaluations.flatMap((e, j) => evaluationTextFields(`modules.${i}.evaluations.${j}`, e)).map((f) => f.text),
  ]);
  return [{ kind: 'traject', refId: t.id, groupId: t.groupId, date: t.updatedAt, focus: 'traject-title', title: t.title, body: texts.filter(Boolean).join('\n') }];
}

export function sosSearchSource(sos: { trajects(): StoredTraject[]; worksheets(): StoredWorksheet[] }): SearchSource {
  return {
    name: 'sos',
    kinds: ['traject', 'worksheet'],
    count: () => sos.trajects().length + sos.worksheets().length,
    *all() {
      for (const t of sos.trajects()) yield trajectDocs(t);
      for (const w of sos.worksheets()) yield worksheetDocs(w);
    },
  };
}
