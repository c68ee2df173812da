import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { useLeaveGuard } from '../../app/guard';
import { useApiMutation } from '../../data/mutations';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { FieldError, errorMessage, fieldErrorId, invalidProps, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { useToasts } from '../../ui/toasts';
import {
  freeReflectionSaveSchema,
  GOAL_TITLE_MAX,
  PORTFOLIO_TEXT_MAX,
  REFLECTION_DIMENSIONS,
  REFLECTION_TEMPLATES,
  TEMPLATE_FIELDS,
  type FreeReflectionSave,
  type Goal,
} from '../../../../shared/portfolio/types';
import { reflectionFields } from '../../../../shared/portfolio/fields';
import { PortfolioFrame } from './Frame';
import { ReflectionGuard, useStructuredCheck } from './checks';
import { portfolioQuery } from './data';
import { DateInput } from '../../ui/DateTimeInputs';

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** Text typed in another template stays in the form (switching back finds it) but is neither checked nor sent. */
function onlyTemplateFields(v: FreeReflectionSave): FreeReflectionSave {
  const allowed = TEMPLATE_FIELDS[v.template] as readonly string[];
  return { ...v, fields: Object.fromEntries(allowed.map((k) => [k, v.fields?.[k] ?? ''])) };
}

const EMPTY: FreeReflectionSave = { date: '', title: '', template: 'starr', fields: {}, dimensions: [], goalIds: [] };

/** A free reflection outside any session, in one of the templates; new when there is no id. */
export default function ReflectionScreen({ id }: { id?: string }) {
  return (
    <PortfolioFrame tab="timeline">
      {() => (id ? <ExistingReflection id={id} /> : <GoalsThen>{(goals) => <ReflectionForm initial={{ ...EMPTY, date: today() }} goals={goals} />}</GoalsThen>)}
    </PortfolioFrame>
  );
}

function ExistingReflection({ id }: { id: string }) {
  const { t } = useTranslation();
  const source = useFormSource(portfolioQuery('portfolio.reflection', { id }));
  return (
    <QueryView query={source} loading={t('portfolio.loading')}>
      {({ updatedAt: _u, ...r }) => <GoalsThen>{(goals) => <ReflectionForm initial={r} goals={goals} />}</GoalsThen>}
    </QueryView>
  );
}

function GoalsThen({ children }: { children: (goals: Goal[]) => ReactNode }) {
  const { t } = useTranslation();
  const goals = useQuery(portfolioQuery('portfolio.goals', {}));
  return (
    <QueryView query={goals} loading={t('portfolio.loading')}>
      {(g) => children(g)}
    </QueryView>
  );
}

function ReflectionForm({ initial, goals }: { initial: FreeReflectionSave; goals: Goal[] }) {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const check = useStructuredCheck();
  const base = schemaResolver(freeReflectionSaveSchema, { checks: (v) => reflectionFields(v).map((f) => ({ path: f.path, message: check(f.text) })) });
  const form = useForm<FreeReflectionSave>({
    mode: 'onChange',
    defaultValues: initial,
    resolver: (values, context, options) => base(onlyTemplateFields(values), context, options),
  });
  const { register, handleSubmit, watch, setValue, formState, reset } = form;
  const { leave } = useLeaveGuard(formState.isDirty, t('editor.confirmLeave'));
  const server = useServerErrors(form, { shown: ['fields', 'dimensions', 'goalIds', 'date'] });
  const save = useApiMutation('portfolio.saveReflection', {
    ...server.mutation,
    onSuccess: (r) => {
      const { updatedAt: _u, ...values } = r;
      reset(values);
      toasts.show({ kind: 'info', text: t('portfolio.reflection.saved') });
      leave(paths.portfolio());
    },
  });
  const remove = useApiMutation('portfolio.deleteReflection', {
    onSuccess: () => {
      reset(initial);
      toasts.show({ kind: 'info', text: t('portfolio.reflection.deleted') });
      leave(paths.portfolio());
    },
  });
  const template = watch('template');
  const fields = watch('fields');
  const dimensions = watch('dimensions');
  const goalIds = watch('goalIds');
  const errors = formState.errors;
  const toggle = (list: readonly string[], value: string) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const submit = handleSubmit((v) => save.mutate(onlyTemplateFields(v)));

  return (
    <form className="reflection-form" onSubmit={(e) => void submit(e)} aria-labelledby="reflection-title">
      <button type="button" className="btn-back" onClick={() => go(paths.portfolio())}>
        ← {t('portfolio.reflection.back')}
      </button>
      <h2 id="reflection-title" className="section-title">
        {initial.id ? t('portfolio.reflection.edit') : t('portfolio.reflection.new')}
      </h2>
      <p className="muted">{t('portfolio.reflection.about')}</p>
      <div className="edit-row">
        <label className="field">
          <span className="field-label">{t('portfolio.reflection.date')}</span>
          <DateInput value={watch('date')} onValue={(v) => setValue('date', v, { shouldDirty: true, shouldValidate: formState.isSubmitted })} {...invalidProps(errors, 'date')} />
          <FieldError errors={errors} name="date" />
        </label>
        <label className="field field-grow">
          <span className="field-label">{t('portfolio.reflection.title')}</span>
          <input maxLength={GOAL_TITLE_MAX} {...register('title')} {...invalidProps(errors, 'title')} />
          <FieldError errors={errors} name="title" />
        </label>
      </div>
      <fieldset className="template-choice">
        <legend className="field-label">{t('portfolio.reflection.template')}</legend>
        <div className="segmented" role="radiogroup">
          {REFLECTION_TEMPLATES.map((k) => (
            <label key={k} className={`segment${template === k ? ' segment-on' : ''}`}>
              <input type="radio" value={k} {...register('template')} className="visually-hidden" />
              {t(`portfolio.templates.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {TEMPLATE_FIELDS[template].map((key) => {
        const name = `fields.${key}` as const;
        const hint = template === 'dimensies' ? t(`portfolio.dimensionHints.${key}`) : t(`portfolio.fieldHints.${template}.${key}`, { defaultValue: '' });
        return (
          <div key={`${template}.${key}`} className="field">
            <label className="field-label" htmlFor={`rf-${key}`}>
              {t(`portfolio.fields.${template}.${key}`)}
            </label>
            {hint && (
              <span className="muted small" id={`rf-${key}-hint`}>
                {hint}
              </span>
            )}
            <textarea
              id={`rf-${key}`}
              rows={template === 'vrij' ? 8 : 3}
              maxLength={PORTFOLIO_TEXT_MAX}
              {...register(name)}
              {...invalidProps(errors, name)}
              aria-describedby={[hint ? `rf-${key}-hint` : '', errorMessage(errors, name) ? fieldErrorId(name) : ''].join(' ').trim() || undefined}
            />
            <FieldError errors={errors} name={name} />
            <ReflectionGuard text={fields?.[key] ?? ''} onRephrase={(next) => setValue(name, next, { shouldDirty: true, shouldValidate: true })} />
          </div>
        );
      })}
      <FieldError errors={errors} name="fields" />
      {template !== 'dimensies' && (
        <fieldset className="roles">
          <legend className="field-label">{t('portfolio.reflection.dimensions')}</legend>
          {REFLECTION_DIMENSIONS.map((d) => (
            <label key={d} className="check">
              <input type="checkbox" checked={dimensions.includes(d)} onChange={() => setValue('dimensions', toggle(dimensions, d) as typeof dimensions, { shouldDirty: true })} />{' '}
              {t(`portfolio.dimensions.${d}`)}
            </label>
          ))}
          <FieldError errors={errors} name="dimensions" />
        </fieldset>
      )}
      <fieldset className="roles">
        <legend className="field-label">{t('portfolio.reflection.goals')}</legend>
        {goals.length === 0 && <p className="muted small">{t('portfolio.reflection.noGoals')}</p>}
        {goals.map((g) => (
          <label key={g.id} className="check">
            <input type="checkbox" checked={goalIds.includes(g.id)} onChange={() => setValue('goalIds', toggle(goalIds, g.id), { shouldDirty: true })} /> {g.title}
          </label>
        ))}
        <FieldError errors={errors} name="goalIds" />
      </fieldset>
      <FormNotice notice={server.notice} onClose={server.clear} />
      <div className="form-actions">
        {initial.id && (
          <button type="button" className="btn btn-danger" onClick={() => window.confirm(t('portfolio.reflection.confirmDelete')) && remove.mutate({ id: initial.id! })}>
            {t('portfolio.reflection.delete')}
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('portfolio.reflection.save')}
        </button>
      </div>
    </form>
  );
}
