import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { ListEditor } from '../../ui/ListEditor';
import { GuardNotice, NO_CHECKS, type TextChecks } from '../sessions/checks';
import { SaveBadge } from '../sessions/SaveBadge';
import { EMPTY_DISCUSSION, MEETING_AGENDA_MAX, MEETING_TEXT_MAX, type Discussion, type MeetingDetail } from '../../../../shared/ffps/meeting';
import type { SessionDetail } from '../../../../shared/sessions/types';
import type { CaseNoteSummary } from '../../../../shared/ffps/types';
import { meetingPart } from './meetingBlocks';
import { useMeeting } from './useMeeting';
import { FormNotice, ServerFieldError, serverFieldProps } from '../../ui/serverErrors';
import { useNoteChecks } from './useNoteChecks';
import { NoteView } from './NoteView';
import { Caseload } from './Caseload';
import './ffps.css';

/**
 * The console's part of the weekly casuïstiekbespreking (script canvas 'ffps-casenote'): the agenda in the
 * catch-up, the selected case-note with the casebespreking canvas in the case review, the caseload in
 * staffing, and a short list of site issues.
 */
export function MeetingPanel({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const detail = useFormSource(apiQuery('ffps.meeting', { sessionId: session.id }));
  return (
    <QueryView query={detail} loading={t('ffps.loading')}>
      {(d) => <Meeting session={session} detail={d} />}
    </QueryView>
  );
}

const DISCUSSION_FIELDS = ['phaseCheck', 'hypothesis', 'reframe', 'oefenpunt'] as const;

function Meeting({ session, detail }: { session: SessionDetail; detail: MeetingDetail }) {
  const { t } = useTranslation();
  const part = meetingPart(session.script.blocks, session.run.blockIndex);
  // The checks of the latest render: the current note's case decides which pseudonyms they allow.
  const checksRef = useRef<TextChecks>(NO_CHECKS);
  const { meeting, update, state, errors } = useMeeting(session.id, detail.meeting, (m) =>
    m.discussions.some((d) => DISCUSSION_FIELDS.some((k) => checksRef.current.identifier(d[k]) !== null)),
  );
  const current = detail.candidates.find((n) => n.id === meeting.currentNoteId) ?? null;
  const noteCase = useCaseOf(current?.caseId ?? null);
  const checks = useNoteChecks(noteCase?.people ?? [], noteCase?.codeName ?? '');
  checksRef.current = checks;
  const byId = useMemo(() => new Map(detail.candidates.map((n) => [n.id, n])), [detail.candidates]);
  const agenda = meeting.agenda.map((id) => byId.get(id)).filter((n): n is CaseNoteSummary => !!n);
  const offAgenda = detail.candidates.filter((n) => !meeting.agenda.includes(n.id));
  const currentId = meeting.currentNoteId;
  const discussion = meeting.discussions.find((d) => d.noteId === currentId) ?? (currentId ? EMPTY_DISCUSSION(currentId) : null);

  const addToAgenda = (id: string) => update((m) => (m.agenda.includes(id) || m.agenda.length >= MEETING_AGENDA_MAX ? m : { ...m, agenda: [...m.agenda, id] }));
  const removeFromAgenda = (id: string) =>
    update((m) => ({ ...m, agenda: m.agenda.filter((x) => x !== id), discussions: m.discussions.filter((d) => d.noteId !== id), currentNoteId: m.currentNoteId === id ? null : m.currentNoteId }));
  const discuss = (id: string) => update((m) => ({ ...m, agenda: m.agenda.includes(id) ? m.agenda : [...m.agenda, id], currentNoteId: id }));
  const setDiscussion = (patch: Partial<Discussion>) =>
    update((m) => {
      if (!m.currentNoteId) return m;
      const id = m.currentNoteId;
      const existing = m.discussions.find((d) => d.noteId === id) ?? EMPTY_DISCUSSION(id);
      return { ...m, discussions: [...m.discussions.filter((d) => d.noteId !== id), { ...existing, ...patch }] };
    });

  const agendaList = (
    <section className="meeting-agenda" aria-labelledby="agenda-title">
      <h3 id="agenda-title">{t('ffps.meeting.agenda')}</h3>
      {agenda.length === 0 ? (
        <p className="muted small">{t('ffps.meeting.agendaEmpty')}</p>
      ) : (
        <ol className="agenda-list">
          {agenda.map((n) => (
            <li key={n.id} className={n.id === currentId ? 'agenda-item current' : 'agenda-item'}>
              <span>
                <strong>{n.caseCodeName}</strong> · {t('ffps.caseNotes.contactN', { n: n.contactNumber })} · {n.author}
              </span>
              <span className="row-actions">
                {part === 'case-review' && n.id !== currentId && (
                  <button type="button" className="btn btn-small btn-primary" onClick={() => discuss(n.id)}>
                    {t('ffps.meeting.discuss')}
                  </button>
                )}
                {n.id === currentId && <span className="tag tag-own">{t('ffps.meeting.now')}</span>}
                <button type="button" className="btn btn-small btn-icon" aria-label={t('ffps.meeting.remove', { name: n.caseCodeName, contact: n.contactNumber })} onClick={() => removeFromAgenda(n.id)}>
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {offAgenda.length > 0 && (
        <>
          <h4 className="small muted">{t('ffps.meeting.candidates')}</h4>
          <ul className="plain-list candidate-list">
            {offAgenda.map((n) => (
              <li key={n.id}>
                <button type="button" className="btn btn-small" onClick={() => addToAgenda(n.id)}>
                  + {t('ffps.meeting.addNote', { name: n.caseCodeName, contact: n.contactNumber })}
                </button>{' '}
                <span className="muted small">{n.author}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );

  return (
    <div className="meeting-panel">
      <div className="panel-head">
        <h2 className="section-title">{t(`ffps.meeting.parts.${part}`)}</h2>
        <SaveBadge state={state} />
      </div>
      <FormNotice notice={errors.notice} onClose={errors.clear} />
      {part === 'catch-up' && (
        <>
          <p className="muted">{t('ffps.meeting.catchUpHint')}</p>
          {agendaList}
        </>
      )}
      {part === 'case-review' && (
        <div className="case-review">
          {agendaList}
          {current && discussion && noteCase ? (
            <div className="review-columns">
              <CurrentNote noteId={current.id} />
              <section className="casebespreking" aria-labelledby="cb-title">
                <h3 id="cb-title">{t('ffps.meeting.casebespreking')}</h3>
                {DISCUSSION_FIELDS.map((k) => {
                  const problem = checks.identifier(discussion[k]);
                  // The backend's refusal of this text (its gate), when the screen's own check has nothing to say.
                  const name = `discussion.${discussion.noteId}.${k}`;
                  const refused = !problem && errors.errorOf(name);
                  return (
                    <label key={k} className={problem || refused ? 'field field-invalid' : 'field'}>
                      <span className="field-label">{t(`ffps.meeting.fields.${k}`)}</span>
                      <span className="muted small">{t(`ffps.meeting.hints.${k}`)}</span>
                      <textarea rows={k === 'reframe' ? 3 : 2} value={discussion[k]} maxLength={MEETING_TEXT_MAX} {...(refused ? serverFieldProps(errors, name, 'meeting-') : {})} aria-invalid={problem || refused ? true : undefined} onChange={(e) => (setDiscussion({ [k]: e.target.value }), errors.clearField(name))} />
                      <GuardNotice text={discussion[k]} identifier={problem} onRephrase={(next) => setDiscussion({ [k]: next })} />
                      {refused && <ServerFieldError server={errors} name={name} idPrefix="meeting-" />}
                    </label>
                  );
                })}
              </section>
            </div>
          ) : (
            <p className="muted">{agenda.length ? t('ffps.meeting.chooseNote') : t('ffps.meeting.agendaEmpty')}</p>
          )}
        </div>
      )}
      {part === 'staffing' && <Caseload caseload={detail.caseload} />}
      {part === 'site-issues' && (
        <ListEditor
          label={t('ffps.meeting.siteIssues')}
          rows={meeting.siteIssues}
          rowKey={(_, i) => i}
          item={(text, i, remove) => (
            <div className="edit-row">
              <input className="grow" aria-label={t('ffps.meeting.siteIssue', { n: i + 1 })} value={text} maxLength={500} {...serverFieldProps(errors, `siteIssues.${i}`, 'meeting-')} onChange={(e) => (update((m) => ({ ...m, siteIssues: m.siteIssues.map((x, j) => (j === i ? e.target.value : x)) })), errors.clearField(`siteIssues.${i}`))} />
              {remove}
              <ServerFieldError server={errors} name={`siteIssues.${i}`} idPrefix="meeting-" />
            </div>
          )}
          onRemove={(i) => update((m) => ({ ...m, siteIssues: m.siteIssues.filter((_, j) => j !== i) }))}
          removeLabel={(text) => `${t('editor.remove')}: ${text}`}
          draft={{ label: t('ffps.meeting.newSiteIssue'), maxLength: 500, onCommit: (text) => update((m) => ({ ...m, siteIssues: [...m.siteIssues, text] })) }}
        />
      )}
    </div>
  );
}

function useCaseOf(caseId: string | null) {
  const q = useQuery({ ...apiQuery('cases.get', { id: caseId ?? '' }), enabled: !!caseId });
  return caseId ? (q.data ?? null) : null;
}

/** The selected case-note, anonymised as stored, on the console. */
export function CurrentNote({ noteId, large }: { noteId: string; large?: boolean }) {
  const { t } = useTranslation();
  const note = useQuery(apiQuery('ffps.getNote', { id: noteId }));
  const people = useQuery({ ...apiQuery('cases.get', { id: note.data?.caseId ?? '' }), enabled: !!note.data });
  if (!note.data || !people.data) return <p className="loading">{t('ffps.loading')}</p>;
  return (
    <section className={large ? 'current-note large' : 'current-note'} aria-label={t('ffps.meeting.currentNote')}>
      <h3>
        {note.data.caseCodeName} · {t('ffps.note.title', { contact: note.data.contactNumber, week: note.data.week })}
      </h3>
      <p className="muted small">{t('ffps.note.by', { name: note.data.author })}</p>
      <NoteView note={note.data} people={people.data.people} compact />
    </section>
  );
}
