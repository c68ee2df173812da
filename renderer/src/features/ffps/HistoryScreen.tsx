import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { useToasts } from '../../ui/toasts';
import { downloadBase64, downloadText } from '../../ui/download';
import { formatDate } from '../../ui/dates';
import { QueryView } from '../../ui/QueryView';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import type { FeedbackHistory } from '../../../../shared/ffps/types';
import { RatingsChart } from './RatingsChart';
import { useMyName } from './useMe';
import './ffps.css';

/**
 * `/ffps/history`: a professional's feedback history — ratings over time, the principles scored "nee"
 * most, the oefenpunten and whether they were practised — and its export for werkbegeleiding. The
 * professional is chosen on the screen (the address holds no names).
 */
export default function HistoryScreen() {
  const { t } = useTranslation();
  const go = useGo();
  const me = useMyName();
  const professionals = useQuery(apiQuery('ffps.professionals', {}));
  const [who, setWho] = useState<string | null>(null);
  useEffect(() => {
    if (who === null && professionals.data?.length) setWho(professionals.data.includes(me ?? '') ? me! : professionals.data[0]);
  }, [professionals.data, me, who]);
  const history = useQuery({ ...apiQuery('ffps.history', { professional: who ?? '-' }), enabled: !!who });
  return (
    <article className="page" aria-labelledby="history-title">
      <button type="button" className="btn-back" onClick={() => go(paths.ffps())}>
        ← {t('ffps.hub.title')}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className="badge badge-ffps">FFPS</span>
          </p>
          <h1 id="history-title">{t('ffps.history.title')}</h1>
          <p className="lede">{t('ffps.history.intro')}</p>
        </div>
        {who && <ExportButtons professional={who} />}
      </div>
      {professionals.data?.length === 0 ? (
        <p className="muted">{t('ffps.history.empty')}</p>
      ) : (
        <>
          <label className="field field-inline">
            <span className="field-label">{t('ffps.history.professional')}</span>
            <select value={who ?? ''} onChange={(e) => setWho(e.target.value)}>
              {(professionals.data ?? []).map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          {who && (
            <QueryView query={history} loading={t('ffps.loading')}>
              {(h) => <History history={h} />}
            </QueryView>
          )}
        </>
      )}
    </article>
  );
}

function ExportButtons({ professional }: { professional: string }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const exportIt = useApiMutation('ffps.exportHistory', {
    invalidate: 'none',
    onSuccess: (file) => {
      if (file.encoding === 'base64') downloadBase64(file.filename, file.content, file.mime);
      else downloadText(file.filename, file.content);
      toasts.show({ kind: 'info', text: t('script.exported', { filename: file.filename }) });
    },
  });
  return (
    <div className="page-actions">
      <button type="button" className="btn btn-primary" disabled={exportIt.isPending} onClick={() => exportIt.mutate({ professional, format: 'pdf' })}>
        {t('ffps.history.pdf')}
      </button>
      <button type="button" className="btn" disabled={exportIt.isPending} onClick={() => exportIt.mutate({ professional, format: 'md' })}>
        {t('ffps.history.md')}
      </button>
    </div>
  );
}

function History({ history: h }: { history: FeedbackHistory }) {
  const { t, i18n } = useTranslation();
  const practised = h.rounds.filter((r) => r.oefenpunt && r.practised).length;
  const withPoint = h.rounds.filter((r) => r.oefenpunt).length;
  return (
    <div className="history-grid">
      <section className="panel span-2" aria-labelledby="chart-title">
        <div className="panel-head">
          <h2 id="chart-title" className="section-title">{t('ffps.history.chart')}</h2>
          <span className="muted small">{t('ffps.history.rounds', { count: h.rounds.length })}</span>
        </div>
        <RatingsChart rounds={h.rounds} />
      </section>
      <section className="panel" aria-labelledby="missed-title">
        <h2 id="missed-title" className="section-title">{t('ffps.history.missed')}</h2>
        {h.missedPrinciples.length === 0 ? (
          <p className="muted">{t('ffps.history.noneMissed')}</p>
        ) : (
          <ol className="missed">
            {h.missedPrinciples.map((p) => (
              <li key={p.principle}>
                <strong>{t(`ffps.principles.${p.principle}`)}</strong>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-nee" style={{ width: `${(p.nee / Math.max(1, h.rounds.length)) * 100}%` }} />
                  <span className="bar-deels" style={{ width: `${(p.deels / Math.max(1, h.rounds.length)) * 100}%` }} />
                </span>
                <span className="small">{t('ffps.history.neeDeels', { nee: p.nee, deels: p.deels })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="points-title">
        <h2 id="points-title" className="section-title">{t('ffps.history.oefenpunten')}</h2>
        <p className="muted small">{t('ffps.history.practisedCount', { practised, total: withPoint })}</p>
        <ul className="plain-list oefenpunten">
          {h.rounds
            .filter((r) => r.oefenpunt)
            .map((r) => (
              <li key={r.feedbackId} className={r.practised ? 'done' : 'open'}>
                <span className={r.practised ? 'tag' : 'tag tag-warn'}>{r.practised ? `✓ ${t('ffps.oefenpunt.practised')}` : t('ffps.history.notYet')}</span> {r.oefenpunt}
                <span className="muted small">
                  {' '}
                  · {r.caseCodeName} · {formatDate(r.givenAt, i18n.language)}
                </span>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
