import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { schemaResolver } from '../../ui/form';
import { Field } from '../../ui/Field';
import { call } from '../../api';
import { passwordSchema, recoveryKeyInputSchema, type LockFailure, type LockStatus } from '../../../../shared/lock/types';
import type { RestoreLatestResult } from '../../../../shared/backup/types';
import { formatDateTime } from '../../ui/dates';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';

function LockCard({ title, children, className = '' }: { title: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="lock-page">
      <div className={`lock-card ${className}`}>
        <div className="lock-brand">
          <img src="/icon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </div>
    </main>
  );
}

const setupSchema = (differ: string) =>
  z.object({ password: passwordSchema, repeat: z.string() }).refine((v) => v.password === v.repeat, { path: ['repeat'], message: differ });
const recoverSchema = (differ: string) =>
  z
    .object({ recoveryKey: recoveryKeyInputSchema, newPassword: passwordSchema, repeat: z.string() })
    .refine((v) => v.newPassword === v.repeat, { path: ['repeat'], message: differ });

export function SetupScreen({ status, onSetUp }: { status: LockStatus; onSetUp: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const schema = setupSchema(t('lock.passwordsDiffer'));
  const form = useForm({ resolver: schemaResolver(schema), defaultValues: { password: '', repeat: '' } });
  const submit = form.handleSubmit(async ({ password }) => {
    setFailed(false);
    try {
      const r = await call('lock.setup', { password });
      onSetUp(r.recoveryKey);
    } catch {
      setFailed(true);
    }
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <LockCard title={t('lock.setupTitle')}>
      <p>{t('lock.setupIntro')}</p>
      {status.encryptsExisting && <p className="notice notice-info">{t('lock.setupExisting')}</p>}
      <form onSubmit={submit} noValidate>
        <Field label={t('lock.password')} error={errors.password?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('password')} />}
        </Field>
        <p className="lock-hint">{t('lock.passwordHint')}</p>
        <Field label={t('lock.passwordRepeat')} error={errors.repeat?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('repeat')} />}
        </Field>
        {failed && (
          <p className="lock-message" role="alert">
            {t('errors.INTERNAL')}
          </p>
        )}
        <div className="lock-actions">
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? t('lock.working') : t('lock.setupSubmit')}
          </button>
        </div>
      </form>
    </LockCard>
  );
}

export function RecoveryKeyScreen({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <LockCard title={t('lock.recoveryTitle')} className="recovery-print">
      <p className="recovery-print-note">{t('lock.recoveryPrinted')}</p>
      <p>{t('lock.recoveryIntro')}</p>
      <p className="recovery-key" data-testid="recovery-key" aria-label={`${t('lock.recoveryKey')}: ${recoveryKey}`}>
        {recoveryKey.split('-').map((group, i) => (
          <span key={i}>{group}</span>
        ))}
      </p>
      <div className="lock-actions">
        <button type="button" className="btn" onClick={() => window.print()}>
          {t('lock.recoveryPrint')}
        </button>
        <label className="check">
          <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> {t('lock.recoverySaved')}
        </label>
      </div>
      <div className="lock-actions">
        <button type="button" className="btn btn-primary" disabled={!saved} {...whyProps('recovery-why', saved ? null : t('lock.recoveryWhy'))} onClick={onDone}>
          {t('lock.recoveryContinue')}
        </button>
        <DisabledReason id="recovery-why" reason={saved ? null : t('lock.recoveryWhy')} />
      </div>
    </LockCard>
  );
}

export function UnlockScreen({ onUnlocked }: { onUnlocked: (status: LockStatus) => void }) {
  const [recovering, setRecovering] = useState(false);
  if (recovering) return <RecoverScreen onBack={() => setRecovering(false)} onUnlocked={onUnlocked} />;
  return <PasswordScreen onUnlocked={onUnlocked} onForgot={() => setRecovering(true)} />;
}

