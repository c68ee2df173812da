/**
 * What the FFPS area puts in the search index. A case-note is case material (tagged with its case). A
 * feedback round is the professional's learning: its principles and oefenpunt stay, while its comments,
 * which quote the note, are a separate part tagged with the note's case, so they go with it.
 */
import { caseNoteTextFields } from '../../../shared/ffps/fields';
import { FFP_PHASE_LABELS, type CaseNote, type Feedback } from '../../../shared/ffps/types';
import type { SearchDoc, SearchSource } from '../search';

export function noteDocs(n: CaseNote, codeName: string): SearchDoc[] {
  return [
    {
      kind: 'ffps-note',
      refId: n.id,
      caseId: n.caseId,
      date: n.updatedAt,
      focus: 'note-body-title',
      title: `${codeName} · contact ${n.contactNumber} · ${FFP_PHASE_LABELS[n.phase]}`,
      body: caseNoteTextFields(n).map((f) => f.text).filter(Boolean).join('\n'),
    },
  ];
}

export function feedbackDocs(f: Feedback, noteCaseId: string | null): SearchDoc[] {
  // A round opens on its note's screen, at the feedback; once the note's case was purged there is no screen.
  const base = { kind: 'feedback' as const, refId: f.id, date: f.createdAt, targetId: f.noteId ?? '', focus: 'feedback-title', title: `${f.caseCodeName} · ${f.professional}` };
  const principles = Object.values(f.principles).map((p) => p.comment);
  const docs: SearchDoc[] = [{ ...base, part: 'main', body: [...principles, f.oefenpunt].filter(Boolean).join('\n') }];
  const comments = f.comments.flatMap((c) => [c.quote, c.text]).filter(Boolean);
  if (comments.length) docs.push({ ...base, part: 'comments', caseId: noteCaseId, body: comments.join('\n') });
  return docs;
}

export function ffpsSearchSource(ffps: {
  notes(): CaseNote[];
  feedback(): Feedback[];
  codeName(caseId: string): string;
  noteCase(noteId: string | null): string | null;
}): SearchSource {
  return {
    name: 'ffps',
    kinds: ['ffps-note', 'feedback'],
    count: () => ffps.notes().length + ffps.feedback().length,
    *all() {
      for (const n of ffps.notes()) yield noteDocs(n, ffps.codeName(n.caseId));
      for (const f of ffps.feedback()) yield feedbackDocs(f, ffps.noteCase(f.noteId));
    },
  };
}
