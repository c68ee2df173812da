import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { formatDate } from '../../ui/dates';
import { useToasts } from '../../ui/toasts';
import { FormNotice, ServerFieldError, serverFieldProps, useServerFieldErrors } from '../../ui/serverErrors';
import { NOTE_MAX, type WbItem } from '../../../../shared/portfolio/types';
import { PortfolioFrame } from './Frame';
import { useStructuredCheck } from './checks';
import { portfolioQuery } from './data';

/** What this professional promised to take to werkbegeleiding, open first; printable as the agenda. */
export default function WerkbegeleidingScreen() {
  return <PortfolioFrame tab="werkbegeleiding">{() => <WbList />}</PortfolioFrame>;
}

function WbList() {
  const { t } = useTranslation();
  const go = useGo();
  const items = useQuery(portfolioQuery('portfolio.werkbegeleiding', {}));
  return (
    <>
      <div className="page-head">
        <p className="lede">{t('portfolio.wb.intro')}</p>
        <button type="button" className="btn" onClick={() => go(paths.portfolioWbPrint())}>
          {t('portfolio.wb.print')}
        </button>
      </div>
      <QueryView query={items} loading={t('portfolio.loading')}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('portfolio.wb.empty')}</p>
          ) : (
            <ul className="wb-list" aria-label={t('portfolio.wb.title')}>
              {list.map((item) => (
                <WbRow key={item.key} item={item} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

function WbRow({ item }: { item: WbItem }) {
  const { t, i18n } = useTranslation();
  const toasts = useToasts();
  const check = useStructuredCheck();
  const [note, setNote] = useState(item.note);
  // What the backend refuses in the note shows under it; anything else in the row's own notice.
  const prefix = `wb-${item.key.replace(/[^A-Za-z0-9_-]/g, '-')}-`;
  const server = useServerFieldErrors({ fields: ['note'], idPrefix: prefix });
  const update = useApiMutation('portfolio.updateWb', { ...server.mutation, onSuccess: () => toasts.show({ kind: 'info', text: t('portfolio.wb.saved') }) });
  const problem = check(note);
  const done = item.status === 'besproken';
  return (
    <li className={`wb-item${done ? ' wb-done' : ''}`} aria-label={item.text}>
      <div className="wb-main">
        <span className={`status-pill status-${item.status}`}>{t(`portfolio.wb.${item.status}`)}</span>
        <p className="wb-text">{item.text}</p>
        <p className="muted small">
          {formatDate(item.date, i18n.language)} · {item.source}
          {item.discussedAt && ` · ${t('portfolio.wb.discussedOn', { date: formatDate(item.discussedAt, i18n.language) })}`}
        </p>
      </div>
      <div className="wb-side">
        <label className="field">
          <span className="field-label">{t('portfolio.wb.note')}</span>
          <textarea rows={2} maxLength={NOTE_MAX} value={note} onChange={(e) => (setNote(e.target.value), server.clearField('note'))} aria-invalid={problem ? true : undefined} {...serverFieldProps(server, 'note', prefix)} />
          {problem && <span className="field-error">{problem}</span>}
          {!problem && <ServerFieldError server={server} name="note" idPrefix={prefix} />}
        </label>
        <FormNotice notice={server.notice} onClose={server.clear} />
        <div className="row-actions">
          <button type="button" className="btn btn-small" disabled={!!problem || update.isPending || note === item.note} onClick={() => update.mutate({ key: item.key, status: item.status, note })}>
            {t('portfolio.wb.saveNote')}
          </button>
          <button
            type="button"
            className={done ? 'btn btn-small' : 'btn btn-small btn-primary'}
            disabled={!!problem || update.isPending}
            onClick={() => update.mutate({ key: item.key, status: done ? 'open' : 'besproken', note })}
          >
            {done ? t('portfolio.wb.reopen') : t('portfolio.wb.markDone')}
          </button>
        </div>
      </div>
    </li>
  );
}

/** The open items as the agenda for the next werkbegeleiding, on paper. */
export function WerkbegeleidingPrintScreen() {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const me = useQuery(portfolioQuery('portfolio.me', {}));
  const items = useQuery({ ...portfolioQuery('portfolio.werkbegeleiding', {}), enabled: !!me.data?.profile });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  return (
    <main className="print-page portfolio" aria-labelledby="agenda-title">
      <div className="print-toolbar no-print">
        <button type="button" className="btn-back" onClick={() => go(paths.portfolioWb())}>
          ← {t('portfolio.wb.back')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <header className="print-head">
        <h1 id="agenda-title">{t('portfolio.wb.agendaTitle')}</h1>
        <p>{t('portfolio.wb.agendaFor', { name: me.data?.profile?.name ?? '', date: formatDate(today, i18n.language) })}</p>
        <p className="muted">{t('portfolio.wb.agendaNote')}</p>
      </header>
      <QueryView query={items} loading={t('portfolio.loading')}>
        {(list) => (
          <ol className="agenda">
            {list
              .filter((i) => i.status === 'open')
              .map((i) => (
                <li key={i.key}>
                  <p className="agenda-text">{i.text}</p>
                  <p className="muted small">
                    {formatDate(i.date, i18n.language)} · {i.source}
                  </p>
                  <p className="agenda-lines" aria-hidden="true" />
                </li>
              ))}
          </ol>
        )}
      </QueryView>
    </main>
  );
}
