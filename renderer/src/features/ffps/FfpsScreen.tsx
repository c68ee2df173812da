import { useEffect, useState } from 'react';
import { FormNotice, ServerFieldError, serverFieldProps, useServerFieldErrors } from '../../ui/serverErrors';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { useToasts } from '../../ui/toasts';
import { formatDate } from '../../ui/dates';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import type { CaseNoteSummary } from '../../../../shared/ffps/types';
import { ImportPanel } from './ImportPanel';
import { FeedbackStateTag } from './FeedbackState';
import './ffps.css';

/** `/ffps`: who I am to colleagues, the supervisor's inbox, notes ter bespreking, import, the FFPS cases. */
export default function FfpsScreen() {
  const { t } = useTranslation();
  const go = useGo();
  const inbox = useQuery(apiQuery('ffps.inbox', {}));
  const discussion = useQuery(apiQuery('ffps.listNotes', { forDiscussion: true }));
  const cases = useQuery(apiQuery('cases.list', {}));
  const ffpsCases = (cases.data ?? []).filter((c) => c.format === 'ffps');
  return (
    <article className="page" aria-labelledby="ffps-title">
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className="badge badge-ffps">FFPS</span>
          </p>
          <h1 id="ffps-title">{t('ffps.hub.title')}</h1>
          <p className="lede">{t('ffps.hub.intro')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => go(paths.ffpsHistory())}>
            {t('ffps.history.title')}
          </button>
        </div>
      </div>
      <div className="ffps-hub">
        <div className="hub-main">
          <section className="panel" aria-labelledby="inbox-title">
            <h2 id="inbox-title" className="section-title">{t('ffps.hub.inbox')}</h2>
            <p className="muted small">{t('ffps.hub.inboxHint')}</p>
            <NoteList notes={inbox.data} empty={t('ffps.hub.inboxEmpty')} />
          </section>
          <section className="panel" aria-labelledby="discussion-title">
            <h2 id="discussion-title" className="section-title">{t('ffps.hub.forDiscussion')}</h2>
            <NoteList notes={discussion.data} empty={t('ffps.hub.forDiscussionEmpty')} />
          </section>
          <section className="panel" aria-labelledby="ffps-cases-title">
            <h2 id="ffps-cases-title" className="section-title">{t('ffps.hub.cases')}</h2>
            {ffpsCases.length === 0 ? (
              <p className="muted">{t('ffps.hub.casesEmpty')}</p>
            ) : (
              <ul className="plain-list link-list">
                {ffpsCases.map((c) => (
                  <li key={c.id}>
                    <button type="button" className="link" onClick={() => go(paths.caseFfps(c.id))}>
                      {c.codeName}
                    </button>{' '}
                    <span className="muted small">{t('ffps.hub.people', { count: c.peopleCount })}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="hub-side">
          <IdentityPanel />
          <ImportPanel />
        </div>
      </div>
    </article>
  );
}

function NoteList({ notes, empty }: { notes: CaseNoteSummary[] | undefined; empty: string }) {
  const { t, i18n } = useTranslation();
  const go = useGo();
  if (!notes) return <p className="loading">{t('ffps.loading')}</p>;
  if (notes.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain-list note-list">
      {notes.map((n) => (
        <li key={n.id}>
          <button type="button" className="link" onClick={() => go(paths.note(n.id))}>
            {t('ffps.hub.noteLine', { name: n.caseCodeName, contact: n.contactNumber, week: n.week })}
          </button>
          <span className="muted small"> · {n.author} · {formatDate(n.updatedAt, i18n.language)}</span> <FeedbackStateTag state={n.feedbackState} />
        </li>
      ))}
    </ul>
  );
}

/** My name on notes and feedback, and my key's fingerprint, which colleagues compare on first contact. */
export function IdentityPanel() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const settings = useQuery(apiQuery('settings.get', {}));
  const identity = useQuery(apiQuery('exchange.identity', {}));
  const [name, setName] = useState('');
  useEffect(() => {
    if (settings.data) setName(settings.data.displayName);
  }, [settings.data]);
  // What the backend refuses in the name shows under it (issue 15), not in a toast.
  const server = useServerFieldErrors({ fields: ['displayName'], idPrefix: 'identity-' });
  const save = useApiMutation('settings.update', {
    ...server.mutation,
    onSuccess: () => {
      void identity.refetch();
      toasts.show({ kind: 'info', text: t('ffps.hub.nameSaved') });
    },
  });
  const changed = settings.data !== undefined && name.trim() !== settings.data.displayName;
  return (
    <section className="panel" aria-labelledby="identity-title">
      <h2 id="identity-title" className="section-title">{t('ffps.hub.me')}</h2>
      <FormNotice notice={server.notice} onClose={server.clear} />
      <form
        className="inline-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (changed) save.mutate({ displayName: name.trim() });
        }}
      >
        <label className="field field-grow">
          <span className="field-label">{t('ffps.hub.myName')}</span>
          <input value={name} maxLength={100} onChange={(e) => (setName(e.target.value), server.clearField('displayName'))} {...serverFieldProps(server, 'displayName', 'identity-')} />
          <ServerFieldError server={server} name="displayName" idPrefix="identity-" />
        </label>
        <button type="submit" className="btn btn-small" disabled={!changed || save.isPending}>
          {t('editor.save')}
        </button>
      </form>
      <p className="muted small">{t('ffps.hub.myNameHint')}</p>
      <p className="field-label">{t('ffps.bundle.fingerprint')}</p>
      <p className="fingerprint" data-testid="my-fingerprint">
        {identity.data?.fingerprint ?? '…'}
      </p>
      <p className="muted small">{t('ffps.hub.fingerprintHint')}</p>
    </section>
  );
}
