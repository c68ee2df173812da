import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import { useFieldArray, useForm } from 'react-hook-form';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView } from '../../ui/QueryView';
import { useToasts } from '../../ui/toasts';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { Field } from '../../ui/Field';
import { FieldError, errorMessage, schemaResolver } from '../../ui/form';
import { useGo } from '../../app/navigation';
import { useLeaveGuard } from '../../app/guard';
import { paths } from '../../app/paths';
import { GuardNotice } from '../sessions/checks';
import { feedbackTextFields } from '../../../../shared/ffps/fields';
import {
  FFP_PRINCIPLES,
  NOTE_FIELDS,
  NOTE_LINE_MAX,
  PRINCIPLE_SCORES,
  RATING_ANCHORS,
  feedbackInputSchema,
  type CaseNoteDetail,
  type FeedbackInput,
  type NoteField,
} from '../../../../shared/ffps/types';
import type { CaseDetail } from '../../../../shared/cases/types';
import { NoteView } from './NoteView';
import { useNoteChecks } from './useNoteChecks';
import './ffps.css';

/** `/ffps/notes/:id/feedback`: the supervisor's feedback on one case-note. */
export default function FeedbackScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const note = useQuery(apiQuery('ffps.getNote', { id }));
  const detail = useQuery({ ...apiQuery('cases.get', { id: note.data?.caseId ?? '' }), enabled: !!note.data });
  const data = note.data && detail.data ? { n: note.data, c: detail.data } : undefined;
  return (
    <QueryView query={{ data, error: note.error ?? detail.error }} loading={t('ffps.loading')}>
      {({ n, c }) => <FeedbackForm note={n} detail={c} />}
    </QueryView>
  );
}

const EMPTY_PRINCIPLE = { score: null, comment: '' };

/** The shared schema, reading the rating radios' string values ("4") as numbers. */
const toRating = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));
/** A comment row left without text says nothing: it is dropped, not an error. */
const feedbackFormSchema = z.preprocess(
  (v) => {
    const f = v as FeedbackInput;
    return { ...f, comments: (f.comments ?? []).filter((c) => c.text.trim()) };
  },
  feedbackInputSchema.extend({
    adherence: z.preprocess(toRating, feedbackInputSchema.shape.adherence),
    competence: z.preprocess(toRating, feedbackInputSchema.shape.competence),
  }),
);
const empty = (noteId: string): FeedbackInput => ({
  noteId,
  comments: [],
  principles: { krachtgericht: EMPTY_PRINCIPLE, relationeel: EMPTY_PRINCIPLE, fasegericht: EMPTY_PRINCIPLE, nietOordelend: EMPTY_PRINCIPLE, matching: EMPTY_PRINCIPLE },
  adherence: null,
  competence: null,
  oefenpunt: '',
});

