import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { GrowText } from '../../ui/GrowText';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../data/mutations';
import { FieldError, invalidProps } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { FreeTextHint } from '../cases/FreeTextHint';
import { ListEditor } from '../../ui/ListEditor';
import { useToasts } from '../../ui/toasts';
import { GROUP_DESCRIPTION_MAX, GROUP_NAME_MAX, MEMBER_TEXT_MAX, type Group, type GroupSave } from '../../../../shared/groups/types';

/** The form's values: what groups.save takes, members as the form holds them. */
export type GroupFormValues = GroupSave;

export const toForm = (g: Group): GroupFormValues => ({ id: g.id, name: g.name, description: g.description, members: g.members.map((m) => ({ ...m })) });
const skjOrNull = (v: string | null) => (v?.trim() ? v.trim() : null);

/** A group's name, description and members, checked by the shared groupSaveSchema field by field. */
export function GroupForm({ form }: { form: UseFormReturn<GroupFormValues, unknown, GroupSave> }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const { register, control, handleSubmit, reset, watch, formState } = form;
  const { errors } = formState;
  const members = useFieldArray({ control, name: 'members', keyName: 'key' });
  const names = watch('members').map((m) => m.name);
  const server = useServerErrors(form, { shown: ['members'], labels: { name: t('groups.name'), description: t('groups.description'), 'members.name': t('groups.memberName'), 'members.function': t('groups.function'), 'members.organisation': t('groups.organisation'), 'members.skjNumber': t('groups.skj') } });
  const save = useApiMutation('groups.save', {
    ...server.mutation,
    onSuccess: (saved) => {
      reset(toForm(saved));
      toasts.show({ kind: 'info', text: t('editor.saved') });
    },
  });
  const memberField = (i: number, field: 'name' | 'function' | 'organisation', label: string) => (
    <>
      <GrowText singleLine aria-label={`${label} ${i + 1}`} maxLength={MEMBER_TEXT_MAX} {...register(`members.${i}.${field}`)} {...invalidProps(errors, `members.${i}.${field}`)} />
      <FieldError errors={errors} name={`members.${i}.${field}`} />
    </>
  );

  return (
    <form className="panel" aria-labelledby="members-title" onSubmit={(e) => void handleSubmit((g) => save.mutate(g))(e)}>
      <div className="panel-head">
        <h2 id="members-title" className="section-title">{t('groups.membersTitle')}</h2>
        <button type="submit" className="btn btn-small btn-primary" disabled={!formState.isDirty || save.isPending}>
          {t('editor.save')}
        </button>
      </div>
      <FormNotice notice={server.notice} onClose={server.clear} />
      <p className="muted small">{t('groups.membersHint')}</p>
      <label className="field">
        <span className="field-label">{t('groups.name')}</span>
        <input maxLength={GROUP_NAME_MAX} {...register('name')} {...invalidProps(errors, 'name')} />
        <FieldError errors={errors} name="name" />
      </label>
      <label className="field">
        <span className="field-label">{t('groups.description')}</span>
        <input maxLength={GROUP_DESCRIPTION_MAX} {...register('description')} {...invalidProps(errors, 'description')} />
        <FieldError errors={errors} name="description" />
        {/* The live hint gives way to a message at the field (the backend's gate says the same, once). */}
        {!errors.description && <FreeTextHint text={watch('description')} allowed={names} />}
      </label>
      <ListEditor
        label={t('groups.membersTitle')}
        labelledBy="members-title"
        rows={members.fields}
        rowKey={(m) => m.key}
        columns={[{ header: t('groups.memberName'), width: '31%' }, { header: t('groups.function'), width: '28%' }, { header: t('groups.organisation'), width: '23%' }, { header: t('groups.skj'), width: '14%' }]}
        cells={(_, i) => [
          memberField(i, 'name', t('groups.memberName')),
          memberField(i, 'function', t('groups.function')),
          memberField(i, 'organisation', t('groups.organisation')),
          <>
            <input aria-label={`${t('groups.skj')} ${i + 1}`} inputMode="numeric" size={9} {...register(`members.${i}.skjNumber`, { setValueAs: skjOrNull })} {...invalidProps(errors, `members.${i}.skjNumber`)} />
            <FieldError errors={errors} name={`members.${i}.skjNumber`} />
          </>,
        ]}
        onRemove={(i) => members.remove(i)}
        removeLabel={(_, i) => `${t('editor.remove')}: ${names[i] || t('editor.row', { n: i + 1 })}`}
        add={{ label: t('groups.addMember'), onAdd: () => members.append({ name: '', function: '', organisation: '', skjNumber: null }) }}
      />
      <FieldError errors={errors} name="members" />
    </form>
  );
}
