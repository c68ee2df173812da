import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { formatDate } from '../../ui/dates';

export default function GroupsScreen() {
  const { t, i18n } = useTranslation();
  const { go } = useRouter();
  const toasts = useToasts();
  const [state] = useAsync(() => call('groups.list', {}), []);
  const [name, setName] = useState('');

  const create = async () => {
    if (!name.trim()) return;
    try {
      const g = await call('groups.save', { name: name.trim(), description: '', members: [] });
      go({ name: 'group', id: g.id });
    } catch (err) {
      const e = describeError(err, t);
      toasts.show({ kind: 'error', text: e.text, details: e.details });
    }
  };

  return (
    <section className="page" aria-labelledby="groups-title">
      <div className="page-head">
        <div>
          <h1 id="groups-title">{t('groups.title')}</h1>
          <p className="lede">{t('groups.intro')}</p>
        </div>
        <form
          className="page-actions"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label className="field field-inline">
            <span className="field-label">{t('groups.newName')}</span>
            <input value={name} maxLength={100} placeholder={t('groups.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
            + {t('groups.new')}
          </button>
        </form>
      </div>
      {state.status === 'loading' && <p className="loading">{t('groups.loading')}</p>}
      {state.status === 'error' && <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>}
      {state.status === 'ok' && state.value.length === 0 && (
        <div className="empty">
          <h2>{t('groups.empty')}</h2>
          <p>{t('groups.emptyHint')}</p>
        </div>
      )}
      {state.status === 'ok' && state.value.length > 0 && (
        <ul className="cards" aria-label={t('groups.title')}>
          {state.value.map((g) => (
            <li key={g.id} className="card">
              <button type="button" className="card-link" onClick={() => go({ name: 'group', id: g.id })}>
                <span className="card-title">{g.name}</span>
                {g.description && <span className="card-desc">{g.description}</span>}
                <span className="card-meta">
                  <span>{t('groups.members', { count: g.memberCount })}</span>
                  <span aria-hidden="true">·</span>
                  <span>{t('groups.sessions', { count: g.sessionCount })}</span>
                  {g.nextSession && (
                    <>
                      <span aria-hidden="true">·</span>
                      <span>{t('groups.next', { date: formatDate(g.nextSession, i18n.language) })}</span>
                    </>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
