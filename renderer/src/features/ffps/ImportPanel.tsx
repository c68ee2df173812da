import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useApiMutation } from '../../data/mutations';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { FilePicker, type FilePickerHandle } from '../../ui/FilePicker';
import { formatDate } from '../../ui/dates';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { BUNDLE_MAX_CHARS, type BundlePreview } from '../../../../shared/exchange/types';
import { refusalOf } from './refusal';

/**
 * "Bundel importeren": a file from a colleague, shown first (what is in it, who signed it), then imported
 * in one action. The first bundle from a colleague asks to compare the key's fingerprint (trust on first
 * use). A refused bundle says why, in a sentence; nothing changed.
 */
export function ImportPanel() {
  const { t, i18n } = useTranslation();
  const toasts = useToasts();
  const picker = useRef<FilePickerHandle>(null);
  const [file, setFile] = useState<{ name: string; content: string; preview: BundlePreview } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const explain = (err: unknown) => {
    const reason = refusalOf(err);
    setProblem(reason ? t(`ffps.bundle.refused.${reason}`) : describeError(err, t).text);
  };
  const importIt = useApiMutation('ffps.importBundle', {
    meta: { toast: false },
    onSuccess: (r) => {
      toasts.show({ kind: 'info', text: r.kind === 'request' ? t('ffps.bundle.importedRequest', { count: r.notes }) : t('ffps.bundle.importedFeedback', { count: r.feedback }) }, 8_000);
      setFile(null);
      setConfirmed(false);
      picker.current?.reset();
    },
    onError: explain,
  });

  const choose = async (f: File | undefined) => {
    setProblem(null);
    setFile(null);
    setConfirmed(false);
    if (!f) return;
    if (f.size > BUNDLE_MAX_CHARS) return setProblem(t('ffps.bundle.refused.not-a-bundle'));
    const content = await f.text();
    try {
      const preview = await call('ffps.previewBundle', { content });
      setFile({ name: f.name, content, preview });
    } catch (err) {
      explain(err);
    }
  };

  const p = file?.preview;
  const isNew = p?.trust === 'new';
  const confirmWhy = isNew && !confirmed ? t('ffps.bundle.confirmWhy') : null;
  return (
    <section className="panel import-panel" aria-labelledby="import-title">
      <h2 id="import-title" className="section-title">{t('ffps.bundle.importTitle')}</h2>
      <p className="muted small">{t('ffps.bundle.importIntro')}</p>
      <FilePicker ref={picker} label={t('ffps.bundle.fileLabel')} hideLabel buttonLabel={t('ffps.bundle.choose')} accept=".leertafel,application/json" onFile={(f) => void choose(f ?? undefined)} />
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {p && (
        <div className="bundle-preview" role="region" aria-label={t('ffps.bundle.preview')}>
          <h3>{p.kind === 'ffps-feedback-request' ? t('ffps.bundle.kindRequest') : t('ffps.bundle.kindFeedback')}</h3>
          <dl className="facts-list">
            <dt>{t('ffps.bundle.from')}</dt>
            <dd>
              {p.sender.name} {p.trust === 'known' ? <span className="tag">{t('ffps.bundle.known')}</span> : <span className="tag tag-warn">{t('ffps.bundle.new')}</span>}
            </dd>
            <dt>{t('ffps.bundle.made')}</dt>
            <dd>{formatDate(p.createdAt, i18n.language)}</dd>
            <dt>{t('ffps.bundle.contents')}</dt>
            <dd>
              <ul className="plain-list">
                {p.summary.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </dd>
          </dl>
          {p.alreadyImported && <p className="notice notice-info">{t('ffps.bundle.already')}</p>}
          {isNew && (
            <div className="tofu">
              {p.nameKnownWithOtherKey && <p className="notice notice-error">{t('ffps.bundle.otherKey', { name: p.sender.name })}</p>}
              <p>{t('ffps.bundle.compare', { name: p.sender.name })}</p>
              <p className="fingerprint" aria-label={t('ffps.bundle.fingerprint')}>
                {p.sender.fingerprint}
              </p>
              <label className="check">
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                {t('ffps.bundle.confirm', { name: p.sender.name })}
              </label>
            </div>
          )}
          <div className="row-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={importIt.isPending || (isNew && !confirmed)}
              {...whyProps('bundle-confirm-why', confirmWhy)}
              onClick={() => file && importIt.mutate({ content: file.content, trustNewSender: isNew && confirmed })}
            >
              {t('ffps.bundle.import')}
            </button>
            <button type="button" className="btn" onClick={() => (setFile(null), picker.current?.reset())}>
              {t('editor.cancel')}
            </button>
            <DisabledReason id="bundle-confirm-why" reason={confirmWhy} />
          </div>
        </div>
      )}
    </section>
  );
}
