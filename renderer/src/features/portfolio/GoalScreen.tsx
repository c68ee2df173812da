import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { FieldError, invalidProps, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { useToasts } from '../../ui/toasts';
import { GOAL_STATUSES, GOAL_TITLE_MAX, PORTFOLIO_TEXT_MAX, goalSaveSchema, type Goal, type GoalSave } from '../../../../shared/portfolio/types';
import { goalFields } from '../../../../shared/portfolio/fields';
import type { GoalPage } from '../../../../shared/portfolio/contract';
import { PortfolioFrame } from './Frame';
import { useStructuredCheck } from './checks';
import { portfolioQuery } from './data';
import { TimelineEntry } from './TimelineScreen';

/** One learning goal: its status and description, and the evidence linked to it. */
export default function GoalScreen({ id }: { id: string }) {
  return <PortfolioFrame tab="goals">{() => <GoalLoader id={id} />}</PortfolioFrame>;
}

function GoalLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const page = useQuery(portfolioQuery('portfolio.goal', { id }));
  const goals = useQuery(portfolioQuery('portfolio.goals', {}));
  return (
    <QueryView query={page} loading={t('portfolio.loading')}>
      {(p) => <GoalView page={p} goals={goals.data ?? [p.goal]} />}
    </QueryView>
  );
}

function GoalView({ page, goals }: { page: GoalPage; goals: Goal[] }) {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const check = useStructuredCheck();
  const g = page.goal;
  const form = useForm<GoalSave>({
    values: { id: g.id, title: g.title, description: g.description, status: g.status },
    resolver: schemaResolver(goalSaveSchema, { checks: (v) => goalFields(v).map((f) => ({ path: f.path, message: check(f.text) })) }),
  });
  const server = useServerErrors(form);
  const save = useApiMutation('portfolio.saveGoal', { ...server.mutation, onSuccess: () => toasts.show({ kind: 'info', text: t('portfolio.goals.saved') }) });
  const unlink = useApiMutation('portfolio.linkGoal');
  const errors = form.formState.errors;
  return (
    <>
      <button type="button" className="btn-back" onClick={() => go(paths.portfolioGoals())}>
        ← {t('portfolio.goals.back')}
      </button>
      <div className="goal-page">
        <form className="panel goal-form" onSubmit={(e) => void form.handleSubmit((v) => save.mutate(v))(e)} aria-labelledby="goal-title">
          <h2 id="goal-title" className="goal-heading">
            {g.title}
          </h2>
          <label className="field">
            <span className="field-label">{t('portfolio.reflection.title')}</span>
            <input maxLength={GOAL_TITLE_MAX} {...form.register('title')} {...invalidProps(errors, 'title')} />
            <FieldError errors={errors} name="title" />
          </label>
          <label className="field">
            <span className="field-label">{t('portfolio.goals.status')}</span>
            <select {...form.register('status')} {...invalidProps(errors, 'status')}>
              {GOAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`portfolio.goalStatus.${s}`)}
                </option>
              ))}
            </select>
            <FieldError errors={errors} name="status" />
          </label>
          <label className="field">
            <span className="field-label">{t('portfolio.goals.description')}</span>
            <textarea rows={4} maxLength={PORTFOLIO_TEXT_MAX} {...form.register('description')} {...invalidProps(errors, 'description')} />
            <FieldError errors={errors} name="description" />
          </label>
          <FormNotice notice={server.notice} onClose={server.clear} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={save.isPending || !form.formState.isDirty}>
              {t('portfolio.goals.save')}
            </button>
          </div>
        </form>
        <section aria-labelledby="evidence-title">
          <h2 id="evidence-title" className="section-title evidence-title">
            {t('portfolio.goals.evidenceTitle')} <span className="muted">· {t('portfolio.goals.evidence', { count: page.evidence.length })}</span>
          </h2>
          {page.evidence.length === 0 ? (
            <p className="empty">{t('portfolio.goals.noEvidence')}</p>
          ) : (
            <ol className="timeline">
              {page.evidence.map((item) => (
                <TimelineEntry key={item.key} item={item} goals={goals} onUnlink={() => unlink.mutate({ goalId: g.id, key: item.key, linked: false })} />
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
