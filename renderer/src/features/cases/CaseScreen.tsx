import { useTranslation } from 'react-i18next';
import { DisabledReason, whyProps } from '../../ui/DisabledReason';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { useToasts } from '../../ui/toasts';
import { downloadText } from '../../ui/download';
import { formatDate } from '../../ui/dates';
import { Markdown } from '../../ui/Markdown';
import { paths } from '../../app/paths';
import { useLeave } from '../../app/guard';
import type { CaseDetail } from '../../../../shared/cases/types';
import { CaseForm, useCaseForm } from './CaseForm';
import { NotesEditor } from './NotesEditor';
import { CaseSheets } from '../sos/CaseSheets';

export default function CaseScreen({ id, editNotes }: { id: string; editNotes?: boolean }) {
  const { t } = useTranslation();
  const query = useFormSource(apiQuery('cases.get', { id }));
  return (
    <QueryView query={query} loading={t('cases.loading')}>
      {(detail) => (editNotes ? <NotesEditor detail={detail} /> : <CaseView detail={detail} />)}
    </QueryView>
  );
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const { leave } = useLeave();
  const caseForm = useCaseForm(detail);
  const { form, save, blocked } = caseForm;
  const dirty = form.formState.isDirty;
  const saveWhy = blocked ? t('why.resolveFirst') : !dirty ? t('why.nothingChanged') : null;

  const exportCase = useApiMutation('cases.export', {
    invalidate: 'none',
    onSuccess: (file) => {
      downloadText(file.filename, file.content);
      toasts.show({ kind: 'info', text: t('script.exported', { filename: file.filename }) });
    },
  });
  const remove = useApiMutation('cases.delete', {
    onSuccess: () => {
      toasts.show({ kind: 'info', text: t('cases.deleted', { name: detail.codeName }) });
      leave(paths.cases());
    },
  });

  return (
    <article className="page" aria-labelledby="case-title">
      <button type="button" className="btn-back" onClick={() => go(paths.cases())}>
        ← {t('cases.back')}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className={`badge badge-${detail.format}`}>{t(`formats.${detail.format}`)}</span>
            <span className="tag">{t('cases.keptUntil', { date: formatDate(detail.retentionUntil, i18n.language) })}</span>
            {dirty && <span className="tag tag-warn">{t('editor.unsaved')}</span>}
          </p>
          <h1 id="case-title">{detail.codeName}</h1>
          <p className="lede">{t('cases.caseIntro')}</p>
        </div>
        <div className="page-actions">
          <button type="submit" form="case-form" className="btn btn-primary" disabled={!dirty || save.isPending || blocked} {...whyProps('case-save-why', saveWhy)}>
            {save.isPending ? t('editor.saving') : t('editor.save')}
          </button>
          {detail.format === 'ffps' && (
            <button type="button" className="btn" onClick={() => go(paths.caseFfps(detail.id))}>
              {t('ffps.caseNotes.back', { name: detail.codeName })}
            </button>
          )}
          <DisabledReason id="case-save-why" reason={saveWhy} />
          <button type="button" className="btn" disabled={exportCase.isPending} onClick={() => exportCase.mutate({ id: detail.id })}>
            {t('cases.export')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={remove.isPending}
            onClick={() => window.confirm(t('cases.confirmDelete', { name: detail.codeName })) && remove.mutate({ id: detail.id })}
          >
            {t('script.delete')}
          </button>
        </div>
      </div>

      <div className="case-grid">
        <CaseForm id="case-form" {...caseForm} />
        <section className="panel" aria-labelledby="notes-view-title">
          <div className="panel-head">
            <h2 id="notes-view-title" className="section-title">{t('cases.notes')}</h2>
            <button type="button" className="btn btn-small btn-primary" onClick={() => go(paths.caseNotes(detail.id))}>
              {detail.notes ? t('cases.editNotes') : t('cases.writeNotes')}
            </button>
          </div>
          {detail.notes ? <Markdown text={detail.notes} /> : <p className="muted">{t('cases.notesEmpty')}</p>}
        </section>
      </div>
      <CaseSheets caseId={detail.id} open={(sheet) => go(paths.worksheet(sheet))} />
    </article>
  );
}
