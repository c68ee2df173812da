import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { useApiMutation } from '../../data/mutations';
import { FieldError, fieldErrorId, invalidProps, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { ClockInput, DateInput } from '../../ui/DateTimeInputs';
import { todayIso } from '../../ui/dates';
import { useToasts } from '../../ui/toasts';
import { paths } from '../../app/paths';
import { useLeaveGuard } from '../../app/guard';
import { contract } from '../../../../shared/api/contract';
import { LEERVRAAG_MAX, leervraagHint, type SessionDetail } from '../../../../shared/sessions/types';
import type { Group } from '../../../../shared/groups/types';
import { blockSchedule } from '../../../../shared/scripts/timing';
import type { ScriptSummary } from '../../../../shared/scripts/types';
import type { CaseSummary } from '../../../../shared/cases/types';

/** The form is the input of sessions.plan: the script to snapshot and the plan, checked by the same schema. */
const planInput = contract['sessions.plan'].input;
const endFor = (start: string, minutes: number) => blockSchedule([{ minutes }], start)[0].end;
const nullIfEmpty = (v: string | null) => v || null;
const OPTIONAL_ROLES = ['notulist', 'tijdbewaker'] as const;

export function PlanForm({ group, scripts, cases, existing }: { group: Group; scripts: ScriptSummary[]; cases: CaseSummary[]; existing: SessionDetail | null }) {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const firstScript = scripts.find((s) => s.id === 'mlb-vier-vensters') ?? scripts[0];
  const form = useForm({
    mode: 'onChange',
    // The roles rule (gespreksleider ≠ inbrenger) shows at the inbrenger, checked again when either changes.
    resolver: schemaResolver(planInput, { errorAt: { 'plan.roles': 'plan.roles.inbrenger' } }),
    defaultValues: {
      // A changed plan keeps its script snapshot: scriptId only matters for a new one.
      scriptId: firstScript?.id ?? '',
      plan: {
        groupId: group.id,
        date: existing?.date ?? todayIso(),
        startTime: existing?.startTime ?? '13:30',
        endTime: existing?.endTime ?? endFor('13:30', firstScript?.totalMinutes ?? 90),
        roles: {
          gespreksleider: existing?.roles.gespreksleider ?? group.members[0]?.id ?? '',
          inbrenger: existing?.roles.inbrenger ?? group.members[1]?.id ?? '',
          notulist: existing?.roles.notulist ?? null,
          tijdbewaker: existing?.roles.tijdbewaker ?? null,
        },
        caseId: existing?.caseId ?? null,
        leervraag: existing?.leervraag ?? '',
      },
    },
  });
  const { register, handleSubmit, watch, setValue, getValues, formState } = form;
  const errors = formState.errors;
  // What the backend refuses (a role held by someone who left the group, a case gone) shows at its field.
  const server = useServerErrors(form, {
    shown: ['plan.date', 'plan.startTime', 'plan.endTime'],
    labels: { 'plan.caseId': t('sessions.case'), scriptId: t('sessions.script') },
  });
  const { leave } = useLeaveGuard(formState.isDirty, t('editor.confirmLeave'));
  const onSaved = (s: SessionDetail) => {
    toasts.show({ kind: 'info', text: existing ? t('editor.saved') : t('sessions.planned') });
    leave(paths.session(s.id));
  };
  const plan = useApiMutation('sessions.plan', { ...server.mutation, onSuccess: onSaved });
  const updatePlan = useApiMutation('sessions.updatePlan', { ...server.mutation, onSuccess: onSaved });
  const submit = handleSubmit((values) => (existing ? updatePlan.mutate({ id: existing.id, plan: values.plan }) : plan.mutate(values)));
  const scriptMinutes = () => scripts.find((s) => s.id === getValues('scriptId'))?.totalMinutes;
  const followScript = () => {
    const minutes = scriptMinutes();
    const start = getValues('plan.startTime');
    if (minutes !== undefined && start) setValue('plan.endTime', endFor(start, minutes), { shouldDirty: true, shouldValidate: true });
  };
  const hint = leervraagHint(watch('plan.leervraag'));

  const memberOptions = (allowNone: boolean) => (
    <>
      {allowNone && <option value="">{t('sessions.nobody')}</option>}
      {group.members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ))}
    </>
  );

  return (
    <section className="page" aria-labelledby="plan-title">
      <button type="button" className="btn-back" onClick={() => go(existing ? paths.session(existing.id) : paths.group(group.id))}>
        ← {existing ? t('sessions.overview') : group.name}
      </button>
      <h1 id="plan-title">{existing ? t('sessions.editPlanTitle') : t('sessions.planTitle')}</h1>
      <p className="lede">{t('sessions.planIntro')}</p>
      <form className="panel plan-form" onSubmit={(e) => void submit(e)}>
        <div className="edit-row">
          <label className="field">
            <span className="field-label">{t('sessions.date')}</span>
            <DateInput required value={watch('plan.date')} onValue={(v) => setValue('plan.date', v, { shouldDirty: true, shouldValidate: true })} {...invalidProps(errors, 'plan.date')} />
            <FieldError errors={errors} name="plan.date" />
          </label>
          <label className="field">
            <span className="field-label">{t('sessions.start')}</span>
            <ClockInput
              required
              value={watch('plan.startTime')}
              onValue={(v) => {
                setValue('plan.startTime', v, { shouldDirty: true, shouldValidate: true });
                followScript();
              }}
              {...invalidProps(errors, 'plan.startTime')}
            />
            <FieldError errors={errors} name="plan.startTime" />
          </label>
          <label className="field">
            <span className="field-label">{t('sessions.end')}</span>
            <ClockInput required value={watch('plan.endTime')} onValue={(v) => setValue('plan.endTime', v, { shouldDirty: true, shouldValidate: true })} {...invalidProps(errors, 'plan.endTime')} />
            <FieldError errors={errors} name="plan.endTime" />
          </label>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="plan-script">{t('sessions.script')}</label>
          {existing ? (
            <>
              <select id="plan-script" disabled value="">
                <option value="">{existing.script.title}</option>
              </select>
              <span className="muted small">{t('sessions.snapshotNote')}</span>
            </>
          ) : (
            <select id="plan-script" {...register('scriptId', { onChange: followScript })} {...invalidProps(errors, 'scriptId')}>
              {scripts.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} — {t(s.builtin ? 'origin.builtin' : 'origin.own', { version: s.version })}, {t('library.minutes', { count: s.totalMinutes })}
                </option>
              ))}
            </select>
          )}
          <FieldError errors={errors} name="scriptId" />
        </div>
        <fieldset className="roles">
          <legend>{t('sessions.roles')}</legend>
          <div className="roles-grid">
            {(['gespreksleider', 'inbrenger'] as const).map((role) => (
              <div className="field" key={role}>
                <label className="field-label" htmlFor={`role-${role}`}>
                  {t(`roles.${role}`)}
                </label>
                <select id={`role-${role}`} {...register(`plan.roles.${role}`, { deps: role === 'gespreksleider' ? 'plan.roles.inbrenger' : undefined })} {...invalidProps(errors, `plan.roles.${role}`)}>
                  {memberOptions(false)}
                </select>
                <FieldError errors={errors} name={`plan.roles.${role}`} />
              </div>
            ))}
            {OPTIONAL_ROLES.map((role) => (
              <div className="field" key={role}>
                <label className="field-label" htmlFor={`role-${role}`}>
                  {t(`roles.${role}`)}
                </label>
                <select id={`role-${role}`} {...register(`plan.roles.${role}`, { setValueAs: nullIfEmpty })} {...invalidProps(errors, `plan.roles.${role}`)}>
                  {memberOptions(true)}
                </select>
                <FieldError errors={errors} name={`plan.roles.${role}`} />
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor="plan-case">{t('sessions.case')}</label>
          <select id="plan-case" {...register('plan.caseId', { setValueAs: nullIfEmpty })} {...invalidProps(errors, 'plan.caseId')}>
            <option value="">{t('sessions.noCase')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.codeName}
              </option>
            ))}
          </select>
          <FieldError errors={errors} name="plan.caseId" />
        </div>
        <label className="field">
          <span className="field-label">{t('sessions.leervraag')}</span>
          <textarea rows={2} maxLength={LEERVRAAG_MAX} placeholder={t('sessions.leervraagPlaceholder')} {...register('plan.leervraag')} {...invalidProps(errors, 'plan.leervraag')} aria-describedby={errors.plan?.leervraag ? `leervraag-hint ${fieldErrorId('plan.leervraag')}` : 'leervraag-hint'} />
          <span id="leervraag-hint" className={hint === 'not-ik-vorm' ? 'hint hint-gentle' : 'muted small'}>
            {hint === 'not-ik-vorm' ? t('sessions.leervraagHint') : t('sessions.leervraagHelp')}
          </span>
          <FieldError errors={errors} name="plan.leervraag" />
        </label>
        <FormNotice notice={server.notice} onClose={server.clear} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={plan.isPending || updatePlan.isPending || !!errors.plan?.roles?.inbrenger}>
            {existing ? t('editor.save') : t('sessions.planSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