/** The passage last selected inside the note, with the field it lies in. */
function useNoteSelection(container: React.RefObject<HTMLElement | null>) {
  const [sel, setSel] = useState<{ field: NoteField; quote: string } | null>(null);
  useEffect(() => {
    const onChange = () => {
      const s = document.getSelection();
      const text = s?.toString().trim() ?? '';
      if (!s || !text || !container.current || !s.anchorNode || !container.current.contains(s.anchorNode)) return;
      const el = (s.anchorNode instanceof Element ? s.anchorNode : s.anchorNode.parentElement)?.closest('[data-field]');
      const field = el?.getAttribute('data-field') as NoteField | null;
      if (field && (NOTE_FIELDS as readonly string[]).includes(field)) setSel({ field, quote: text.replace(/\s+/g, ' ').slice(0, 300) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container]);
  return [sel, setSel] as const;
}

function FeedbackForm({ note, detail }: { note: CaseNoteDetail; detail: CaseDetail }) {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const checks = useNoteChecks(detail.people, detail.codeName);
  const form = useForm<FeedbackInput>({
    defaultValues: empty(note.id),
    mode: 'onChange',
    resolver: schemaResolver(feedbackFormSchema as unknown as typeof feedbackInputSchema, { checks: (v) => feedbackTextFields(v).map((f) => ({ path: f.path, message: checks.identifier(f.text) })) }),
  });
  const { control, register, handleSubmit, formState, setValue, watch } = form;
  const comments = useFieldArray({ control, name: 'comments' });
  const noteRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useNoteSelection(noteRef);
  const [field, setField] = useState<NoteField>('interventions');
  const { leave } = useLeaveGuard(formState.isDirty, t('ffps.form.confirmLeave'));
  // What the backend refuses shows at its field; a comment's quote and note field show with its text.
  const server = useServerErrors(form, { toField: (path) => path.replace(/^(comments\.\d+)\.(quote|field)$/, '$1.text') });
  const save = useApiMutation('ffps.saveFeedback', {
    ...server.mutation,
    onSuccess: () => {
      toasts.show({ kind: 'info', text: t('ffps.feedback.saved') });
      leave(paths.note(note.id));
    },
  });
  const err = (name: string) => errorMessage(formState.errors, name);
  const values = watch();

  // Native radios registered with the form: the browser keeps the choice, the form reads it.
  const ratingGroup = (name: 'adherence' | 'competence') => (
    <fieldset className="rating">
      <legend className="field-label">{t(`ffps.feedback.${name}`)}</legend>
      <p className="muted small">{t(`ffps.feedback.${name}Hint`)}</p>
      <div className="rating-scale">
        {([1, 2, 3, 4, 5, 6] as const).map((n) => (
          <label key={n} className="rating-step">
            <input type="radio" value={n} {...register(name)} />
            <strong>{n}</strong>
            <span>{RATING_ANCHORS[n]}</span>
          </label>
        ))}
      </div>
      <FieldError errors={formState.errors} name={name} />
    </fieldset>
  );

  return (
    <form className="page" aria-labelledby="feedback-form-title" noValidate onSubmit={handleSubmit((v) => save.mutate(v))}>
      <button type="button" className="btn-back" onClick={() => go(paths.note(note.id))}>
        ← {t('ffps.form.backToNote')}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className="badge badge-ffps">FFPS</span>
            <span className="tag">{note.caseCodeName}</span>
            {formState.isDirty && <span className="tag tag-warn">{t('editor.unsaved')}</span>}
          </p>
          <h1 id="feedback-form-title">{t('ffps.feedback.formTitle', { name: note.author, contact: note.contactNumber })}</h1>
          <p className="lede">{t('ffps.feedback.intro')}</p>
        </div>
        <div className="page-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t('editor.saving') : t('ffps.feedback.save')}
          </button>
        </div>
      </div>
      <FormNotice notice={server.notice} onClose={server.clear} />
      <div className="feedback-grid">
        {/* Scrolls on its own beside the form: focusable, so the keyboard can scroll it too. */}
        <section className="panel note-pane" aria-labelledby="note-pane-title" tabIndex={0}>
          <div className="panel-head">
            <h2 id="note-pane-title" className="section-title">{t('ffps.note.title', { contact: note.contactNumber, week: note.week })}</h2>
          </div>
          <p className="muted small">{t('ffps.feedback.selectHint')}</p>
          <div ref={noteRef}>
            <NoteView note={note} people={detail.people} highlight={selection?.field ?? null} />
          </div>
        </section>
        <div className="feedback-form">
          <fieldset className="panel">
            <legend className="section-title">{t('ffps.feedback.comments')}</legend>
            <div className="comment-add">
              <button
                type="button"
                className="btn btn-small btn-primary"
                disabled={!selection}
                onClick={() => {
                  if (!selection) return;
                  comments.append({ field: selection.field, quote: selection.quote, text: '' });
                  setSelection(null);
                  document.getSelection()?.removeAllRanges();
                }}
              >
                {selection ? t('ffps.feedback.onSelection', { quote: selection.quote.length > 40 ? `${selection.quote.slice(0, 40)}…` : selection.quote }) : t('ffps.feedback.selectFirst')}
              </button>
              <span className="muted small">{t('ffps.feedback.or')}</span>
              <label className="field field-inline">
                <span className="visually-hidden">{t('ffps.feedback.field')}</span>
                <select value={field} onChange={(e) => setField(e.target.value as NoteField)}>
                  {NOTE_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {t(`ffps.fields.${f}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="btn btn-small" onClick={() => comments.append({ field, quote: '', text: '' })}>
                {t('ffps.feedback.onField')}
              </button>
            </div>
            {comments.fields.length === 0 && <p className="muted small">{t('ffps.feedback.noComments')}</p>}
            <ol className="comment-rows">
              {comments.fields.map((c, i) => (
                <li key={c.id} className="comment-row">
                  <p className="comment-anchor">
                    <span className="tag">{t(`ffps.fields.${values.comments[i]?.field ?? c.field}`)}</span>
                    {values.comments[i]?.quote && <q className="quote">{values.comments[i].quote}</q>}
                    <button type="button" className="btn btn-small btn-icon" aria-label={t('ffps.feedback.removeComment', { n: i + 1 })} onClick={() => comments.remove(i)}>
                      ×
                    </button>
                  </p>
                  <Field label={t('ffps.feedback.comment', { n: i + 1 })} error={err(`comments.${i}.text`) ?? err(`comments.${i}.quote`)} grow>
                    {(p) => <textarea {...p} rows={2} maxLength={2000} {...register(`comments.${i}.text`)} />}
                  </Field>
                  <GuardNotice text={values.comments[i]?.text ?? ''} onRephrase={(next) => setValue(`comments.${i}.text`, next, { shouldDirty: true, shouldValidate: true })} />
                </li>
              ))}
            </ol>
          </fieldset>

          <fieldset className="panel">
            <legend className="section-title">{t('ffps.feedback.principles')}</legend>
            <p className="muted small">{t('ffps.feedback.principlesHint')}</p>
            <div className="principle-rows">
              {FFP_PRINCIPLES.map((p) => (
                <div key={p} className="principle-row">
                  <fieldset className="principle-score">
                    <legend>{t(`ffps.principles.${p}`)}</legend>
                    {PRINCIPLE_SCORES.map((sc) => (
                      <label key={sc} className={`chip score-${sc}`}>
                        <input type="radio" value={sc} {...register(`principles.${p}.score`)} />
                        {t(`ffps.scores.${sc}`)}
                      </label>
                    ))}
                    <FieldError errors={formState.errors} name={`principles.${p}.score`} />
                  </fieldset>
                  <Field label={t('ffps.feedback.principleComment', { principle: t(`ffps.principles.${p}`) })} error={err(`principles.${p}.comment`)} grow>
                    {(fp) => <input {...fp} maxLength={1000} {...register(`principles.${p}.comment`)} />}
                  </Field>
                  <GuardNotice text={values.principles?.[p]?.comment ?? ''} onRephrase={(next) => setValue(`principles.${p}.comment`, next, { shouldDirty: true, shouldValidate: true })} />
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset className="panel">
            <legend className="section-title">{t('ffps.feedback.ratings')}</legend>
            {ratingGroup('adherence')}
            {ratingGroup('competence')}
          </fieldset>

          <fieldset className="panel">
            <legend className="section-title">{t('ffps.feedback.oefenpunt')}</legend>
            <Field label={t('ffps.feedback.oefenpuntLabel')} error={err('oefenpunt')} grow>
              {(p) => <textarea {...p} rows={2} maxLength={NOTE_LINE_MAX} {...register('oefenpunt')} />}
            </Field>
            <GuardNotice text={values.oefenpunt ?? ''} onRephrase={(next) => setValue('oefenpunt', next, { shouldDirty: true, shouldValidate: true })} />
          </fieldset>
        </div>
      </div>
    </form>
  );
}
