/**
 * "Alles exporteren / importeren" on the Beveiliging screen (issue 13). Export: a password for the file,
 * then the backend writes `exports/<file>` in the data folder and the file is also offered as a download.
 * Import: a chosen file (its bytes as base64; the browser shell has no native dialog) or a file name in
 * `exports/`, the file's password, a preview per area with the rule, then confirm. Long calls show the
 * app's progress bar (the backend reports stages `export` and `import`).
 */
import { useState } from 'react';
import { FilePicker } from '../../ui/FilePicker';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { schemaResolver } from '../../ui/form';
import { Field } from '../../ui/Field';
import { call } from '../../api';
import { useErrorToast } from '../../ui/toasts';
import { downloadText } from '../../ui/download';
import { formatDateTime, formatNumber } from '../../ui/dates';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { passwordSchema } from '../../../../shared/lock/types';
import type { TransferOutcome, TransferPreview } from '../../../../shared/transfer/types';

export function TransferPanel() {
  const { t } = useTranslation();
  return (
    <div className="security-section transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <p>{t('transfer.intro')}</p>
      <ExportAll />
      <ImportAll />
    </div>
  );
}

function size(bytes: number, lang: string): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang, 0)} kB`;
}

function ExportAll() {
  const { t, i18n } = useTranslation();
  const toastError = useErrorToast();
  const [done, setDone] = useState<string | null>(null);
  const schema = z
    .object({ password: passwordSchema, repeat: z.string() })
    .refine((v) => v.password === v.repeat, { path: ['repeat'], message: t('lock.passwordsDiffer') });
  const form = useForm({ resolver: schemaResolver(schema), defaultValues: { password: '', repeat: '' } });
  const submit = form.handleSubmit(async ({ password }) => {
    setDone(null);
    try {
      const r = await call('transfer.export', { password });
      downloadText(r.fileName, r.content, 'application/json');
      setDone(t('transfer.exported', { file: r.fileName, size: size(r.bytes, i18n.language), folder: 'exports/' }));
      form.reset();
    } catch (err) {
      toastError(err);
    }
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <section aria-labelledby="transfer-export-title">
      <h3 id="transfer-export-title">{t('transfer.exportTitle')}</h3>
      <p>
        {t('transfer.exportIntro')} {t('lock.passwordHint')}
      </p>
      <form onSubmit={submit} noValidate>
        <Field label={t('transfer.filePassword')} error={errors.password?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('password')} />}
        </Field>
        <Field label={t('transfer.filePasswordRepeat')} error={errors.repeat?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register('repeat')} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? t('lock.working') : t('transfer.exportSubmit')}
          </button>
        </div>
        <p role="status" className="transfer-status">{done ?? ''}</p>
      </form>
    </section>
  );
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

type Source = { data: string } | { file: string };

function ImportAll() {
  const { t } = useTranslation();
  const toastError = useErrorToast();
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<{ name: string; data: string } | null>(null);
  const [fileName, setFileName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TransferOutcome | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const chosen = (): Source | null => (upload ? { data: upload.data } : fileName.trim() ? { file: fileName.trim() } : null);
  const run = async (method: 'transfer.preview' | 'transfer.import', src: Source) => {
    setBusy(true);
    try {
      const r = await call(method, { password, ...src });
      setOutcome(r);
      if (r.status === 'imported') {
        const added = r.preview.areas.reduce((n, a) => n + a.new, 0);
        setMessage(added ? t('transfer.imported', { count: added }) : t('transfer.importedNothing'));
        setOutcome(null);
        setSource(null);
        setPassword('');
        // Every screen reads again: the import may have added to any of them.
        await queryClient.invalidateQueries();
      }
    } catch (err) {
      toastError(err);
    } finally {
      setBusy(false);
    }
  };

  const preview = outcome?.status === 'preview' ? outcome.preview : null;
  const whyNot = busy ? null : !password ? t('transfer.needPassword') : null;
  return (
    <section aria-labelledby="transfer-import-title">
      <h3 id="transfer-import-title">{t('transfer.importTitle')}</h3>
      <p>{t('transfer.importIntro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          const src = chosen();
          if (!src) {
            setMessage(t('transfer.noFile'));
            return;
          }
          setSource(src);
          void run('transfer.preview', src);
        }}
      >
        <div className="field">
          <FilePicker
            label={t('transfer.chooseFile')}
            accept=".json,application/json"
            onFile={(f) => {
              setOutcome(null);
              if (!f) return setUpload(null);
              void f.arrayBuffer().then((buf) => setUpload({ name: f.name, data: toBase64(new Uint8Array(buf)) }));
            }}
          />
        </div>
        <Field label={t('transfer.fileName')}>
          {(p) => <input {...p} type="text" value={fileName} disabled={upload !== null} onChange={(e) => (setFileName(e.target.value), setOutcome(null))} />}
        </Field>
        <Field label={t('transfer.importPassword')}>
          {(p) => <input {...p} type="password" autoComplete="off" value={password} onChange={(e) => (setPassword(e.target.value), setOutcome(null))} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn" disabled={busy || !password} {...whyProps('transfer-preview-why', whyNot)}>
            {busy && !preview ? t('lock.working') : t('transfer.previewSubmit')}
          </button>
          <DisabledReason id="transfer-preview-why" reason={whyNot} />
        </div>
      </form>
      {outcome?.status === 'refused' && (
        <p className="notice notice-error" role="alert">
          {t(`transfer.refusals.${outcome.reason}`)}
        </p>
      )}
      {message && (
        <p className="notice notice-info" role="status">
          {message}
        </p>
      )}
      {preview && source && <PreviewTable preview={preview} busy={busy} onConfirm={() => void run('transfer.import', source)} onCancel={() => setOutcome(null)} />}
    </section>
  );
}

function PreviewTable({ preview, busy, onConfirm, onCancel }: { preview: TransferPreview; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const rows = preview.areas.filter((a) => a.new + a.identical + a.conflicts > 0);
  const added = preview.areas.reduce((n, a) => n + a.new, 0);
  return (
    <div className="transfer-preview" aria-labelledby="transfer-preview-title">
      <h4 id="transfer-preview-title">{t('transfer.previewTitle')}</h4>
      <p>{t('transfer.fileMade', { date: formatDateTime(preview.createdAt, i18n.language), version: preview.appVersion })}</p>
      <p className="transfer-rule">
        <strong>{preview.mode === 'restore' ? t('transfer.ruleRestore') : t('transfer.ruleMerge')}</strong>
      </p>
      <table className="transfer-table">
        <thead>
          <tr>
            <th scope="col">{t('transfer.area')}</th>
            <th scope="col">{t('transfer.new')}</th>
            <th scope="col">{t('transfer.identical')}</th>
            <th scope="col">{t('transfer.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.area} data-area={a.area}>
              <th scope="row">{t(`transfer.areas.${a.area}`)}</th>
              <td data-col="new">{a.new}</td>
              <td data-col="identical">{a.identical}</td>
              <td data-col="conflicts">{a.conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {added === 0 && <p role="status">{t('transfer.nothingNew')}</p>}
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={onConfirm}>
          {busy ? t('lock.working') : t('transfer.confirm')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>
          {t('transfer.cancel')}
        </button>
      </div>
    </div>
  );
}
