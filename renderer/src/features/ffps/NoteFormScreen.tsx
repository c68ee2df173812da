import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import { Controller, useFieldArray, useForm, type UseFormReturn } from 'react-hook-form';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { useToasts } from '../../ui/toasts';
import { Field } from '../../ui/Field';
import { FieldError, errorMessage, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { useGo } from '../../app/navigation';
import { useLeaveGuard } from '../../app/guard';
import { paths } from '../../app/paths';
import { GuardNotice } from '../sessions/checks';
import { caseNoteTextFields } from '../../../../shared/ffps/fields';
import {
  FFP_PHASES,
  NOTE_LINE_MAX,
  NOTE_TEXT_MAX,
  RELATIONAL_FUNCTIONS,
  WEEK_MAX,
  caseNoteSaveSchema,
  type CaseNoteDetail,
  type CaseNoteSave,
  type PhaseTimeline,
} from '../../../../shared/ffps/types';
import type { CaseDetail } from '../../../../shared/cases/types';
import { useNoteChecks } from './useNoteChecks';
import { OefenpuntBanner } from './OefenpuntBanner';
import './ffps.css';

/** `/cases/:id/ffps/new` (id = the case) or `/ffps/notes/:id/edit` (id = the note). */
export default function NoteFormScreen({ id, edit }: { id: string; edit?: boolean }) {
  const { t } = useTranslation();
  const note = useQuery({ ...apiQuery('ffps.getNote', { id }), enabled: !!edit });
  const caseId = edit ? note.data?.caseId : id;
  const detail = useFormSource({ ...apiQuery('cases.get', { id: caseId ?? '' }), enabled: !!caseId });
  const timeline = useQuery({ ...apiQuery('ffps.timeline', { caseId: caseId ?? '' }), enabled: !!caseId });
  const techniques = useQuery(apiQuery('ffps.techniques', {}));
  const data =
    detail.data && timeline.data && techniques.data && (!edit || note.data)
      ? { c: detail.data, tl: timeline.data, tech: techniques.data, n: note.data ?? null }
      : undefined;
  return (
    <QueryView query={{ data, error: note.error ?? detail.error ?? timeline.error ?? techniques.error }} loading={t('ffps.loading')}>
      {({ c, tl, tech, n }) => <NoteForm detail={c} timeline={tl} techniques={tech} existing={n} />}
    </QueryView>
  );
}

function defaults(caseId: string, tl: PhaseTimeline): CaseNoteSave {
  const contacts = tl.phases.flatMap((p) => p.contacts.map((c) => ({ ...c, phase: p.phase })));
  const last = contacts.sort((a, b) => b.contactNumber - a.contactNumber)[0];
  return {
    caseId,
    phase: last?.phase ?? FFP_PHASES[0],
    contactNumber: (last?.contactNumber ?? 0) + 1,
    week: last ? Math.min(WEEK_MAX, last.week + 1) : 1,
    present: [],
    goals: [{ goal: '', progress: '' }],
    interventions: '',
    techniques: [],
    responses: [],
    hypothesis: { function: null, behaviour: '', nobleIntent: '' },
    nextPlan: '',
    forDiscussion: false,
  };
}

function fromNote(n: CaseNoteDetail): CaseNoteSave {
  return {
    id: n.id,
    caseId: n.caseId,
    phase: n.phase,
    contactNumber: n.contactNumber,
    week: n.week,
    present: n.present,
    goals: n.goals,
    interventions: n.interventions,
    techniques: n.techniques,
    responses: n.responses,
    hypothesis: n.hypothesis,
    nextPlan: n.nextPlan,
    forDiscussion: n.forDiscussion,
  };
}

/** The rows of the form's lists that are sent: empty goal rows and empty responses are not part of the note. */
const KEPT = {
  goals: (g: CaseNoteSave['goals'][number]) => !!(g.goal.trim() || g.progress.trim()),
  responses: (r: CaseNoteSave['responses'][number]) => !!r.response.trim(),
};

/** What is sent: the form's values without the empty rows. */
function clean(v: CaseNoteSave): CaseNoteSave {
  return { ...v, goals: v.goals.filter(KEPT.goals), responses: v.responses.filter(KEPT.responses) };
}

/**
 * A path into what was sent (or checked), as the form's field: `goals.0.goal` of the sent note is the
 * first goal row that is not empty on screen. A row that is no longer there falls back to the list.
 */
export function noteFieldOf(path: string, v: CaseNoteSave): string {
  const m = /^(goals|responses)\.(\d+)(.*)$/.exec(path);
  if (!m) return path;
  const list = m[1] as keyof typeof KEPT;
  const rows = (v[list] ?? []) as never[];
  const sent = rows.flatMap((row, i) => (KEPT[list](row) ? [i] : []));
  const row = sent[Number(m[2])];
  return row === undefined ? list : `${list}.${row}${m[3]}`;
}

function NoteForm({ detail, timeline, techniques, existing }: { detail: CaseDetail; timeline: PhaseTimeline; techniques: string[]; existing: CaseNoteDetail | null }) {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const checks = useNoteChecks(detail.people, detail.codeName);
  const initial = useMemo(() => {
    const v = existing ? fromNote(existing) : defaults(detail.id, timeline);
    // Every roster person has a response row in the form; empty ones are dropped when saving.
    return { ...v, responses: detail.people.map((p) => ({ personId: p.id, response: v.responses.find((r) => r.personId === p.id)?.response ?? '' })) };
  }, [existing, detail.id, detail.people, timeline]);
  const form = useForm<CaseNoteSave>({
    defaultValues: initial,
    mode: 'onChange',
    // Empty goal rows and empty responses are not part of the note: dropped before the schema checks,
    // whose problems are counted back to the row on screen.
    resolver: schemaResolver(z.preprocess((v) => clean(v as CaseNoteSave), caseNoteSaveSchema) as unknown as typeof caseNoteSaveSchema, {
      toField: noteFieldOf,
      checks: (v) => caseNoteTextFields({ ...v, goals: v.goals ?? [], responses: v.responses ?? [], techniques: v.techniques ?? [] }).map((f) => ({ path: f.path, message: checks.identifier(f.text) })),
    }),
  });
  const { register, control, handleSubmit, formState, setValue, watch } = form;
  const goals = useFieldArray({ control, name: 'goals' });
  const [techList, setTechList] = useState(techniques);
  const [newTech, setNewTech] = useState('');
  const open = useQuery(apiQuery('ffps.openOefenpunt', { caseId: detail.id }));
  const { leave } = useLeaveGuard(formState.isDirty, t('ffps.form.confirmLeave'));

  // What the backend refuses shows at its field. Empty goal rows and responses were not sent, so a path
  // into those lists is counted back to the row on screen.
  const server = useServerErrors(form, {
    toField: (path) => noteFieldOf(path, form.getValues()),
  });
  const save = useApiMutation('ffps.saveNote', {
    ...server.mutation,
    onSuccess: (saved) => {
      toasts.show({ kind: 'info', text: t('ffps.form.saved', { contact: saved.contactNumber }) });
      leave(paths.note(saved.id));
    },
  });
  const addTechnique = useApiMutation('ffps.addTechnique', {
    onSuccess: (list, { name }) => {
      setTechList(list);
      const current = form.getValues('techniques');
      const added = list.find((x) => x.toLowerCase() === name.trim().toLowerCase()) ?? name.trim();
      if (!current.includes(added)) setValue('techniques', [...current, added], { shouldDirty: true });
      setNewTech('');
    },
  });
  // Re-check the text fields once the detector has loaded.
  useEffect(() => {
    if (formState.isDirty) void form.trigger();
  }, [checks]); // eslint-disable-line react-hooks/exhaustive-deps

  const err = (name: string) => errorMessage(formState.errors, name);
  const values = watch();

  const guarded = (name: 'interventions' | 'nextPlan' | 'hypothesis.behaviour' | 'hypothesis.nobleIntent', label: string, rows: number, max: number) => (
    <Field label={label} error={err(name)} grow>
      {(p) => (
        <>
          <textarea {...p} rows={rows} maxLength={max} {...register(name)} />
          <GuardNotice text={(name.startsWith('hypothesis') ? values.hypothesis?.[name.split('.')[1] as 'behaviour'] : values[name as 'interventions']) ?? ''} onRephrase={(next) => setValue(name, next, { shouldDirty: true, shouldValidate: true })} />
        </>
      )}
    </Field>
  );

  return (
    <form
      className="page note-form"
      aria-labelledby="note-form-title"
      noValidate
      onSubmit={handleSubmit((v) => save.mutate(clean({ ...v, id: existing?.id })))}
    >
      <button type="button" className="btn-back" onClick={() => go(existing ? paths.note(existing.id) : paths.caseFfps(detail.id))}>
        ← {existing ? t('ffps.form.backToNote') : t('ffps.caseNotes.back', { name: detail.codeName })}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className="badge badge-ffps">FFPS</span>
            <span className="tag">{detail.codeName}</span>
            {formState.isDirty && <span className="tag tag-warn">{t('editor.unsaved')}</span>}
          </p>
          <h1 id="note-form-title">{existing ? t('ffps.form.editTitle', { contact: existing.contactNumber }) : t('ffps.form.newTitle')}</h1>
          <p className="lede">{t('ffps.form.intro')}</p>
        </div>
        <div className="page-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t('editor.saving') : t('ffps.form.save')}
          </button>
        </div>
      </div>

      <FormNotice notice={server.notice} onClose={server.clear} />
      {open.data?.open && <OefenpuntBanner open={open.data.open} />}

      <div className="note-form-grid">
        <fieldset className="panel">
          <legend className="section-title">{t('ffps.form.contact')}</legend>
          <div className="row-fields">
            <Field label={t('ffps.form.phase')} error={err('phase')} grow>
              {(p) => (
                <select {...p} {...register('phase')}>
                  {FFP_PHASES.map((ph, i) => (
                    <option key={ph} value={ph}>
                      {i + 1}. {t(`ffps.phases.${ph}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('ffps.form.contactNumber')} error={err('contactNumber')} narrow>
              {(p) => <input {...p} type="number" min={1} max={500} {...register('contactNumber', { valueAsNumber: true })} />}
            </Field>
            <Field label={t('ffps.form.week')} error={err('week')} narrow>
              {(p) => <input {...p} type="number" min={1} max={WEEK_MAX} {...register('week', { valueAsNumber: true })} aria-describedby={`${p.id}-hint`} />}
            </Field>
          </div>
          <p className="muted small">{t('ffps.form.weekHint')}</p>
          <Controller
            control={control}
            name="present"
            render={({ field }) => (
              <fieldset className="checks">
                <legend className="field-label">{t('ffps.form.present')}</legend>
                {detail.people.length === 0 && <p className="muted small">{t('ffps.form.noRoster')}</p>}
                {detail.people.map((p) => (
                  <label key={p.id} className="check">
                    <input
                      type="checkbox"
                      checked={field.value.includes(p.id)}
                      onChange={(e) => field.onChange(e.target.checked ? [...field.value, p.id] : field.value.filter((x) => x !== p.id))}
                    />
                    {p.pseudonym} <span className="muted">({p.role})</span>
                  </label>
                ))}
                <FieldError errors={formState.errors} name="present" />
              </fieldset>
            )}
          />
        </fieldset>

        <fieldset className="panel">
          <legend className="section-title">{t('ffps.form.goals')}</legend>
          <ol className="goal-rows">
            {goals.fields.map((g, i) => (
              <li key={g.id} className="goal-row">
                <Field label={t('ffps.form.goal', { n: i + 1 })} error={err(`goals.${i}.goal`)} grow>
                  {(p) => <input {...p} maxLength={NOTE_LINE_MAX} {...register(`goals.${i}.goal`)} />}
                </Field>
                <Field label={t('ffps.form.progress')} error={err(`goals.${i}.progress`)} grow>
                  {(p) => <input {...p} maxLength={NOTE_LINE_MAX} {...register(`goals.${i}.progress`)} />}
                </Field>
                <button type="button" className="btn btn-small btn-icon" aria-label={t('ffps.form.removeGoal', { n: i + 1 })} onClick={() => goals.remove(i)}>
                  ×
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn btn-small" onClick={() => goals.append({ goal: '', progress: '' })}>
            + {t('ffps.form.addGoal')}
          </button>
        </fieldset>

        <fieldset className="panel span-2">
          <legend className="section-title">{t('ffps.form.whatIDid')}</legend>
          {guarded('interventions', t('ffps.note.interventions'), 4, NOTE_TEXT_MAX)}
          <Controller
            control={control}
            name="techniques"
            render={({ field }) => (
              <fieldset className="checks checks-wrap">
                <legend className="field-label">{t('ffps.note.techniques')}</legend>
                {techList.map((x) => (
                  <label key={x} className="check chip">
                    <input type="checkbox" checked={field.value.includes(x)} onChange={(e) => field.onChange(e.target.checked ? [...field.value, x] : field.value.filter((y) => y !== x))} />
                    {x}
                  </label>
                ))}
                <FieldError errors={formState.errors} name="techniques" />
              </fieldset>
            )}
          />
          <div className="inline-add">
            <label className="field">
              <span className="field-label">{t('ffps.form.newTechnique')}</span>
              <input
                value={newTech}
                maxLength={60}
                onChange={(e) => setNewTech(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    if (newTech.trim()) addTechnique.mutate({ name: newTech.trim() });
                  }
                }}
              />
            </label>
            <button type="button" className="btn btn-small" disabled={!newTech.trim() || addTechnique.isPending} onClick={() => addTechnique.mutate({ name: newTech.trim() })}>
              {t('ffps.form.addTechnique')}
            </button>
          </div>
        </fieldset>

        <fieldset className="panel span-2">
          <legend className="section-title">{t('ffps.note.responses')}</legend>
          <p className="muted small">{t('ffps.form.responsesHint')}</p>
          <Responses form={form} detail={detail} />
        </fieldset>

        <fieldset className="panel span-2">
          <legend className="section-title">{t('ffps.note.hypothesis')}</legend>
          <Controller
            control={control}
            name="hypothesis.function"
            render={({ field }) => (
              <fieldset className="segmented-radio">
                <legend className="field-label">{t('ffps.note.function')}</legend>
                {RELATIONAL_FUNCTIONS.map((f) => (
                  <label key={f} className="check chip">
                    <input type="radio" name={field.name} checked={field.value === f} onChange={() => field.onChange(f)} />
                    {t(`ffps.functions.${f}`)}
                  </label>
                ))}
                <span className="muted small">{t('ffps.form.functionHint')}</span>
                <FieldError errors={formState.errors} name="hypothesis.function" />
              </fieldset>
            )}
          />
          <div className="row-fields">
            {guarded('hypothesis.behaviour', t('ffps.note.behaviour'), 2, NOTE_LINE_MAX)}
            {guarded('hypothesis.nobleIntent', t('ffps.note.nobleIntent'), 2, NOTE_LINE_MAX)}
          </div>
        </fieldset>

        <fieldset className="panel span-2">
          <legend className="section-title">{t('ffps.note.nextPlan')}</legend>
          {guarded('nextPlan', t('ffps.form.nextPlanLabel'), 3, NOTE_TEXT_MAX)}
          <label className="check ter-bespreking">
            <input type="checkbox" {...register('forDiscussion')} />
            <span>
              <strong>{t('ffps.form.forDiscussion')}</strong> <span className="muted">{t('ffps.form.forDiscussionHint')}</span>
            </span>
          </label>
        </fieldset>
      </div>
      {Object.keys(formState.errors).length > 0 && formState.isSubmitted && (
        <p className="notice notice-error" role="alert">
          {t('ffps.form.fix')}
        </p>
      )}
    </form>
  );
}

/** How each family member responded: one text per roster person, kept in `responses` by person id. */
function Responses({ form, detail }: { form: UseFormReturn<CaseNoteSave>; detail: CaseDetail }) {
  const { t } = useTranslation();
  const responses = form.watch('responses');
  return (
    <div className="responses">
      {responses.map((r, i) => {
        const p = detail.people.find((x) => x.id === r.personId);
        return (
          <Field key={r.personId} label={p ? `${p.pseudonym} (${p.role})` : t('ffps.note.unknownPerson')} error={errorMessage(form.formState.errors, `responses.${i}.response`)} grow>
            {(fp) => <textarea {...fp} rows={2} maxLength={NOTE_LINE_MAX} {...form.register(`responses.${i}.response`)} />}
          </Field>
        );
      })}
    </div>
  );
}
