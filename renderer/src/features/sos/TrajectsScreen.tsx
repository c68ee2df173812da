import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { FormNotice, ServerFieldError, serverFieldProps, useServerFieldErrors } from '../../ui/serverErrors';
import { QueryView } from '../../ui/QueryView';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { formatDate } from '../../ui/dates';
import { paths } from '../../app/paths';
import { TITLE_MAX } from '../../../../shared/sos/types';
import './sos.css';

/** The trainer's trajects, and a new one for a leergroep (it starts with the four default modules). */
export default function TrajectsScreen() {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const trajects = useQuery(apiQuery('sos.listTrajects', {}));
  const groups = useQuery(apiQuery('groups.list', {}));
  const server = useServerFieldErrors({ fields: ['title', 'groupId'], idPrefix: 'new-traject-' });
  const create = useApiMutation('sos.saveTraject', { ...server.mutation, onSuccess: (tr) => go(paths.traject(tr.id)) });
  const [title, setTitle] = useState('');
  const [groupId, setGroupId] = useState('');
  const newWhy = !title.trim() ? t('why.nameFirst') : !groupId ? t('why.chooseGroup') : null;

  return (
    <section className="page" aria-labelledby="trajects-title">
      <div className="page-head">
        <div>
          <h1 id="trajects-title">{t('sos.trajects.title')}</h1>
          <p className="lede">{t('sos.trajects.intro')}</p>
        </div>
        <form
          className="page-actions sos-new"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({ title, groupId, trainerId: null, participants: [], caseId: null, modules: [] });
          }}
        >
          <label className="field">
            <span className="field-label">{t('sos.trajects.name')}</span>
            <input value={title} maxLength={TITLE_MAX} onChange={(e) => { setTitle(e.target.value); server.clearField('title'); }} {...serverFieldProps(server, 'title', 'new-traject-')} />
            <ServerFieldError server={server} name="title" idPrefix="new-traject-" />
          </label>
          <label className="field">
            <span className="field-label">{t('sos.trajects.group')}</span>
            <select aria-label={t('sos.trajects.group')} value={groupId} onChange={(e) => { setGroupId(e.target.value); server.clearField('groupId'); }} {...serverFieldProps(server, 'groupId', 'new-traject-')}>
              <option value="">{t('sos.trajects.chooseGroup')}</option>
              {(groups.data ?? []).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
            <ServerFieldError server={server} name="groupId" idPrefix="new-traject-" />
          </label>
          <button type="submit" className="btn btn-primary" disabled={create.isPending || newWhy !== null} {...whyProps('new-traject-why', newWhy)}>
            + {t('sos.trajects.new')}
          </button>
          <DisabledReason id="new-traject-why" reason={newWhy} />
          {groups.data?.length === 0 && <p className="hint-gentle">{t('sos.trajects.noGroups')}</p>}
          <FormNotice notice={server.notice} onClose={server.clear} />
        </form>
      </div>
      <QueryView query={trajects} loading={t('sos.loading')}>
        {(list) =>
          list.length === 0 ? (
            <div className="empty">
              <h2>{t('sos.trajects.empty')}</h2>
            </div>
          ) : (
            <ul className="cards" aria-label={t('sos.trajects.title')}>
              {list.map((tr) => (
                <li key={tr.id} className="card card-sos">
                  <button type="button" className="card-link" onClick={() => go(paths.traject(tr.id))}>
                    <span className="card-title">{tr.title}</span>
                    <span className="card-desc">{tr.groupName}</span>
                    <span className="card-meta">
                      <span>{t('sos.trajects.modules', { count: tr.modules })}</span>
                      {tr.nextDate && (
                        <>
                          <span aria-hidden="true">·</span>
                          <span>{t('sos.trajects.next', { date: formatDate(tr.nextDate, i18n.language) })}</span>
                        </>
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
