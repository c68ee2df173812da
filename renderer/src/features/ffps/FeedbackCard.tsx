import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../data/mutations';
import { formatDate } from '../../ui/dates';
import { FFP_PRINCIPLES, RATING_ANCHORS, type Feedback } from '../../../../shared/ffps/types';

/** One feedback round as the gezinsmanager reads it, with "gelezen" and "geoefend". */
export function FeedbackCard({ feedback: f, canAcknowledge }: { feedback: Feedback; canAcknowledge: boolean }) {
  const { t, i18n } = useTranslation();
  const ack = useApiMutation('ffps.acknowledgeFeedback');
  const practised = useApiMutation('ffps.markPractised');
  const rating = (label: string, v: number | null) => (
    <div className="rating-read">
      <span className="muted">{label}</span>
      <strong>{v ?? '—'}</strong>
      {v !== null && <span className="muted small">{RATING_ANCHORS[v as 1]}</span>}
    </div>
  );
  return (
    <article className="panel feedback-card" aria-label={t('ffps.feedback.roundBy', { name: f.supervisor })}>
      <div className="panel-head">
        <h3 className="section-title">{t('ffps.feedback.roundBy', { name: f.supervisor })}</h3>
        <span className="muted small">{formatDate(f.createdAt, i18n.language)}</span>
      </div>
      <div className="ratings-read">
        {rating(t('ffps.feedback.adherence'), f.adherence)}
        {rating(t('ffps.feedback.competence'), f.competence)}
      </div>
      <table className="table principles-read">
        <tbody>
          {FFP_PRINCIPLES.map((p) => (
            <tr key={p}>
              <th scope="row">{t(`ffps.principles.${p}`)}</th>
              <td>{f.principles[p].score ? <span className={`score-pill score-${f.principles[p].score}`}>{t(`ffps.scores.${f.principles[p].score}`)}</span> : '—'}</td>
              <td>{f.principles[p].comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {f.comments.length > 0 && (
        <ul className="plain-list comments-read">
          {f.comments.map((c, i) => (
            <li key={i}>
              <span className="tag">{t(`ffps.fields.${c.field}`)}</span>
              {c.quote && <q className="quote">{c.quote}</q>} {c.text}
            </li>
          ))}
        </ul>
      )}
      {f.oefenpunt && (
        <p className="oefenpunt-line">
          <strong>{t('ffps.feedback.oefenpunt')}:</strong> {f.oefenpunt}
          {f.practisedAt && <span className="tag">✓ {t('ffps.oefenpunt.practised')}</span>}
        </p>
      )}
      {canAcknowledge && (
        <div className="row-actions">
          {f.acknowledgedAt ? (
            <span className="tag">✓ {t('ffps.feedback.acknowledged')}</span>
          ) : (
            <button type="button" className="btn btn-primary btn-small" disabled={ack.isPending} onClick={() => ack.mutate({ id: f.id })}>
              {t('ffps.feedback.acknowledge')}
            </button>
          )}
          {f.acknowledgedAt && f.oefenpunt && !f.practisedAt && (
            <button type="button" className="btn btn-small" disabled={practised.isPending} onClick={() => practised.mutate({ id: f.id })}>
              ✓ {t('ffps.oefenpunt.markPractised')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
