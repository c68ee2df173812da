import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { useToasts } from '../../ui/toasts';
import { FormNotice, useServerErrors } from '../../ui/serverErrors';
import { Field } from '../../ui/Field';
import { ListEditor } from '../../ui/ListEditor';
import { errorMessage } from '../../ui/form';
import { paths } from '../../app/paths';
import { useLeaveGuard } from '../../app/guard';
import { blockSchedule } from '../../../../shared/scripts/timing';
import { CANVAS_SECTIONS, SCRIPT_DESCRIPTION_MAX, SCRIPT_TITLE_MAX } from '../../../../shared/scripts/vocabulary';
import type { Script, ScriptDetail } from '../../../../shared/scripts/types';
import { useStartTime } from '../script/startTime';
import { scriptResolver, toDraft, toDraftBlock, type Draft } from './draft';
import { EditBlock } from './EditBlock';
import { FreeTextHint } from '../cases/FreeTextHint';
import { EditorSchedule } from './EditorSchedule';

export default function EditorScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useFormSource(apiQuery('scripts.get', { id }));
  return (
    <QueryView query={query} loading={t('script.loading')}>
      {(script) => <Editor base={script} />}
    </QueryView>
  );
}

function Editor({ base }: { base: ScriptDetail }) {
  const { t } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const [start, setStart] = useStartTime();
  const [announce, setAnnounce] = useState('');
  const form = useForm<Draft, unknown, Script>({ defaultValues: toDraft(base), resolver: scriptResolver(base) });
  const { control, register, handleSubmit, getValues, formState } = form;
  const blocks = useFieldArray({ control, name: 'blocks', keyName: 'key' });
  const watched = useWatch({ control, name: 'blocks' });
  const watchedDescription = useWatch({ control, name: 'description' });
  const focusAfterMove = useRef<{ key: string; field: string } | null>(null);
  const { leave } = useLeaveGuard(formState.isDirty, t('editor.confirmLeave'));

  // What the backend refuses (a name or number in a text of the script) shows at its field.
  const server = useServerErrors(form, { toField: (path) => path.replace(/^script\./, '') });
  const save = useApiMutation('scripts.save', {
    ...server.mutation,
    onSuccess: () => {
      toasts.show({ kind: 'info', text: t('editor.saved') });
      leave(paths.script(base.id));
    },
  });
  const submit = handleSubmit(
    (script) => save.mutate({ script }),
    () => toasts.show({ kind: 'error', text: t('editor.invalid') }, 6_000),
  );

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void submit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [submit]);

  useEffect(() => {
    const f = focusAfterMove.current;
    if (!f) return;
    focusAfterMove.current = null;
    const selector = f.field ? `[name$=".${f.field}"]` : '.block-handle';
    document.querySelector<HTMLElement>(`[data-block-key="${f.key}"] ${selector}`)?.focus();
  });

  const move = (index: number, delta: -1 | 1, field?: string) => {
    const target = index + delta;
    if (target < 0 || target >= blocks.fields.length) return;
    if (field !== undefined) focusAfterMove.current = { key: blocks.fields[index].key, field };
    blocks.move(index, target);
    setAnnounce(t('editor.moved', { n: target + 1 }));
  };

  const remove = (index: number) => {
    if (blocks.fields.length === 1) {
      toasts.show({ kind: 'error', text: t('editor.lastBlock') }, 5_000);
      return;
    }
    const removed = getValues(`blocks.${index}`);
    blocks.remove(index);
    toasts.show({
      kind: 'info',
      text: t('editor.removed', { title: removed.title || t('editor.newBlock') }),
      action: { label: t('editor.undo'), run: () => blocks.insert(Math.min(index, getValues('blocks').length), removed) },
    });
  };

  const add = () =>
    blocks.append(toDraftBlock({ title: t('editor.newBlock'), minutes: 10, section: null, instruction: '', prompts: [] }), {
      shouldFocus: true,
      focusName: `blocks.${blocks.fields.length}.title`,
    });

  const onBlockKey = (index: number) => (e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const name = (e.target as HTMLElement).getAttribute('name');
    move(index, e.key === 'ArrowUp' ? -1 : 1, name ? name.slice(name.lastIndexOf('.') + 1) : '');
  };

  const sections = CANVAS_SECTIONS[base.canvas] as readonly string[];
  const schedule = blockSchedule(
    watched.map((b) => ({ minutes: /^\d+$/.test(b.minutes) ? Number(b.minutes) : 0 })),
    start,
  );
  const err = (name: string) => errorMessage(formState.errors, name);

  return (
    <section className="page editor" aria-labelledby="editor-title">
      <button type="button" className="btn-back" onClick={() => go(paths.script(base.id))}>
        ← {t('script.back')}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className={`badge badge-${base.format}`}>{t(`formats.${base.format}`)}</span>
            {formState.isDirty && <span className="tag tag-warn">{t('editor.unsaved')}</span>}
          </p>
          <h1 id="editor-title">{t('editor.title')}</h1>
          <p className="muted">{t('editor.keyboardHint')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => go(paths.script(base.id))}>
            {t('editor.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={save.isPending} onClick={() => void submit()}>
            {save.isPending ? t('editor.saving') : t('editor.save')}
          </button>
        </div>
      </div>

      <FormNotice notice={server.notice} onClose={server.clear} />
      <div className="editor-grid">
        <div className="editor-main">
          <Field label={t('editor.scriptTitle')} error={err('title')}>
            {(props) => <input {...props} maxLength={SCRIPT_TITLE_MAX} {...register('title')} />}
          </Field>
          <Field label={t('editor.description')} error={err('description')}>
            {(props) => <input {...props} maxLength={SCRIPT_DESCRIPTION_MAX} {...register('description')} />}
          </Field>
          {!err('description') && <FreeTextHint text={watchedDescription ?? ''} />}

          <h2 className="section-title">{t('editor.blocks')}</h2>
          <ListEditor
            label={t('editor.blocks')}
            legend={false}
            ordered
            listClassName="edit-blocks"
            rows={blocks.fields}
            rowKey={(b) => b.key}
            rowClassName={() => 'edit-block'}
            rowProps={(b, i) => ({ 'data-block-key': b.key, onKeyDown: onBlockKey(i), 'aria-label': t('editor.block', { n: i + 1 }) })}
            item={(_, i) => (
              <EditBlock
                index={i}
                count={blocks.fields.length}
                time={`${schedule[i]?.start}–${schedule[i]?.end}`}
                instructionText={watched[i]?.instruction ?? ''}
                sections={sections}
                register={register}
                errors={formState.errors}
                onMove={(delta) => move(i, delta)}
                onRemove={() => remove(i)}
              />
            )}
            add={{ label: t('editor.addBlock'), onAdd: add }}
          />
        </div>
        <EditorSchedule start={start} onStart={setStart} blocks={watched} schedule={schedule} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}
