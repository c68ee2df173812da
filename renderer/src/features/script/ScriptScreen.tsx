import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { downloadText } from '../../ui/download';
import { blockSchedule, totalMinutes } from '../../../../shared/scripts/timing';
import type { ScriptDetail } from '../../../../shared/scripts/types';
import type { Script } from '../../../../shared/scripts/types';
import { BlockList } from './BlockList';
import { useStartTime } from './startTime';

export default function ScriptScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => call('scripts.get', { id }), [id]);
  if (state.status === 'loading') return <p className="loading">{t('script.loading')}</p>;
  if (state.status === 'error') {
    return (
      <p className="notice notice-error" role="alert">
        {describeError(state.error, t).text}
      </p>
    );
  }
  return <ScriptView script={state.value} />;
}

function ScriptView({ script }: { script: ScriptDetail }) {
  const { t } = useTranslation();
  const { go } = useRouter();
  const toasts = useToasts();
  const [start, setStart] = useStartTime();
  const [busy, setBusy] = useState(false);
  const schedule = blockSchedule(script.blocks, start);
  const total = totalMinutes(script.blocks);
  const end = blockSchedule([...script.blocks, { minutes: 1 }], start).at(-1)?.start ?? start;

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      const e = describeError(err, t);
      toasts.show({ kind: 'error', text: e.text, details: e.details });
    } finally {
      setBusy(false);
    }
  };

  const duplicate = () =>
    act(async () => {
      const copy = await call('scripts.duplicate', { id: script.id });
      toasts.show({ kind: 'info', text: t('script.duplicated') });
      go({ name: 'edit', id: copy.id });
    });

  const exportScript = () =>
    act(async () => {
      const file = await call('scripts.export', { id: script.id });
      downloadText(file.filename, file.content);
      toasts.show({ kind: 'info', text: t('script.exported', { filename: file.filename }) });
    });

  const remove = () =>
    act(async () => {
      if (!window.confirm(t('script.confirmDelete', { title: script.title }))) return;
      const { deleted } = await call('scripts.delete', { id: script.id });
      const { builtin: _b, basedOn: _o, updatedAt: _u, ...restorable } = deleted;
      go({ name: 'library' });
      toasts.show({
        kind: 'info',
        text: t('script.deleted', { title: deleted.title }),
        action: {
          label: t('editor.undo'),
          run: () => {
            void call('scripts.restore', { script: restorable as Script }).then((s) => go({ name: 'script', id: s.id }));
          },
        },
      });
    });

  return (
    <article className="page" aria-labelledby="script-title">
      <button type="button" className="btn-back" onClick={() => go({ name: 'library' })}>
        ← {t('script.back')}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className={`badge badge-${script.format}`}>{t(`formats.${script.format}`)}</span>
            {script.builtin ? <span className="tag">{t('script.readOnly')}</span> : <span className="tag tag-own">{t('library.own')}</span>}
            <span className="muted">{t('script.version', { version: script.version })}</span>
          </p>
          <h1 id="script-title">{script.title}</h1>
          {script.description && <p className="lede">{script.description}</p>}
        </div>
        <div className="page-actions">
          {script.builtin ? (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={duplicate}>
              {t('script.duplicateBuiltin')}
            </button>
          ) : (
            <>
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => go({ name: 'edit', id: script.id })}>
                {t('script.edit')}
              </button>
              <button type="button" className="btn" disabled={busy} onClick={duplicate}>
                {t('script.duplicate')}
              </button>
            </>
          )}
          <button type="button" className="btn" disabled={busy} onClick={exportScript}>
            {t('script.export')}
          </button>
          <button type="button" className="btn" onClick={() => go({ name: 'print', id: script.id })}>
            {t('script.print')}
          </button>
          {!script.builtin && (
            <button type="button" className="btn btn-danger" disabled={busy} onClick={remove}>
              {t('script.delete')}
            </button>
          )}
        </div>
      </div>

      <dl className="facts">
        <div>
          <dt>
            <label htmlFor="start-time">{t('script.startTime')}</label>
          </dt>
          <dd>
            <input id="start-time" type="time" value={start} step={300} onChange={(e) => e.target.value && setStart(e.target.value)} />
          </dd>
        </div>
        <div>
          <dt>{t('script.total')}</dt>
          <dd>
            <strong>{t('script.minutes', { count: total })}</strong> <span className="muted">({t('script.endsAt', { time: end })})</span>
          </dd>
        </div>
        <div>
          <dt>{t('script.canvas')}</dt>
          <dd>{t(`canvas.${script.canvas}`)}</dd>
        </div>
        <div>
          <dt>{t('script.roles')}</dt>
          <dd>{script.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
        </div>
      </dl>

      <h2 className="section-title">{t('script.blocks')}</h2>
      <BlockList blocks={script.blocks} schedule={schedule} />
    </article>
  );
}
