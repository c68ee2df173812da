import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { downloadBase64, downloadText } from '../../ui/download';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { useTextChecks } from '../sessions/checks';
import { SaveBadge } from '../sessions/SaveBadge';
import { checkRules } from '../../../../shared/sos/checks';
import { worksheetTextFields } from '../../../../shared/sos/fields';
import type { CasePerson } from '../../../../shared/cases/types';
import type { Worksheet, WorksheetBody } from '../../../../shared/sos/types';
import { useAutosave, type Update } from './useAutosave';
import { PracticeNotice } from './Practice';
import { CirclesEditor, HousesEditor, MapEditor, PlanEditor, SheetErrors, StatementsEditor, StoryEditor, type EditorProps } from './SheetEditors';
import { FormNotice, ServerFieldError, serverFieldProps, useServerFieldErrors } from '../../ui/serverErrors';

/** The worksheet's fields that show the backend's message under themselves (SheetEditors: `name`). */
const SHOWN_FIELD = /^body\.((harm|danger|complicating|strengths|safety|goals|nextSteps|good|worries|dreams|child|title|review)|dangers\.\d+\.(who|behaviour|impact)|goals\.\d+\.(parents|child|professionals|duration)|panels\.\d+\.text)$/;
import { CheckWords } from './CheckWords';
import './sos.css';

export default function WorksheetScreen({ id }: { id: string }) {
  return <WorksheetEditor id={id} />;
}

/**
 * A worksheet to edit: its own screen, or `embedded` inside a group supervision block on the console
 * (no way back or delete there; the block stays where it is).
 */
export function WorksheetEditor({ id, embedded = false }: { id: string; embedded?: boolean }) {
  const { t } = useTranslation();
  const sheet = useFormSource(apiQuery('sos.getWorksheet', { id }));
  const caseId = sheet.data?.caseId ?? '';
  const theCase = useQuery({ ...apiQuery('cases.get', { id: caseId }), enabled: caseId !== '' });
  const ready = { data: sheet.data && theCase.data ? { w: sheet.data, roster: theCase.data.people } : undefined, error: sheet.error ?? theCase.error };
  return (
    <QueryView query={ready} loading={t('sos.loading')}>
      {({ w, roster }) => <Editor key={w.id} initial={w} roster={roster} embedded={embedded} />}
    </QueryView>
  );
}

/** Only items that would pass the schema are sent (an emptied list item, a score without a name are left out). */
function clean(b: WorksheetBody): WorksheetBody {
  const items = (xs: string[]) => xs.filter((x) => x.trim());
  switch (b.kind) {
    case 'map':
      return { ...b, harm: items(b.harm), danger: items(b.danger), complicating: items(b.complicating), strengths: items(b.strengths), safety: items(b.safety), goals: items(b.goals), nextSteps: items(b.nextSteps), scores: b.scores.filter((s) => s.who.trim()) };
    case 'statements':
      return { ...b, bottomLines: b.bottomLines.filter((l) => l.text.trim()) };
    case 'three-houses':
      return { ...b, good: items(b.good), worries: items(b.worries), dreams: items(b.dreams) };
    case 'safety-circles':
      return { ...b, people: b.people.filter((p) => p.label.trim()) };
    case 'safety-plan':
      return { ...b, rules: b.rules.filter((r) => r.rule.trim()), redFlags: b.redFlags.filter((r) => r.flag.trim()) };
    case 'words-pictures':
      return b;
  }
}

