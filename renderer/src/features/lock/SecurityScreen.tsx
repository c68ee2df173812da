/** Beveiliging: back-ups and restore, change the password, the idle lock time, removing the unencrypted copy after set-up, and everything to one file and back. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { schemaResolver } from '../../ui/form';
import { Field } from '../../ui/Field';
import { call } from '../../api';
import { FormNotice, useServerErrors, useServerFieldErrors } from '../../ui/serverErrors';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { IDLE_LOCK_MINUTES_MAX, IDLE_LOCK_MINUTES_MIN, passwordSchema } from '../../../../shared/lock/types';
import { useLock } from './context';
import { BackupsSection } from './BackupsSection';
import { TransferPanel } from '../transfer/TransferPanel';

export default function SecurityScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="security-title">
      <div className="page-head">
        <h1 id="security-title">{t('lock.securityTitle')}</h1>
      </div>
      <UnencryptedCopies />
      <BackupsSection />
      <ChangePassword />
      <IdleMinutes />
      <TransferPanel />
    </section>
  );
}

export function UnencryptedCopies() {
  const { t } = useTranslation();
  const lock = useLock();
  const [done, setDone] = useState(false);
  // a refusal (a copy that could not be removed) is said here, not lost
  const server = useServerFieldErrors({ fields: [] });
  const count = lock?.status.unencryptedBackups ?? 0;
  if (done) return <p className="notice notice-info" role="status">{t('lock.unencryptedDiscarded')}</p>;
  if (!count) return null;
  return (
    <div className="notice notice-info security-section">
      <p>{t('lock.unencryptedKept', { count })}</p>
      <button
        type="button"
        className="btn"
        onClick={() => {
          server.clear();
          call('lock.discardUnencrypted', {}).then(
            () => {
              setDone(true);
              void lock?.refresh();
            },
            (err: unknown) => void server.show(err),
          );
        }}
      >
        {t('lock.unencryptedDiscard')}
      </button>
      <FormNotice notice={server.notice} onClose={server.clear} />
    </div>
  );
}

export function ChangePassword() {
  const { t } = useTranslation();
  const [result, setResult] = useState<'changed' | 'wrong' | null>(null);
  const schema = z
    .object({ current: z.string().min(1, t('lock.wrongPassword')), next: passwordSchema, repeat: z.string() })
    .refine((v) => v.next === v.repeat, { path: ['repeat'], message: t('lock.passwordsDiffer') });
  const form = useForm({ resolver: schemaResolver(schema), defaultValues: { current: '', next: '', repeat: '' } });
  // What the backend refuses shows at its field (the new password's rules), the rest in the form's notice.
  const server = useServerErrors(form, { labels: { current: t('lock.currentPassword'), next: t('lock.newPassword') } });
  const change = useApiMutation('lock.changePassword', { invalidate: 'none', ...server.mutation });
  const submit = form.handleSubmit(async ({ current, next }) => {
    setResult(null);
    const r = await change.mutateAsync({ current, next }).catch(() => null);
    if (!r) return;
    setResult(r.changed ? 'changed' : 'wrong');
    if (r.changed) form.reset();
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <div className="security-section">
      <h2>{t('lock.changePassword')}</h2>
      <FormNotice notice={server.notice} onClose={server.clear} />
      <form onSubmit={submit} noValidate>
        <Field label={t('lock.currentPassword')} error={result === 'wrong' ? t('lock.wrongPassword') : errors.current?.message}>
          {(p) => <input {...p} type="password" autoComplete="current-password" {...form.register('current')} />}
        </Field>
        <Field label={t('lock.newPassword')} error={errors.next?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('next')} />}
        </Field>
        <Field label={t('lock.passwordRepeat')} error={errors.repeat?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('repeat')} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? t('lock.working') : t('lock.changeSubmit')}
          </button>
          <span role="status">{result === 'changed' ? t('lock.changed') : ''}</span>
        </div>
      </form>
    </div>
  );
}

export function IdleMinutes() {
  const { t } = useTranslation();
  const settings = useQuery(apiQuery('settings.get', {}));
  // What the backend refuses shows under the minutes, the rest in the form's notice.
  const server = useServerFieldErrors({ fields: ['idleLockMinutes'], labels: { idleLockMinutes: t('lock.idleMinutes') } });
  const save = useApiMutation('settings.update', server.mutation);
  const [value, setValue] = useState<string | null>(null);
  const minutes = value ?? String(settings.data?.idleLockMinutes ?? '');
  const n = Number(minutes);
  const valid = Number.isInteger(n) && n >= IDLE_LOCK_MINUTES_MIN && n <= IDLE_LOCK_MINUTES_MAX;
  return (
    <div className="security-section">
      <h2>{t('lock.idleTitle')}</h2>
      <FormNotice notice={server.notice} onClose={server.clear} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          save.mutate(
            { idleLockMinutes: n },
            { onSuccess: () => window.dispatchEvent(new CustomEvent('leertafel:idle-minutes', { detail: n })) },
          );
        }}
      >
        <Field label={t('lock.idleMinutes')} narrow error={valid || minutes === '' ? server.errorOf('idleLockMinutes') : `${IDLE_LOCK_MINUTES_MIN}–${IDLE_LOCK_MINUTES_MAX}`}>
          {(p) => <input {...p} type="number" min={IDLE_LOCK_MINUTES_MIN} max={IDLE_LOCK_MINUTES_MAX} value={minutes} onChange={(e) => (setValue(e.target.value), server.clearField('idleLockMinutes'))} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn" disabled={!valid || save.isPending}>
            {t('lock.idleSave')}
          </button>
          <span role="status">{save.isSuccess ? t('lock.idleSaved') : ''}</span>
        </div>
      </form>
    </div>
  );
}
