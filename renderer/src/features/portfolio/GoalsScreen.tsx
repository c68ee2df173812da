import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { FieldError, invalidProps, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { GOAL_TITLE_MAX, goalSaveSchema, type GoalSave } from '../../../../shared/portfolio/types';
import { goalFields } from '../../../../shared/portfolio/fields';
import { PortfolioFrame } from './Frame';
import { useStructuredCheck } from './checks';
import { portfolioQuery } from './data';

/** The learning goals with their status and how much evidence each has gathered. */
export default function GoalsScreen() {
  return <PortfolioFrame tab="goals">{() => <Goals />}</PortfolioFrame>;
}

function Goals() {
  const { t } = useTranslation();
  const go = useGo();
  const check = useStructuredCheck();
  const goals = useQuery(portfolioQuery('portfolio.goals', {}));
  const form = useForm<GoalSave>({
    defaultValues: { title: '', description: '', status: 'open' },
    resolver: schemaResolver(goalSaveSchema, { checks: (v) => goalFields(v).map((f) => ({ path: f.path, message: check(f.text) })) }),
  });
  const server = useServerErrors(form, { idPrefix: 'new-goal-' });
  const create = useApiMutation('portfolio.saveGoal', { ...server.mutation, onSuccess: () => form.reset() });
  const title = form.watch('title');
  return (
    <>
      <div className="page-head">
        <p className="lede">{t('portfolio.goals.intro')}</p>
        <form className="page-actions" onSubmit={(e) => void form.handleSubmit((g) => create.mutate(g))(e)}>
          <label className="field field-inline">
            <span className="field-label">{t('portfolio.goals.new')}</span>
            <input maxLength={GOAL_TITLE_MAX} placeholder={t('portfolio.goals.newPlaceholder')} {...form.register('title')} {...invalidProps(form.formState.errors, 'title', 'new-goal-')} />
            <FieldError errors={form.formState.errors} name="title" idPrefix="new-goal-" />
          </label>
          <button type="submit" className="btn btn-primary" disabled={!title.trim() || create.isPending}>
            {t('portfolio.goals.add')}
          </button>
          <FormNotice notice={server.notice} onClose={server.clear} />
        </form>
      </div>
      <QueryView query={goals} loading={t('portfolio.loading')}>
        {(list) =>
          list.length === 0 ? (
            <div className="empty">
              <h2>{t('portfolio.goals.empty')}</h2>
            </div>
          ) : (
            <ul className="cards" aria-label={t('portfolio.goals.title')}>
              {list.map((g) => (
                <li key={g.id} className={`card goal-card goal-${g.status}`}>
                  <button type="button" className="card-link" onClick={() => go(paths.portfolioGoal(g.id))}>
                    <span className="card-kicker">
                      <span className={`status-pill status-${g.status}`}>{t(`portfolio.goalStatus.${g.status}`)}</span>
                    </span>
                    <span className="card-title">{g.title}</span>
                    {g.description && <span className="card-desc">{g.description}</span>}
                    <span className="card-meta">{t('portfolio.goals.evidence', { count: g.evidence })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
