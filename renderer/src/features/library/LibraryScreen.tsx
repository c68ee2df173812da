import { useDeferredValue, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { FilePicker } from '../../ui/FilePicker';
import { FormNotice, type FormNoticeState } from '../../ui/serverErrors';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { ApiError } from '../../../../shared/api/errors';
import { QueryView } from '../../ui/QueryView';
import { paths } from '../../app/paths';
import { SCRIPT_FORMATS, type ScriptFormat } from '../../../../shared/scripts/vocabulary';
import type { ScriptSummary } from '../../../../shared/scripts/types';

const MAX_FILE_BYTES = 256_000;

export function LibraryScreen() {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  // The search and filter stay in memory, never in the address: typed text does not reach the
  // browser's history.
  const [query, setQuery] = useState('');
  const [format, setFormat] = useState<ScriptFormat | null>(null);
  const deferredQuery = useDeferredValue(query);
  const scripts = useQuery({ ...apiQuery('scripts.list', { query: deferredQuery || undefined, format: format ?? undefined }), placeholderData: keepPreviousData });
  // Why the chosen file was not imported: beside the import button, with the file's name, not a toast.
  const [problem, setProblem] = useState<FormNoticeState | null>(null);
  const chosenName = useRef('');
  // A file whose script the library already holds waits here for the user's choice.
  const [conflict, setConflict] = useState<{ content: string; title: string; builtin: boolean } | null>(null);
  const importScript = useApiMutation('scripts.import', {
    meta: { toast: false },
    onSuccess: (detail) => {
      setConflict(null);
      setProblem(null);
      toasts.show({ kind: 'info', text: t('library.imported', { title: detail.title }) });
      go(paths.script(detail.id));
    },
    onError: (err, input) => {
      const detail = err instanceof ApiError && err.code === 'CONFLICT' ? err.details?.[0] : undefined;
      if (detail) setConflict({ content: input.content, title: detail.message, builtin: detail.issue?.code === 'script_exists_builtin' });
      else {
        const e = describeError(err, t);
        setProblem({ text: `${chosenName.current}: ${t('library.importFailed')} ${e.text}`, details: e.details });
      }
    },
  });

  const importFile = async (file: File) => {
    chosenName.current = file.name;
    setProblem(null);
    if (file.size > MAX_FILE_BYTES) {
      setProblem({ text: `${file.name}: ${t('errors.fileTooLarge')}`, details: [] });
      return;
    }
    importScript.mutate({ content: await file.text(), onExisting: 'ask' });
  };
  const replaceWhy = conflict?.builtin ? t('importChoice.builtinWhy') : null;

  const filtered = query !== '' || format !== null;

  return (
    <section aria-labelledby="library-title" className="page">
      <div className="page-head">
        <div>
          <h1 id="library-title">{t('library.title')}</h1>
          <p className="lede">{t('library.intro')}</p>
        </div>
        <div className="page-actions">
          <FilePicker
            label={t('library.importFile')}
            hideLabel
            buttonLabel={t('library.import')}
            title={t('library.importHint')}
            accept=".md,text/markdown,text/plain"
            showName={false}
            data-testid="import-input"
            onFile={(f) => f && void importFile(f)}
          />
        </div>
      </div>
      <FormNotice notice={problem} onClose={() => setProblem(null)} />

      {conflict && (
        <section className="panel import-conflict" role="alert" aria-labelledby="import-conflict-title">
          <h2 id="import-conflict-title" className="section-title">{t('importChoice.title', { title: conflict.title })}</h2>
          <p>{t('importChoice.body')}</p>
          <div className="row-actions">
            <button type="button" className="btn" disabled={conflict.builtin || importScript.isPending} {...whyProps('replace-why', replaceWhy)} onClick={() => importScript.mutate({ content: conflict.content, onExisting: 'replace' })}>
              {t('importChoice.replace')}
            </button>
            <button type="button" className="btn btn-primary" disabled={importScript.isPending} onClick={() => importScript.mutate({ content: conflict.content, onExisting: 'copy' })}>
              {t('importChoice.copy')}
            </button>
            <button type="button" className="btn" onClick={() => setConflict(null)}>
              {t('importChoice.cancel')}
            </button>
            <DisabledReason id="replace-why" reason={replaceWhy} />
          </div>
        </section>
      )}

      <div className="toolbar">
        <label className="field field-search">
          <span className="field-label">{t('library.search')}</span>
          <input type="search" value={query} placeholder={t('library.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <div className="segmented" role="group" aria-label={t('library.filter')}>
          <button type="button" aria-pressed={format === null} onClick={() => setFormat(null)}>
            {t('formats.all')}
          </button>
          {SCRIPT_FORMATS.map((f) => (
            <button key={f} type="button" aria-pressed={format === f} onClick={() => setFormat(f)}>
              {t(`formats.${f}`)}
            </button>
          ))}
        </div>
      </div>

      <QueryView query={scripts} loading={t('library.loading')}>
        {(list) =>
          list.length === 0 ? (
            <div className="empty">
              <h2>{t('library.empty')}</h2>
              {filtered && <p>{t('library.emptyFiltered')}</p>}
              {filtered && (
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    setQuery('');
                    setFormat(null);
                  }}
                >
                  {t('library.clearFilters')}
                </button>
              )}
            </div>
          ) : (
            <>
              <p className="count" aria-live="polite">
                {t('library.count', { count: list.length })}
              </p>
              <ul className="cards" aria-label={t('library.title')}>
                {list.map((s) => (
                  <ScriptCard key={s.id} script={s} onOpen={() => go(paths.script(s.id))} />
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function ScriptCard({ script, onOpen }: { script: ScriptSummary; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <li className={`card card-${script.format}`}>
      <button type="button" className="card-link" onClick={onOpen}>
        <span className="card-kicker">
          <span className={`badge badge-${script.format}`}>{t(`formatsShort.${script.format}`)}</span>
          <span className={script.builtin ? 'tag' : 'tag tag-own'}>{script.builtin ? t('library.builtin') : t('library.own')}</span>
        </span>
        <span className="card-title">{script.title}</span>
        {script.description && <span className="card-desc">{script.description}</span>}
        <span className="card-meta">
          <span>{t('library.minutes', { count: script.totalMinutes })}</span>
          <span aria-hidden="true">·</span>
          <span>{t('library.blocks', { count: script.blockCount })}</span>
          <span aria-hidden="true">·</span>
          <span>{t(`canvas.${script.canvas}`)}</span>
        </span>
      </button>
    </li>
  );
}
