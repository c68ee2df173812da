import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { paths } from '../../app/paths';
import { formatDate } from '../../ui/dates';
import type { ScriptFormat } from '../../../../shared/scripts/vocabulary';
import { FormatField } from '../../ui/FormatField';

export default function CasesScreen() {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const cases = useQuery(apiQuery('cases.list', {}));
  const [format, setFormat] = useState<ScriptFormat>('mlb');
  const create = useApiMutation('cases.create', { onSuccess: (c) => go(paths.case(c.id)) });

  return (
    <section className="page" aria-labelledby="cases-title">
      <div className="page-head">
        <div>
          <h1 id="cases-title">{t('cases.title')}</h1>
          <p className="lede">{t('cases.intro')}</p>
        </div>
        <div className="page-actions">
          <FormatField inline value={format} onChange={setFormat} />
          <button type="button" className="btn btn-primary" disabled={create.isPending} onClick={() => create.mutate({ format })}>
            + {t('cases.new')}
          </button>
        </div>
      </div>
      <QueryView query={cases} loading={t('cases.loading')}>
        {(list) =>
          list.length === 0 ? (
            <div className="empty">
              <h2>{t('cases.empty')}</h2>
              <p>{t('cases.emptyHint')}</p>
            </div>
          ) : (
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
                {list.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <button type="button" className="link" onClick={() => go(paths.case(c.id))}>
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
                              <button type="button" className="link" onClick={() => go(paths.session(s.id))}>
                                {formatDate(s.date, i18n.language)}
                              </button>{' '}
                              <span className="muted small">{s.groupName}</span>
                            </li>
                          ))}
                        </ul>
                      )
        }
                    </td>
                    <td>{formatDate(c.lastUsedAt, i18n.language)}</td>
                    <td>{formatDate(c.retentionUntil, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </section>
  );
}
