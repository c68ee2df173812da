import { useForm } from 'react-hook-form';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { FieldError, invalidProps, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { formatDate } from '../../ui/dates';
import { paths } from '../../app/paths';
import { GROUP_NAME_MAX, groupSaveSchema } from '../../../../shared/groups/types';

export default function GroupsScreen() {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const groups = useQuery(apiQuery('groups.list', {}));
  const form = useForm({ resolver: schemaResolver(groupSaveSchema), defaultValues: { name: '', description: '', members: [] } });
  const server = useServerErrors(form, { idPrefix: 'new-group-', labels: { name: t('groups.newName') } });
  const create = useApiMutation('groups.save', { ...server.mutation, onSuccess: (g) => go(paths.group(g.id)) });
  const name = form.watch('name');

  return (
    <section className="page" aria-labelledby="groups-title">
      <div className="page-head">
        <div>
          <h1 id="groups-title">{t('groups.title')}</h1>
          <p className="lede">{t('groups.intro')}</p>
        </div>
        <form className="page-actions" onSubmit={(e) => void form.handleSubmit((g) => create.mutate(g))(e)}>
          <label className="field field-inline">
            <span className="field-label">{t('groups.newName')}</span>
            <input maxLength={GROUP_NAME_MAX} placeholder={t('groups.namePlaceholder')} {...form.register('name')} {...invalidProps(form.formState.errors, 'name', 'new-group-')} />
            <FieldError errors={form.formState.errors} name="name" idPrefix="new-group-" />
          </label>
          <button type="submit" className="btn btn-primary" disabled={!name.trim() || create.isPending} {...whyProps('new-group-why', name.trim() ? null : t('why.nameFirst'))}>
            + {t('groups.new')}
          </button>
          <DisabledReason id="new-group-why" reason={name.trim() ? null : t('why.nameFirst')} />
          <FormNotice notice={server.notice} onClose={server.clear} />
        </form>
      </div>
      <QueryView query={groups} loading={t('groups.loading')}>
        {(list) =>
          list.length === 0 ? (
            <div className="empty">
              <h2>{t('groups.empty')}</h2>
              <p>{t('groups.emptyHint')}</p>
            </div>
          ) : (
            <ul className="cards" aria-label={t('groups.title')}>
              {list.map((g) => (
                <li key={g.id} className="card">
                  <button type="button" className="card-link" onClick={() => go(paths.group(g.id))}>
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
          )
        }
      </QueryView>
    </section>
  );
}
