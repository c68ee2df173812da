import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { FieldError, invalidProps, schemaResolver } from '../../ui/form';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { useToasts } from '../../ui/toasts';
import { PROFILE_TEXT_MAX, profileSaveSchema, type Profile } from '../../../../shared/portfolio/types';
import { useStructuredCheck } from './checks';
import './portfolio.css';
import { DateInput } from '../../ui/DateTimeInputs';

const shape = profileSaveSchema.shape;
/** The form's own shape, built from the shared schema's fields: text inputs hold '' where the API takes null. */
const formSchema = z.object({
  name: shape.name,
  function: shape.function,
  organisation: shape.organisation,
  skjNumber: z.union([z.literal(''), z.string().trim().regex(/^\d{6,12}$/, 'een SKJ-nummer bestaat uit cijfers')]),
  periodStart: shape.periodStart,
  ffpsName: z.string().trim().max(PROFILE_TEXT_MAX),
  members: z.record(z.string(), z.string()),
});
type FormValues = z.infer<typeof formSchema>;

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** The profile: who this professional is, their SKJ period, and which group members are them. */
export function ProfileForm({ profile, onSaved }: { profile: Profile | null; onSaved?: (p: Profile) => void }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const check = useStructuredCheck();
  const choices = useQuery(apiQuery('portfolio.memberChoices', {}));
  const groups = choices.data ?? [];
  const initialMembers = Object.fromEntries(groups.map((g) => [g.groupId, g.members.find((m) => profile?.memberIds.includes(m.id))?.id ?? '']));
  const form = useForm<FormValues>({
    mode: 'onChange',
    resolver: schemaResolver(formSchema, {
      checks: (v) => (['name', 'function', 'organisation', 'ffpsName'] as const).map((k) => ({ path: k, message: check(v[k]) })),
    }),
    values: {
      name: profile?.name ?? '',
      function: profile?.function ?? '',
      organisation: profile?.organisation ?? '',
      skjNumber: profile?.skjNumber ?? '',
      periodStart: profile?.periodStart ?? today(),
      ffpsName: profile?.ffpsNames[0] ?? '',
      members: initialMembers,
    },
    resetOptions: { keepDirtyValues: true },
  });
  // What the backend refuses shows at its field; the input's lists map back to the form's fields.
  const server = useServerErrors(form, { toField: (path) => path.replace(/^ffpsNames\.\d+$/, 'ffpsName').replace(/^memberIds(\.\d+)?$/, 'members'), shown: ['members', 'periodStart'] });
  const save = useApiMutation('portfolio.saveProfile', {
    ...server.mutation,
    onSuccess: (p) => {
      toasts.show({ kind: 'info', text: t('portfolio.profile.saved') });
      onSaved?.(p);
    },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit((v) =>
    save.mutate({
      id: profile?.id,
      name: v.name,
      function: v.function,
      organisation: v.organisation,
      skjNumber: v.skjNumber.trim() || null,
      periodStart: v.periodStart,
      memberIds: Object.values(v.members).filter(Boolean),
      ffpsNames: v.ffpsName.trim() ? [v.ffpsName.trim()] : [],
    }),
  );

  return (
    <form className="panel profile-form" onSubmit={(e) => void submit(e)} aria-label={t('portfolio.profile.title')}>
      <div className="edit-row">
        <label className="field field-grow">
          <span className="field-label">{t('portfolio.profile.name')}</span>
          <input maxLength={PROFILE_TEXT_MAX} {...form.register('name')} {...invalidProps(errors, 'name')} />
          <FieldError errors={errors} name="name" />
        </label>
        <label className="field field-grow">
          <span className="field-label">{t('portfolio.profile.function')}</span>
          <input maxLength={PROFILE_TEXT_MAX} {...form.register('function')} {...invalidProps(errors, 'function')} />
          <FieldError errors={errors} name="function" />
        </label>
        <label className="field field-grow">
          <span className="field-label">{t('portfolio.profile.organisation')}</span>
          <input maxLength={PROFILE_TEXT_MAX} {...form.register('organisation')} {...invalidProps(errors, 'organisation')} />
          <FieldError errors={errors} name="organisation" />
        </label>
      </div>
      <div className="edit-row">
        <label className="field">
          <span className="field-label">{t('portfolio.profile.skj')}</span>
          <input inputMode="numeric" maxLength={12} {...form.register('skjNumber')} {...invalidProps(errors, 'skjNumber')} />
          <FieldError errors={errors} name="skjNumber" />
        </label>
        <label className="field">
          <span className="field-label">{t('portfolio.profile.periodStart')}</span>
          <DateInput value={form.watch('periodStart')} onValue={(v) => form.setValue('periodStart', v, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })} {...invalidProps(errors, 'periodStart')} />
          <span className="muted small">{t('portfolio.profile.periodHint')}</span>
          <FieldError errors={errors} name="periodStart" />
        </label>
        <label className="field field-grow">
          <span className="field-label">{t('portfolio.profile.ffpsNames')}</span>
          <input maxLength={PROFILE_TEXT_MAX} {...form.register('ffpsName')} {...invalidProps(errors, 'ffpsName')} />
          <span className="muted small">{t('portfolio.profile.ffpsHint')}</span>
          <FieldError errors={errors} name="ffpsName" />
        </label>
      </div>
      <fieldset className="roles">
        <legend className="field-label">{t('portfolio.profile.members')}</legend>
        <p className="muted small">{t('portfolio.profile.membersHint')}</p>
        {groups.length === 0 && <p className="muted">{t('portfolio.profile.noGroups')}</p>}
        <div className="edit-row">
          {groups.map((g) => (
            <label key={g.groupId} className="field">
              <span className="field-label">{g.groupName}</span>
              <select {...form.register(`members.${g.groupId}`)}>
                <option value="">—</option>
                {g.members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                    {m.function ? ` (${m.function})` : ''}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <FieldError errors={errors} name="members" />
      </fieldset>
      <FormNotice notice={server.notice} onClose={server.clear} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {profile ? t('portfolio.profile.save') : t('portfolio.profile.create')}
        </button>
      </div>
    </form>
  );
}

/** No current profile: choose "dit ben ik" among the profiles on this machine, or make one. */
export function Welcome() {
  const { t } = useTranslation();
  const profiles = useQuery(apiQuery('portfolio.profiles', {}));
  const choose = useApiMutation('portfolio.chooseMe');
  const list = profiles.data ?? [];
  return (
    <section className="page portfolio" aria-labelledby="welcome-title">
      <div className="page-head">
        <div>
          <h1 id="welcome-title">{t('portfolio.welcome.title')}</h1>
          <p className="lede">{t('portfolio.welcome.intro')}</p>
          <p className="muted">{t('portfolio.privacy')}</p>
        </div>
      </div>
      {list.length > 0 && (
        <>
          <h2 className="section-title">{t('portfolio.welcome.choose')}</h2>
          <ul className="cards">
            {list.map((p) => (
              <li key={p.id} className="card">
                <div className="card-link">
                  <span className="card-title">{p.name}</span>
                  {p.function && <span className="card-desc">{p.function}</span>}
                  <button type="button" className="btn btn-small" onClick={() => choose.mutate({ id: p.id })}>
                    {t('portfolio.welcome.thisIsMe')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <h2 className="section-title">{t('portfolio.welcome.orNew')}</h2>
        </>
      )}
      <ProfileForm profile={null} />
    </section>
  );
}
