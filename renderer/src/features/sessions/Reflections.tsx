import { useState } from 'react';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../data/mutations';
import { useLeaveGuard } from '../../app/guard';
import { FieldError, invalidProps, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { useToasts } from '../../ui/toasts';
import { formatNumber } from '../../ui/dates';
import { REFLECTION_DIMENSIONS, REFLECTION_TEXT_MAX, reflectionSaveSchema, type Reflection, type ReflectionSave, type SessionDetail } from '../../../../shared/sessions/types';
import { reflectionTextFields } from '../../../../shared/sessions/fields';
import type { TextChecks } from './checks';

const LABELS = {
  technischInstrumenteel: ['reflections.technisch', 'reflections.technischHint'],
  normatief: ['reflections.normatief', 'reflections.normatiefHint'],
  persoonlijk: ['reflections.persoonlijk', 'reflections.persoonlijkHint'],
} as const;

/** SKJ reflections, one per member present, along the three dimensions; each member chooses to share. */
export function Reflections({ session, onSaved, checks }: { session: SessionDetail; onSaved: (r: Reflection) => void; checks: TextChecks }) {
  const { t, i18n } = useTranslation();
  const toasts = useToasts();
  const present = session.members.filter((m) => session.learning.attendance.some((a) => a.memberId === m.id && a.present));
  const [memberId, setMemberId] = useState(present[0]?.id ?? '');
  const valuesFor = (id: string): ReflectionSave => {
    const r = session.reflections.find((x) => x.memberId === id);
    return { id: r?.id, sessionId: session.id, memberId: id, technischInstrumenteel: r?.technischInstrumenteel ?? '', normatief: r?.normatief ?? '', persoonlijk: r?.persoonlijk ?? '', shared: r?.shared ?? false };
  };
  const form = useForm({
    mode: 'onChange',
    defaultValues: valuesFor(memberId),
    resolver: schemaResolver(reflectionSaveSchema, { checks: (v) => reflectionTextFields(v).map((f) => ({ path: f.path, message: checks.identifier(f.text) })) }),
  });
  const { register, handleSubmit, reset, watch, formState } = form;
  useLeaveGuard(formState.isDirty, t('editor.confirmLeave'));
  const server = useServerErrors(form, { shown: ['memberId'], idPrefix: 'reflection-' });
  const save = useApiMutation('sessions.saveReflection', {
    ...server.mutation,
    onSuccess: (r) => {
      onSaved(r);
      reset({ ...form.getValues(), id: r.id });
      toasts.show({ kind: 'info', text: t('reflections.saved') });
    },
  });
  const pick = (id: string) => {
    if (formState.isDirty && !window.confirm(t('editor.confirmLeave'))) return;
    setMemberId(id);
    reset(valuesFor(id));
  };
  const empty = !REFLECTION_DIMENSIONS.some((d) => watch(d).trim());
  const saveWhy = !memberId ? t('why.chooseMember') : empty ? t('why.writeSomething') : null;

  return (
    <form className="reflection" onSubmit={handleSubmit((values) => save.mutate(values))}>
      <label className="field">
        <span className="field-label">{t('reflections.who')}</span>
        <select value={memberId} onChange={(e) => pick(e.target.value)} {...invalidProps(formState.errors, 'memberId', 'reflection-')}>
          {present.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {session.reflections.some((r) => r.memberId === m.id) ? ` ✓` : ''}
            </option>
          ))}
        </select>
        <FieldError errors={formState.errors} name="memberId" idPrefix="reflection-" />
      </label>
      {REFLECTION_DIMENSIONS.map((key) => (
        <label key={key} className="field">
          <span className="field-label">{t(LABELS[key][0])}</span>
          <span className="muted small">{t(LABELS[key][1])}</span>
          <textarea rows={3} maxLength={REFLECTION_TEXT_MAX} {...register(key)} {...invalidProps(formState.errors, key, 'reflection-')} />
          <FieldError errors={formState.errors} name={key} idPrefix="reflection-" />
        </label>
      ))}
      <label className="check">
        <input type="checkbox" {...register('shared')} /> {t('reflections.share')}
      </label>
      <FieldError errors={formState.errors} name="root" />
      <FormNotice notice={server.notice} onClose={server.clear} />
      <p className="muted small">{t('reflections.hours', { hours: formatNumber(session.hours.find((h) => h.memberId === memberId)?.hours ?? 0, i18n.language) })}</p>
      <button type="submit" className="btn btn-primary" disabled={!memberId || save.isPending || empty || REFLECTION_DIMENSIONS.some((d) => formState.errors[d])} {...whyProps('reflection-why', saveWhy)}>
        {t('reflections.save')}
      </button>
      <DisabledReason id="reflection-why" reason={saveWhy} />
    </form>
  );
}
