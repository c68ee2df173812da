import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import type { SessionDetail } from '../../../../shared/sessions/types';
import { meetingPart } from './meetingBlocks';
import { Caseload } from './Caseload';
import { CurrentNote } from './MeetingPanel';
import './ffps.css';

/**
 * What the team sees on the projector during the weekly meeting: the agenda, the selected case-note
 * (anonymised) with the casebespreking filling live, the caseload, the site issues. It polls like the
 * beamer itself; never the supervisor's instructions.
 */
export function MeetingBeamer({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const q = useQuery({ ...apiQuery('ffps.meeting', { sessionId: session.id }), refetchInterval: 1_000, refetchIntervalInBackground: true, staleTime: 0, meta: { toast: false } });
  if (!q.data) return null;
  const { meeting, candidates, caseload } = q.data;
  const part = meetingPart(session.script.blocks, session.run.blockIndex);
  const byId = new Map(candidates.map((n) => [n.id, n]));
  const agenda = meeting.agenda.map((id) => byId.get(id)).filter((n) => !!n);
  const d = meeting.discussions.find((x) => x.noteId === meeting.currentNoteId);
  switch (part) {
    case 'catch-up':
      return (
        <div className="mb-agenda">
          <h2>{t('ffps.meeting.agenda')}</h2>
          {agenda.length === 0 ? (
            <p className="beamer-note">{t('ffps.meeting.agendaEmpty')}</p>
          ) : (
            <ol className="bv-ideas">
              {agenda.map((n) => (
                <li key={n.id}>
                  {n.caseCodeName} · {t('ffps.caseNotes.contactN', { n: n.contactNumber })} <span className="muted">— {n.author}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      );
    case 'case-review':
      return meeting.currentNoteId ? (
        <div className="mb-review">
          <CurrentNote noteId={meeting.currentNoteId} large />
          <section className="mb-casebespreking" aria-label={t('ffps.meeting.casebespreking')}>
            <h2>{t('ffps.meeting.casebespreking')}</h2>
            {(['phaseCheck', 'hypothesis', 'reframe', 'oefenpunt'] as const).map((k) => (
              <div key={k} className={`bv-card mb-${k}`}>
                <strong>{t(`ffps.meeting.fields.${k}`)}</strong>
                <p>{d?.[k] || '…'}</p>
              </div>
            ))}
          </section>
        </div>
      ) : (
        <p className="beamer-note">{t('ffps.meeting.chooseNoteBeamer')}</p>
      );
    case 'staffing':
      return <Caseload caseload={caseload} large />;
    case 'site-issues':
      return (
        <div>
          <h2>{t('ffps.meeting.siteIssues')}</h2>
          <ul className="bv-ideas">
            {meeting.siteIssues.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
      );
  }
}
