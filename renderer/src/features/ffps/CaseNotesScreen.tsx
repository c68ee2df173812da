import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { QueryView } from '../../ui/QueryView';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { formatDate } from '../../ui/dates';
import { Timeline } from './Timeline';
import { FeedbackStateTag } from './FeedbackState';
import { OefenpuntBanner } from './OefenpuntBanner';
import './ffps.css';

/** `/cases/:id/ffps`: a case's FFPS case-notes and its phase timeline. */
export default function CaseNotesScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const detail = useQuery(apiQuery('cases.get', { id }));
  const timeline = useQuery(apiQuery('ffps.timeline', { caseId: id }));
  const notes = useQuery(apiQuery('ffps.listNotes', { caseId: id }));
  const open = useQuery(apiQuery('ffps.openOefenpunt', { caseId: id }));
  const data = detail.data && timeline.data && notes.data ? { c: detail.data, tl: timeline.data, ns: notes.data } : undefined;
  return (
    <QueryView query={{ data, error: detail.error ?? timeline.error ?? notes.error }} loading={t('ffps.loading')}>
      {({ c, tl, ns }) => (
        <article className="page" aria-labelledby="case-notes-title">
          <button type="button" className="btn-back" onClick={() => go(paths.case(c.id))}>
            ← {t('ffps.caseNotes.toCase', { name: c.codeName })}
          </button>
          <div className="page-head">
            <div>
              <p className="kicker">
                <span className="badge badge-ffps">FFPS</span>
                <span className="tag">{c.codeName}</span>
              </p>
              <h1 id="case-notes-title">{t('ffps.caseNotes.title', { name: c.codeName })}</h1>
              <p className="lede">{t('ffps.caseNotes.intro')}</p>
            </div>
            <div className="page-actions">
              <button type="button" className="btn btn-primary" onClick={() => go(paths.newNote(c.id))}>
                + {t('ffps.caseNotes.new')}
              </button>
            </div>
          </div>
          {open.data?.open && <OefenpuntBanner open={open.data.open} />}
          <section className="panel" aria-labelledby="timeline-title">
            <div className="panel-head">
              <h2 id="timeline-title" className="section-title">{t('ffps.timeline.title')}</h2>
              <span className="muted small">{t('ffps.timeline.norm', { count: tl.firstPhaseMaxGapWeeks })}</span>
            </div>
            <Timeline timeline={tl} onOpen={(noteId) => go(paths.note(noteId))} />
          </section>
          <section className="panel" aria-labelledby="notes-title">
            <h2 id="notes-title" className="section-title">{t('ffps.caseNotes.list')}</h2>
            {ns.length === 0 ? (
              <p className="muted">{t('ffps.caseNotes.empty')}</p>
            ) : (
              <table className="table notes-table">
                <thead>
                  <tr>
                    <th scope="col">{t('ffps.caseNotes.contact')}</th>
                    <th scope="col">{t('ffps.caseNotes.week')}</th>
                    <th scope="col">{t('ffps.form.phase')}</th>
                    <th scope="col">{t('ffps.caseNotes.author')}</th>
                    <th scope="col">{t('ffps.caseNotes.status')}</th>
                    <th scope="col">{t('ffps.caseNotes.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...ns].sort((a, b) => b.contactNumber - a.contactNumber).map((n) => (
                    <tr key={n.id}>
                      <th scope="row">
                        <button type="button" className="link" onClick={() => go(paths.note(n.id))}>
                          {t('ffps.caseNotes.contactN', { n: n.contactNumber })}
                        </button>
                      </th>
                      <td>{t('ffps.timeline.week', { week: n.week })}</td>
                      <td>
                        <span className="phase-pill" data-phase={n.phase}>{t(`ffps.phases.${n.phase}`)}</span>
                      </td>
                      <td>{n.author}</td>
                      <td>
                        {n.forDiscussion && <span className="tag tag-own">{t('ffps.form.forDiscussion')}</span>} <FeedbackStateTag state={n.feedbackState} />
                      </td>
                      <td>{formatDate(n.updatedAt.slice(0, 10), i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </article>
      )}
    </QueryView>
  );
}
