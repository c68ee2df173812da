import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { useToasts } from '../../ui/toasts';
import { downloadText } from '../../ui/download';
import { paths } from '../../app/paths';
import { blockSchedule, totalMinutes } from '../../../../shared/scripts/timing';
import type { Script, ScriptDetail } from '../../../../shared/scripts/types';
import { BlockList } from './BlockList';
import { useStartTime } from './startTime';
import { ClockInput } from '../../ui/DateTimeInputs';

export default function ScriptScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useQuery(apiQuery('scripts.get', { id }));
  return (
    <QueryView query={query} loading={t('script.loading')}>
      {(script) => <ScriptView script={script} />}
    </QueryView>
  );
}

function ScriptView({ script }: { script: ScriptDetail }) {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const [start, setStart] = useStartTime();
  const schedule = blockSchedule(script.blocks, start);
  const total = totalMinutes(script.blocks);
  const end = blockSchedule([...script.blocks, { minutes: 1 }], start).at(-1)?.start ?? start;

  const duplicate = useApiMutation('scripts.duplicate', {
    onSuccess: (copy) => {
      toasts.show({ kind: 'info', text: t('script.duplicated') });
      go(paths.edit(copy.id));
    },
  });
  const exportScript = useApiMutation('scripts.export', {
    invalidate: 'none',
    onSuccess: (file) => {
      downloadText(file.filename, file.content);
      toasts.show({ kind: 'info', text: t('script.exported', { filename: file.filename }) });
    },
  });
  const restore = useApiMutation('scripts.restore', { onSuccess: (s) => go(paths.script(s.id)) });
  const remove = useApiMutation('scripts.delete', {
    onSuccess: ({ deleted }) => {
      const { builtin: _b, basedOn: _o, updatedAt: _u, ...restorable } = deleted;
      go(paths.library());
      toasts.show({
        kind: 'info',
        text: t('script.deleted', { title: deleted.title }),
        action: { label: t('editor.undo'), run: () => restore.mutate({ script: restorable as Script }) },
      });
    },
  });
  const busy = duplicate.isPending || exportScript.isPending || remove.isPending;
  const confirmRemove = () => window.confirm(t('script.confirmDelete', { title: script.title })) && remove.mutate({ id: script.id });

  return (
    <article className="page" aria-labelledby="script-title">
      <button type="button" className="btn-back" onClick={() => go(paths.library())}>
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
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => duplicate.mutate({ id: script.id })}>
              {t('script.duplicateBuiltin')}
            </button>
          ) : (
            <>
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => go(paths.edit(script.id))}>
                {t('script.edit')}
              </button>
              <button type="button" className="btn" disabled={busy} onClick={() => duplicate.mutate({ id: script.id })}>
                {t('script.duplicate')}
              </button>
            </>
          )}
          <button type="button" className="btn" disabled={busy} onClick={() => exportScript.mutate({ id: script.id })}>
            {t('script.export')}
          </button>
          <button type="button" className="btn" onClick={() => go(paths.print(script.id))}>
            {t('script.print')}
          </button>
          {!script.builtin && (
            <button type="button" className="btn btn-danger" disabled={busy} onClick={confirmRemove}>
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
            <ClockInput id="start-time" value={start} onValue={(v) => v && setStart(v)} />
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