function Editor({ initial, roster, embedded }: { initial: Worksheet; roster: CasePerson[]; embedded: boolean }) {
  const { t } = useTranslation();
  const go = useGo();
  // What the backend refuses shows under its field (issue 15): the title, a text of the sheet, a list by
  // its own name; the rest (and fields this screen does not show) in the sheet's notice.
  const server = useServerFieldErrors({
    idPrefix: 'sheet-',
    fields: (name) => name === 'title' || SHOWN_FIELD.test(name),
    labels: { title: t('sos.sheet.title') },
  });
  const sheetErrors = useMemo(() => ({ errorOf: server.errorOf, clearField: server.clearField, idPrefix: 'sheet-' }), [server.errorOf, server.clearField]);
  const save = useApiMutation('sos.saveWorksheet', { invalidate: 'mark', ...server.mutation });
  const exportSheet = useApiMutation('sos.exportWorksheet', { invalidate: 'none' });
  const remove = useApiMutation('sos.deleteWorksheet');
  const words = useQuery(apiQuery('sos.checkWords', {}));
  const pseudonyms = useMemo(() => roster.flatMap((p) => [p.pseudonym, p.role]), [roster]);
  const checks = useTextChecks(pseudonyms);
  const rules = useMemo(() => checkRules(words.data ?? [], roster.map((p) => p.pseudonym)), [words.data, roster]);
  const sheet = useAutosave(
    { title: initial.title, body: initial.body },
    (v) => save.mutateAsync({ id: initial.id, title: v.title.trim() || initial.title, body: clean(v.body) }),
    (v) => [v.title, ...worksheetTextFields(v.body).map((f) => f.text)],
    checks,
  );
  const { body, title } = sheet.value;
  const setBody = ((fn: (b: WorksheetBody) => WorksheetBody) => sheet.update((v) => ({ ...v, body: fn(v.body) }))) as Update<WorksheetBody>;
  const props = { update: setBody, checks, rules, roster } as Omit<EditorProps<WorksheetBody>, 'body'>;

  const download = async (format: 'md' | 'pdf' | 'booklet') => {
    sheet.flush();
    const f = await exportSheet.mutateAsync({ id: initial.id, format });
    if (f.encoding === 'utf8') downloadText(f.filename, f.content);
    else downloadBase64(f.filename, f.content, f.mime);
  };
  const back = initial.trajectId ? paths.traject(initial.trajectId) : paths.case(initial.caseId);

  return (
    <section className={embedded ? 'sos-sheet sos-sheet-embedded' : 'sos-sheet'} aria-labelledby="sheet-title">
      {!embedded && (
        <button type="button" className="btn-back" onClick={() => go(back)}>
          ← {initial.trajectId ? t('sos.sheet.back') : t('sos.sheet.backCase')}
        </button>
      )}
      <header className="page-head">
        <div>
          <p className="kicker">
            <span className="tag tag-sos">{t(`sos.kinds.${initial.kind}`)}</span> <span className="muted">{t('sos.sheet.case', { name: initial.caseCodeName })}</span>
          </p>
          {embedded ? <h2 id="sheet-title">{title || initial.title}</h2> : <h1 id="sheet-title">{title || initial.title}</h1>}
        </div>
        <div className="page-actions row-actions" role="group" aria-label={t('sos.sheet.exports')}>
          <SaveBadge state={sheet.state} />
          <button type="button" className="btn" onClick={() => void download('md')}>
            {t('sos.sheet.exportMd')}
          </button>
          <button type="button" className="btn" onClick={() => void download('pdf')}>
            {initial.kind === 'safety-circles' ? t('sos.sheet.print') : t('sos.sheet.exportPdf')}
          </button>
          {initial.kind === 'words-pictures' && (
            <button type="button" className="btn" onClick={() => void download('booklet')}>
              {t('sos.sheet.booklet')}
            </button>
          )}
          {!embedded && (
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => {
                if (window.confirm(t('sos.sheet.confirmDelete'))) remove.mutate({ id: initial.id }, { onSuccess: () => go(back) });
              }}
            >
              {t('sos.sheet.delete')}
            </button>
          )}
        </div>
      </header>
      <PracticeNotice />
      <FormNotice notice={server.notice} onClose={server.clear} />
      <div className="field sos-title-field">
        <label className="field-label" htmlFor="sheet-title-input">
          {t('sos.sheet.title')}
        </label>
        <input id="sheet-title-input" value={title} maxLength={120} onChange={(e) => (sheet.update((v) => ({ ...v, title: e.target.value })), server.clearField('title'))} {...serverFieldProps(server, 'title', 'sheet-')} />
        <ServerFieldError server={server} name="title" idPrefix="sheet-" />
      </div>
      <SheetErrors.Provider value={sheetErrors}>
      <div className="sos-sheet-body">
        {body.kind === 'map' && <MapEditor {...(props as unknown as EditorProps<typeof body>)} body={body} />}
        {body.kind === 'statements' && (
          <>
            <StatementsEditor {...(props as unknown as EditorProps<typeof body>)} body={body} />
            <CheckWords />
          </>
        )}
        {body.kind === 'three-houses' && <HousesEditor {...(props as unknown as EditorProps<typeof body>)} body={body} />}
        {body.kind === 'words-pictures' && <StoryEditor {...(props as unknown as EditorProps<typeof body>)} body={body} />}
        {body.kind === 'safety-circles' && <CirclesEditor {...(props as unknown as EditorProps<typeof body>)} body={body} />}
        {body.kind === 'safety-plan' && <PlanEditor {...(props as unknown as EditorProps<typeof body>)} body={body} />}
      </div>
      </SheetErrors.Provider>
    </section>
  );
}
