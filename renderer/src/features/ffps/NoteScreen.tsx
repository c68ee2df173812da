import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { useToasts } from '../../ui/toasts';
import { downloadText } from '../../ui/download';
import { useGo } from '../../app/navigation';
import { useLeave } from '../../app/guard';
import { paths } from '../../app/paths';
import type { CaseNoteDetail } from '../../../../shared/ffps/types';
import type { CaseDetail } from '../../../../shared/cases/types';
import { NoteView } from './NoteView';
import { FeedbackCard } from './FeedbackCard';
import { FeedbackStateTag } from './FeedbackState';
import { OefenpuntBanner } from './OefenpuntBanner';
import { useMyName } from './useMe';
import './ffps.css';

export const BUNDLE_MIME = 'application/json;charset=utf-8';

/** `/ffps/notes/:id`: one case-note, its feedback rounds, and the actions between the two laptops. */
export default function NoteScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const note = useQuery(apiQuery('ffps.getNote', { id }));
  const detail = useQuery({ ...apiQuery('cases.get', { id: note.data?.caseId ?? '' }), enabled: !!note.data });
  const me = useMyName();
  const data = note.data && detail.data && me ? { n: note.data, c: detail.data, me } : undefined;
  return (
    <QueryView query={{ data, error: note.error ?? detail.error }} loading={t('ffps.loading')}>
      {({ n, c, me }) => <Note note={n} detail={c} me={me} />}
    </QueryView>
  );
}

function Note({ note, detail, me }: { note: CaseNoteDetail; detail: CaseDetail; me: string }) {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const { leave } = useLeave();
  const mine = note.author === me;
  const saved = (file: { filename: string; content: string }, key: string) => {
    downloadText(file.filename, file.content, BUNDLE_MIME);
    toasts.show({ kind: 'info', text: t(key, { filename: file.filename }) }, 8_000);
  };
  const request = useApiMutation('ffps.exportRequest', { onSuccess: (file) => saved(file, 'ffps.bundle.requestSaved') });
  const send = useApiMutation('ffps.exportFeedback', { invalidate: 'none', onSuccess: (file) => saved(file, 'ffps.bundle.feedbackSaved') });
  const remove = useApiMutation('ffps.deleteNote', { onSuccess: () => leave(paths.caseFfps(note.caseId)) });
  const given = note.feedback.filter((f) => f.supervisor === me);

  return (
    <article className="page" aria-labelledby="note-title">
      <button type="button" className="btn-back" onClick={() => go(paths.caseFfps(note.caseId))}>
        ← {t('ffps.caseNotes.back', { name: note.caseCodeName })}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className="badge badge-ffps">FFPS</span>
            <span className="tag">{note.caseCodeName}</span>
            {note.forDiscussion && <span className="tag tag-own">{t('ffps.form.forDiscussion')}</span>}
            <FeedbackStateTag state={note.feedbackState} />
          </p>
          <h1 id="note-title">{t('ffps.note.title', { contact: note.contactNumber, week: note.week })}</h1>
          <p className="lede">{t('ffps.note.by', { name: note.author })}</p>
        </div>
        <div className="page-actions">
          {mine && (
            <>
              <button type="button" className="btn" onClick={() => go(paths.editNote(note.id))}>
                {t('ffps.note.edit')}
              </button>
              <button type="button" className="btn btn-primary" disabled={request.isPending} onClick={() => request.mutate({ noteIds: [note.id] })}>
                {t('ffps.bundle.request')}
              </button>
            </>
          )}
          <button type="button" className={mine ? 'btn' : 'btn btn-primary'} onClick={() => go(paths.giveFeedback(note.id))}>
            {t('ffps.feedback.give')}
          </button>
          {given.length > 0 && !mine && (
            <button type="button" className="btn btn-primary" disabled={send.isPending} onClick={() => send.mutate({ noteIds: [note.id] })}>
              {t('ffps.bundle.send')}
            </button>
          )}
          <button type="button" className="btn btn-danger" disabled={remove.isPending} onClick={() => window.confirm(t('ffps.note.confirmDelete')) && remove.mutate({ id: note.id })}>
            {t('script.delete')}
          </button>
        </div>
      </div>
      {mine && note.openOefenpunt && <OefenpuntBanner open={note.openOefenpunt} />}
      <div className="note-grid">
        <section className="panel" aria-labelledby="note-body-title">
          <h2 id="note-body-title" className="visually-hidden">{t('ffps.note.body')}</h2>
          <NoteView note={note} people={detail.people} />
        </section>
        <section aria-labelledby="feedback-title" className="feedback-column">
          <h2 id="feedback-title" className="section-title">{t('ffps.feedback.title')}</h2>
          {note.feedback.length === 0 ? (
            <p className="muted">{note.feedbackState === 'requested' ? t('ffps.feedback.waiting') : t('ffps.feedback.none')}</p>
          ) : (
            note.feedback.map((f) => <FeedbackCard key={f.id} feedback={f} canAcknowledge={mine} />)
          )}
        </section>
      </div>
    </article>
  );
}