function PasswordScreen({ onUnlocked, onForgot }: { onUnlocked: (status: LockStatus) => void; onForgot: () => void }) {
  const { t } = useTranslation();
  const [wrong, setWrong] = useState(false);
  const form = useForm({ resolver: schemaResolver(z.object({ password: z.string().min(1, t('lock.wrongPassword')) })), defaultValues: { password: '' } });
  const submit = form.handleSubmit(async ({ password }) => {
    setWrong(false);
    const r = await call('lock.unlock', { password });
    if (r.unlocked || r.reason === 'FAILED') onUnlocked(r.status);
    else {
      setWrong(true);
      form.reset({ password: '' });
      form.setFocus('password');
    }
  });
  const { isSubmitting } = form.formState;
  return (
    <LockCard title={t('lock.lockedTitle')}>
      <p>{t('lock.lockedIntro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('lock.password')} error={wrong ? t('lock.wrongPassword') : undefined}>
          {(p) => <input {...p} type="password" autoComplete="current-password" autoFocus {...form.register('password')} />}
        </Field>
        <div className="lock-actions">
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? t('lock.working') : t('lock.unlock')}
          </button>
          <button type="button" className="link" onClick={onForgot}>
            {t('lock.forgot')}
          </button>
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {wrong ? t('lock.wrongPassword') : ''}
        </p>
      </form>
    </LockCard>
  );
}

function RecoverScreen({ onUnlocked, onBack }: { onUnlocked: (status: LockStatus) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [wrong, setWrong] = useState(false);
  const schema = recoverSchema(t('lock.passwordsDiffer'));
  const form = useForm({ resolver: schemaResolver(schema), defaultValues: { recoveryKey: '', newPassword: '', repeat: '' } });
  const submit = form.handleSubmit(async ({ recoveryKey, newPassword }) => {
    setWrong(false);
    const r = await call('lock.unlockWithRecovery', { recoveryKey, newPassword });
    if (r.unlocked || r.reason === 'FAILED') onUnlocked(r.status);
    else setWrong(true);
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <LockCard title={t('lock.recoverTitle')}>
      <p>{t('lock.recoverIntro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('lock.recoveryKey')} error={wrong ? t('lock.wrongRecoveryKey') : errors.recoveryKey?.message}>
          {(p) => <input {...p} type="text" autoComplete="off" spellCheck={false} autoFocus {...form.register('recoveryKey')} />}
        </Field>
        <Field label={t('lock.newPassword')} error={errors.newPassword?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('newPassword')} />}
        </Field>
        <Field label={t('lock.passwordRepeat')} error={errors.repeat?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('repeat')} />}
        </Field>
        <div className="lock-actions">
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? t('lock.working') : t('lock.recoverSubmit')}
          </button>
          <button type="button" className="btn" onClick={onBack}>
            {t('lock.back')}
          </button>
        </div>
      </form>
    </LockCard>
  );
}

const RESTORABLE: readonly LockFailure[] = ['DB_DAMAGED', 'DB_EMPTY', 'DB_MISSING'];

export function FailureScreen({ status, onRestored }: { status: LockStatus; onRestored: (status: LockStatus) => void }) {
  const { t } = useTranslation();
  const failure = status.failure ?? 'DB_DAMAGED';
  return (
    <LockCard title={t('lock.failedTitle')} className="lock-failure">
      <h2>{t(`lock.failure.${failure}.title`)}</h2>
      <p>{t(`lock.failure.${failure}.body`)}</p>
      <p className="muted">{t('lock.failedNothingChanged')}</p>
      {RESTORABLE.includes(failure) && <RestoreLatest status={status} onRestored={onRestored} />}
    </LockCard>
  );
}

/** The failure screen's way back: the password, then the newest backup that passes its check. */
function RestoreLatest({ status, onRestored }: { status: LockStatus; onRestored: (status: LockStatus) => void }) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<'WRONG_PASSWORD' | 'NO_BACKUP' | null>(null);
  const [done, setDone] = useState<Extract<RestoreLatestResult, { restored: true }> | null>(null);
  const form = useForm({ resolver: schemaResolver(z.object({ password: z.string().min(1, t('lock.wrongPassword')) })), defaultValues: { password: '' } });
  const submit = form.handleSubmit(async ({ password }) => {
    setProblem(null);
    const r = await call('lock.restoreLatest', { password });
    if (r.restored) setDone(r);
    else {
      setProblem(r.reason);
      form.reset({ password: '' });
    }
  });
  const newest = status.newestBackup;
  if (done) {
    return (
      <div className="restore-latest" role="status">
        <h2>{t('lock.restoreLatest.title')}</h2>
        <p>{t('lock.restoreLatest.done', { when: formatDateTime(done.createdAt, i18n.language) })}</p>
        {done.setAside && <p className="muted">{t('lock.restoreLatest.setAside', { name: done.setAside })}</p>}
        <div className="lock-actions">
          <button type="button" className="btn btn-primary" onClick={() => onRestored(done.status)}>
            {t('lock.restoreLatest.continue')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="restore-latest">
      <h2>{t('lock.restoreLatest.title')}</h2>
      {newest ? <p>{t('lock.restoreLatest.newest', { when: formatDateTime(newest.createdAt, i18n.language) })}</p> : <p>{t('lock.restoreLatest.noneFound')}</p>}
      {newest && (
        <form onSubmit={submit} noValidate>
          <p className="lock-hint">{t('lock.restoreLatest.intro')}</p>
          <Field label={t('lock.password')} error={problem === 'WRONG_PASSWORD' ? t('lock.wrongPassword') : form.formState.errors.password?.message}>
            {(p) => <input {...p} type="password" autoComplete="current-password" {...form.register('password')} />}
          </Field>
          {problem === 'NO_BACKUP' && (
            <p className="lock-message" role="alert">
              {t('lock.restoreLatest.noGood')}
            </p>
          )}
          <div className="lock-actions">
            <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? t('lock.working') : t('lock.restoreLatest.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
