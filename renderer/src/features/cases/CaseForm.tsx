import { useEffect, useMemo, useRef } from 'react';
import { GrowText } from '../../ui/GrowText';
import { useFieldArray, useForm, type FieldErrors, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../data/mutations';
import { useLeaveGuard } from '../../app/guard';
import { DateInput } from '../../ui/DateTimeInputs';
import { FieldError, invalidProps, schemaResolver, type FieldProblem } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { ListEditor } from '../../ui/ListEditor';
import { FormatField } from '../../ui/FormatField';
import { useToasts } from '../../ui/toasts';
import {
  CODE_NAME_MAX,
  CODE_NAME_WORDS,
  EVENT_MAX,
  PERIOD_MAX,
  PSEUDONYM_MAX,
  ROLE_MAX,
  caseUpdateSchema,
  type CaseDetail,
} from '../../../../shared/cases/types';
import type { z } from 'zod';
import { NO_CHECKS, useTextChecks, type TextChecks } from './textChecks';

type CaseValues = z.input<typeof caseUpdateSchema>;

const toForm = (d: CaseDetail): CaseValues => ({
  id: d.id,
  codeName: d.codeName,
  format: d.format,
  retentionUntil: d.retentionUntil,
  people: d.people.map((p) => ({ ...p })),
  timeline: d.timeline.map((i) => ({ ...i })),
});

/** The short texts of a case that must hold no name, date or address: the backend checks the same. */
function identifierProblems(v: CaseValues, checks: TextChecks): FieldProblem[] {
  const at = (path: string, text: string) => ({ path, message: checks.identifier(text) });
  return [
    at('codeName', v.codeName),
    ...v.people.map((p, i) => at(`people.${i}.role`, p.role)),
    ...v.timeline.flatMap((item, i) => [at(`timeline.${i}.period`, item.period), at(`timeline.${i}.event`, item.event)]),
  ];
}

/**
 * The case's details, roster and timeline as one form: the shared caseUpdateSchema for the rules and
 * their messages, plus the live anonymisation check; each message shows at its own field.
 */
export function useCaseForm(detail: CaseDetail) {
  const { t } = useTranslation();
  const toasts = useToasts();
  // The check allows the roster's pseudonyms, which the form itself holds: the resolver reads the
  // checks of the latest render.
  const checksRef = useRef<TextChecks>(NO_CHECKS);
  const form = useForm({
    mode: 'onChange',
    defaultValues: toForm(detail),
    resolver: schemaResolver(caseUpdateSchema, { checks: (v) => identifierProblems(v, checksRef.current) }),
  });
  const people = form.watch('people');
  const allowed = useMemo(() => [...people.map((p) => p.pseudonym), ...CODE_NAME_WORDS], [people]);
  const checks = useTextChecks(allowed);
  checksRef.current = checks;

  // When the detector arrives after typing started, show what it finds right away.
  useEffect(() => {
    const flagged = identifierProblems(form.getValues(), checks).filter((p) => p.message).map((p) => p.path);
    if (flagged.length) void form.trigger(flagged as never);
  }, [checks, form]);

  useLeaveGuard(form.formState.isDirty, t('editor.confirmLeave'));
  // What the anonymisation gate or the backend's rules refuse shows at its field (ui/serverErrors.tsx).
  const server = useServerErrors(form, {
    shown: ['people', 'timeline', 'retentionUntil'],
    labels: { codeName: t('cases.codeName'), retentionUntil: t('cases.retention'), 'people.role': t('cases.role'), 'people.pseudonym': t('cases.pseudonym'), 'timeline.period': t('cases.period'), 'timeline.event': t('cases.event') },
  });
  const save = useApiMutation('cases.update', {
    ...server.mutation,
    onSuccess: (saved) => {
      form.reset(toForm(saved));
      toasts.show({ kind: 'info', text: t('editor.saved') });
    },
  });
  const blocked = Object.keys(form.formState.errors).length > 0;
  return { form, save, blocked, server };
}

type CaseFormProps = ReturnType<typeof useCaseForm> & { id: string };

export function CaseForm({ id, form, save, server }: CaseFormProps) {
  const { t } = useTranslation();
  const { register, control, handleSubmit, watch, setValue, formState } = form;
  const errors = formState.errors as FieldErrors;
  const people = useFieldArray({ control, name: 'people', keyName: 'key' });
  const timeline = useFieldArray({ control, name: 'timeline', keyName: 'key' });
  const input = (name: string, label: string, maxLength: number, reg: UseFormRegisterReturn, placeholder?: string) => (
    <>
      <GrowText singleLine aria-label={label} maxLength={maxLength} placeholder={placeholder} {...reg} {...invalidProps(errors, name)} />
      <FieldError errors={errors} name={name} />
    </>
  );

  return (
    <form id={id} className="panel" aria-labelledby="meta-title" onSubmit={(e) => void handleSubmit((values) => save.mutate(values))(e)}>
      <h2 id="meta-title" className="section-title">{t('cases.details')}</h2>
      <FormNotice notice={server.notice} onClose={server.clear} />
      <div className="edit-row">
        <label className="field field-grow">
          <span className="field-label">{t('cases.codeName')}</span>
          <input maxLength={CODE_NAME_MAX} {...register('codeName')} {...invalidProps(errors, 'codeName')} />
          <FieldError errors={errors} name="codeName" />
        </label>
        <FormatField value={watch('format')} onChange={(format) => setValue('format', format, { shouldDirty: true })} />
        <label className="field">
          <span className="field-label">{t('cases.retention')}</span>
          <DateInput value={watch('retentionUntil')} onValue={(v) => setValue('retentionUntil', v, { shouldDirty: true, shouldValidate: true })} {...invalidProps(errors, 'retentionUntil')} />
          <FieldError errors={errors} name="retentionUntil" />
        </label>
      </div>

      <h2 className="section-title" id="roster-title">{t('cases.roster')}</h2>
      <p className="muted small">{t('cases.rosterHint')}</p>
      <ListEditor
        label={t('cases.roster')}
        labelledBy="roster-title"
        rows={people.fields}
        rowKey={(p) => p.key}
        columns={[{ header: t('cases.role') }, { header: t('cases.pseudonym') }]}
        cells={(_, i) => [
          input(`people.${i}.role`, `${t('cases.role')} ${i + 1}`, ROLE_MAX, register(`people.${i}.role`)),
          input(`people.${i}.pseudonym`, `${t('cases.pseudonym')} ${i + 1}`, PSEUDONYM_MAX, register(`people.${i}.pseudonym`)),
        ]}
        onRemove={(i) => people.remove(i)}
        add={{ label: t('cases.addPerson'), onAdd: () => people.append({ role: '', pseudonym: '' }) }}
      />
      <FieldError errors={errors} name="people" />

      <h2 className="section-title" id="timeline-title">{t('cases.timeline')}</h2>
      <p className="muted small">{t('cases.timelineHint')}</p>
      <ListEditor
        label={t('cases.timeline')}
        labelledBy="timeline-title"
        rows={timeline.fields}
        rowKey={(item) => item.key}
        columns={[{ header: t('cases.period') }, { header: t('cases.event') }]}
        cells={(_, i) => [
          input(`timeline.${i}.period`, `${t('cases.period')} ${i + 1}`, PERIOD_MAX, register(`timeline.${i}.period`), t('cases.periodPlaceholder')),
          input(`timeline.${i}.event`, `${t('cases.event')} ${i + 1}`, EVENT_MAX, register(`timeline.${i}.event`)),
        ]}
        onRemove={(i) => timeline.remove(i)}
        add={{ label: t('cases.addItem'), onAdd: () => timeline.append({ period: '', event: '' }) }}
      />
      <FieldError errors={errors} name="timeline" />
    </form>
  );
}
