import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { formatDate } from '../../ui/dates';
import type { ScriptFormat } from '../../../../shared/scripts/vocabulary';
import { FormatField } from '../../ui/FormatField';

export default function CasesScreen() {
  const { t, i18n } = useTranslation();
  const { go } = useRouter();
  const toasts = useToasts();
  const [state] = useAsync(() => call('cases.list', {}), []);
  const [format, setFormat] = useState<ScriptFormat>('mlb');
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    try {
      const c = await call('cases.create', { format });
      go({ name: 'case', id: c.id });
    } catch (err) {
      toasts.show({ kind: 'error', text: describeError(err, t).text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page" aria-labelledby="cases-title">
      <div className="page-head">
        <div>
          <h1 id="cases-title">{t('cases.title')}</h1>
          <p className="lede">{t('cases.intro')}</p>
        </div>
        <div className="page-actions">
          <FormatField inline value={format} onChange={setFormat} />
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void create()}>
            + {t('cases.new')}
          </button>
        </div>
      </div>
      {state.status === 'loading' && <p className="loading">{t('cases.loading')}</p>}
      {state.status === 'error' && <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>}
      {state.status === 'ok' && state.value.length === 0 && (
        <div className="empty">
          <h2>{t('cases.empty')}</h2>
          <p>{t('cases.emptyHint')}</p>
        </div>
      )}
      {state.status === 'ok' && state.value.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('cases.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.codeName')}</th>
              <th scope="col">{t('cases.format')}</th>
              <th scope="col">{t('cases.people')}</th>
              <th scope="col">{t('cases.discussedIn')}</th>
              <th scope="col">{t('cases.lastUsed')}</th>
              <th scope="col">{t('cases.retention')}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.map((c) => (
              <tr key={c.id}>
                <td>
                  <button type="button" className="link" onClick={() => go({ name: 'case', id: c.id })}>
                    {c.codeName}
                  </button>
                  {!c.hasNotes && <span className="muted small"> · {t('cases.noNotes')}</span>}
                </td>
                <td>
                  <span className={`badge badge-${c.format}`}>{t(`formatsShort.${c.format}`)}</span>
                </td>
                <td>{c.peopleCount}</td>
                <td>
                  {c.sessions.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="plain-list">
                      {c.sessions.map((s) => (
                        <li key={s.id}>
                          <button type="button" className="link" onClick={() => go({ name: 'session', id: s.id })}>
                            {formatDate(s.date, i18n.language)}
                          </button>{' '}
                          <span className="muted small">{s.groupName}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{formatDate(c.lastUsedAt, i18n.language)}</td>
                <td>{formatDate(c.retentionUntil, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
