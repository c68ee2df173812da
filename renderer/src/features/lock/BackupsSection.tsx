/**
 * Back-ups on the Beveiliging screen: the list in backups/, "Back-up maken" (in a browser into that folder,
 * with the path shown; in the desktop app with the system's save dialog, through main), and restore with a
 * preview first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { call } from '../../api';
import { formatDateTime, formatNumber } from '../../ui/dates';
import type { BackupPreview } from '../../../../shared/backup/types';

export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const client = useQueryClient();
  const list = useQuery(apiQuery('backup.list', {}));
  const info = useQuery(apiQuery('app.info', {}));
  const make = useApiMutation('backup.create', { invalidate: 'none' });
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [damaged, setDamaged] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  // In the desktop app "Back-up maken" asks where, with the system's save dialog (main does that; the page names no path).
  const shell = window.leertafelShell;
  const [savingAs, setSavingAs] = useState(false);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const saveAs = async () => {
    if (!shell) return;
    setSavingAs(true);
    setSaveFailed(false);
    try {
      const r = await shell.saveBackupAs();
      if (r.saved) setSavedTo(r.savedTo);
      void list.refetch();
    } catch {
      setSaveFailed(true);
    } finally {
      setSavingAs(false);
    }
  };

  const open = async (name: string) => {
    setDamaged(null);
    setRestored(null);
    try {
      setPreview(await call('backup.preview', { name }));
    } catch {
      setPreview(null);
      setDamaged(name);
    }
  };
  const restore = async () => {
    if (!preview) return;
    setRestoring(true);
    try {
      const r = await call('backup.restore', { name: preview.name });
      setPreview(null);
      setRestored(r.safetyCopy);
      // Everything on every screen now comes from the restored database.
      await client.invalidateQueries();
    } catch {
      setDamaged(preview.name);
      setPreview(null);
    } finally {
      setRestoring(false);
    }
  };

  const backups = list.data?.backups ?? [];
  return (
    <div className="security-section backups-section">
      <h2>{t('lock.backups.title')}</h2>
      <p>{t('lock.backups.intro')}</p>
      {list.data && (
        <p className="muted">
          {t('lock.backups.folder')} <code>{list.data.folder}</code>
        </p>
      )}
      <div className="form-actions">
        {shell ? (
          <button type="button" className="btn" disabled={savingAs} onClick={() => void saveAs()}>
            {savingAs ? t('lock.working') : t('lock.backups.makeAs')}
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={make.isPending}
            onClick={() => make.mutate({}, { onSuccess: () => void list.refetch() })}
          >
            {make.isPending ? t('lock.working') : t('lock.backups.make')}
          </button>
        )}
        <span role="status" className="backup-made">
          {savedTo ? t('lock.backups.savedTo', { path: savedTo }) : make.data ? t('lock.backups.made', { path: make.data.path }) : ''}
        </span>
      </div>
      {shell && <p className="muted">{t('lock.backups.outsideNote')}</p>}
      {saveFailed && (
        <p className="lock-message" role="alert">
          {t('lock.backups.saveFailed')}
        </p>
      )}
      {restored && (
        <p className="notice notice-info" role="status">
          {t('lock.backups.restored', { name: restored })}
        </p>
      )}
      {backups.length === 0 ? (
        list.data && <p>{t('lock.backups.none')}</p>
      ) : (
        <table className="table backups-table">
          <thead>
            <tr>
              <th scope="col">{t('lock.backups.when')}</th>
              <th scope="col">{t('lock.backups.kind')}</th>
              <th scope="col">{t('lock.backups.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('lock.backups.view')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} data-backup={b.name}>
                <td>{formatDateTime(b.createdAt, lang)}</td>
                <td>{t(`lock.backups.kinds.${b.kind}`)}</td>
                <td>{t('lock.backups.bytes', { size: formatNumber(b.bytes / 1_048_576, lang, 1) })}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`${t('lock.backups.view')}: ${formatDateTime(b.createdAt, lang)}`}
                    onClick={() => void open(b.name)}
                  >
                    {t('lock.backups.view')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {damaged && (
        <p className="lock-message" role="alert">
          {t('lock.backups.damaged')}
        </p>
      )}
      {preview && (
        <section className="backup-preview" aria-labelledby="backup-preview-title">
          <h3 id="backup-preview-title">{t('lock.backups.previewTitle', { when: formatDateTime(preview.createdAt, lang) })}</h3>
          <p>{t('lock.backups.previewIntro')}</p>
          <dl className="backup-counts">
            {(['scripts', 'cases', 'sessions', 'reflections'] as const).map((k) => (
              <div key={k}>
                <dt>{t(`lock.backups.counts.${k}`)}</dt>
                <dd data-count={k}>{formatNumber(preview.counts[k], lang, 0)}</dd>
              </div>
            ))}
          </dl>
          {info.data && preview.schemaVersion < info.data.schemaVersion && <p className="muted">{t('lock.backups.older')}</p>}
          <p className="notice notice-info">{t('lock.backups.restoreWarning')}</p>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={restoring} onClick={() => void restore()}>
              {restoring ? t('lock.working') : t('lock.backups.restore')}
            </button>
            <button type="button" className="btn" disabled={restoring} onClick={() => setPreview(null)}>
              {t('lock.backups.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
