import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { blockSchedule, totalMinutes } from '../../../../shared/scripts/timing';
import { normalizeScript } from '../../../../shared/scripts/normalize';
import { scriptSchema, type Block, type Script } from '../../../../shared/scripts/types';
import { CANVAS_SECTIONS } from '../../../../shared/scripts/vocabulary';
import type { ScriptDetail } from '../../../../shared/scripts/types';
import { useStartTime } from '../script/startTime';

interface DraftBlock extends Omit<Block, 'minutes' | 'prompts'> {
  key: number;
  /** Kept as typed, so a half-typed number does not jump; converted on validation. */
  minutes: string;
  prompts: string;
}

interface Draft {
  title: string;
  description: string;
  blocks: DraftBlock[];
}

let nextKey = 1;
const toDraftBlock = (b: Block): DraftBlock => ({ ...b, key: nextKey++, minutes: String(b.minutes), prompts: b.prompts.join('\n') });

function toScript(base: ScriptDetail, d: Draft): Script {
  const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = base;
  return normalizeScript({
    ...script,
    title: d.title,
    description: d.description,
    blocks: d.blocks.map(({ key: _k, ...b }) => ({
      ...b,
      minutes: /^\d+$/.test(b.minutes.trim()) ? Number(b.minutes) : Number.NaN,
      prompts: b.prompts.split('\n').map((p) => p.trim()).filter(Boolean),
    })),
  });
}

export default function EditorScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => call('scripts.get', { id }), [id]);
  if (state.status === 'loading') return <p className="loading">{t('script.loading')}</p>;
  if (state.status === 'error') return <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>;
  return <Editor base={state.value} />;
}

function Editor({ base }: { base: ScriptDetail }) {
  const { t } = useTranslation();
  const { go, setGuard } = useRouter();
  const toasts = useToasts();
  const [start, setStart] = useStartTime();
  const initial = useMemo<Draft>(() => ({ title: base.title, description: base.description, blocks: base.blocks.map(toDraftBlock) }), [base]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [saving, setSaving] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [announce, setAnnounce] = useState('');
  const focusAfterMove = useRef<{ key: number; selector: string } | null>(null);

  const script = useMemo(() => toScript(base, draft), [base, draft]);
  const validation = useMemo(() => scriptSchema.safeParse(script), [script]);
  const errors = useMemo(() => {
    const map = new Map<string, string>();
    if (!validation.success) for (const i of validation.error.issues) map.set(i.path.join('.'), i.message);
    return map;
  }, [validation]);
  const dirty = JSON.stringify(toScript(base, initial)) !== JSON.stringify(script);

  useEffect(() => {
    setGuard(dirty ? () => window.confirm(t('editor.confirmLeave')) : null);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, setGuard, t]);
  useEffect(() => () => setGuard(null), [setGuard]);

  const save = useCallback(async () => {
    setShowErrors(true);
    if (!validation.success) {
      toasts.show({ kind: 'error', text: t('editor.invalid') }, 6_000);
      return;
    }
    setSaving(true);
    try {
      await call('scripts.save', { script: validation.data });
      setGuard(null);
      toasts.show({ kind: 'info', text: t('editor.saved') });
      go({ name: 'script', id: base.id });
    } catch (err) {
      const e = describeError(err, t);
      toasts.show({ kind: 'error', text: e.text, details: e.details });
    } finally {
      setSaving(false);
    }
  }, [validation, toasts, t, setGuard, go, base.id]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  useEffect(() => {
    const f = focusAfterMove.current;
    if (!f) return;
    focusAfterMove.current = null;
    document.querySelector<HTMLElement>(`[data-block-key="${f.key}"] ${f.selector}`)?.focus();
  });

  const updateBlock = (key: number, patch: Partial<DraftBlock>) =>
    setDraft((d) => ({ ...d, blocks: d.blocks.map((b) => (b.key === key ? { ...b, ...patch } : b)) }));

  const move = (index: number, delta: -1 | 1, focusSelector?: string) => {
    const target = index + delta;
    if (target < 0 || target >= draft.blocks.length) return;
    const key = draft.blocks[index].key;
    setDraft((d) => {
      const blocks = [...d.blocks];
      const [b] = blocks.splice(index, 1);
      blocks.splice(target, 0, b);
      return { ...d, blocks };
    });
    if (focusSelector) focusAfterMove.current = { key, selector: focusSelector };
    setAnnounce(t('editor.moved', { n: target + 1 }));
  };

  const remove = (index: number) => {
    if (draft.blocks.length === 1) {
      toasts.show({ kind: 'error', text: t('editor.lastBlock') }, 5_000);
      return;
    }
    const removed = draft.blocks[index];
    setDraft((d) => ({ ...d, blocks: d.blocks.filter((b) => b.key !== removed.key) }));
    toasts.show({
      kind: 'info',
      text: t('editor.removed', { title: removed.title || t('editor.newBlock') }),
      action: {
        label: t('editor.undo'),
        run: () =>
          setDraft((d) => {
            const blocks = [...d.blocks];
            blocks.splice(Math.min(index, blocks.length), 0, removed);
            return { ...d, blocks };
          }),
      },
    });
  };

  const add = () => {
    const block = toDraftBlock({ title: t('editor.newBlock'), minutes: 10, section: null, instruction: '', prompts: [] });
    setDraft((d) => ({ ...d, blocks: [...d.blocks, block] }));
    focusAfterMove.current = { key: block.key, selector: 'input[name="block-title"]' };
  };

  const onBlockKey = (index: number) => (e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const el = e.target as HTMLElement;
    const selector = el.getAttribute('name') ? `[name="${el.getAttribute('name')}"]` : '.block-handle';
    move(index, e.key === 'ArrowUp' ? -1 : 1, selector);
  };

  const sections = CANVAS_SECTIONS[base.canvas] as readonly string[];
  const schedule = blockSchedule(
    draft.blocks.map((b) => ({ minutes: /^\d+$/.test(b.minutes) ? Number(b.minutes) : 0 })),
    start,
  );
  const err = (path: string) => (showErrors ? errors.get(path) : undefined);

  return (
    <section className="page editor" aria-labelledby="editor-title">
      <button type="button" className="btn-back" onClick={() => go({ name: 'script', id: base.id })}>
        ← {t('script.back')}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className={`badge badge-${base.format}`}>{t(`formats.${base.format}`)}</span>
            {dirty && <span className="tag tag-warn">{t('editor.unsaved')}</span>}
          </p>
          <h1 id="editor-title">{t('editor.title')}</h1>
          <p className="muted">{t('editor.keyboardHint')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => go({ name: 'script', id: base.id })}>
            {t('editor.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={saving} onClick={() => void save()}>
            {saving ? t('editor.saving') : t('editor.save')}
          </button>
        </div>
      </div>

      <div className="editor-grid">
        <div className="editor-main">
          <Field label={t('editor.scriptTitle')} error={err('title')}>
            {(props) => <input {...props} name="title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />}
          </Field>
          <Field label={t('editor.description')} error={err('description')}>
            {(props) => (
              <input {...props} name="description" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
            )}
          </Field>

          <h2 className="section-title">{t('editor.blocks')}</h2>
          <ol className="edit-blocks">
            {draft.blocks.map((b, i) => (
              <li key={b.key} className="edit-block" data-block-key={b.key} onKeyDown={onBlockKey(i)} aria-label={t('editor.block', { n: i + 1 })}>
                <div className="edit-block-head">
                  <span className="block-handle" tabIndex={-1}>
                    {t('editor.block', { n: i + 1 })} · {schedule[i]?.start}–{schedule[i]?.end}
                  </span>
                  <div className="edit-block-actions">
                    <button type="button" className="btn btn-small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${t('editor.moveUp')}: ${t('editor.block', { n: i + 1 })}`}>
                      ↑ {t('editor.moveUp')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={i === draft.blocks.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={`${t('editor.moveDown')}: ${t('editor.block', { n: i + 1 })}`}
                    >
                      ↓ {t('editor.moveDown')}
                    </button>
                    <button type="button" className="btn btn-small btn-danger" onClick={() => remove(i)} aria-label={`${t('editor.remove')}: ${t('editor.block', { n: i + 1 })}`}>
                      {t('editor.remove')}
                    </button>
                  </div>
                </div>
                <div className="edit-row">
                  <Field label={t('editor.blockTitle')} error={err(`blocks.${i}.title`)} grow>
                    {(props) => <input {...props} name="block-title" value={b.title} onChange={(e) => updateBlock(b.key, { title: e.target.value })} />}
                  </Field>
                  <Field label={t('editor.minutes')} error={err(`blocks.${i}.minutes`)} narrow>
                    {(props) => (
                      <input
                        {...props}
                        name="block-minutes"
                        inputMode="numeric"
                        value={b.minutes}
                        onChange={(e) => updateBlock(b.key, { minutes: e.target.value.replace(/[^\d]/g, '') })}
                      />
                    )}
                  </Field>
                  {sections.length > 0 && (
                    <Field label={t('editor.section')} error={err(`blocks.${i}.section`)}>
                      {(props) => (
                        <select {...props} name="block-section" value={b.section ?? ''} onChange={(e) => updateBlock(b.key, { section: e.target.value || null })}>
                          <option value="">{t('sections.none')}</option>
                          {sections.map((s) => (
                            <option key={s} value={s}>
                              {t(`sections.${s}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  )}
                </div>
                <Field label={t('editor.instruction')} error={err(`blocks.${i}.instruction`)}>
                  {(props) => (
                    <textarea {...props} name="block-instruction" rows={5} value={b.instruction} onChange={(e) => updateBlock(b.key, { instruction: e.target.value })} />
                  )}
                </Field>
                <Field label={t('editor.prompts')} error={firstError(errors, `blocks.${i}.prompts`, showErrors)}>
                  {(props) => <textarea {...props} name="block-prompts" rows={3} value={b.prompts} onChange={(e) => updateBlock(b.key, { prompts: e.target.value })} />}
                </Field>
              </li>
            ))}
          </ol>
          <button type="button" className="btn" onClick={add}>
            + {t('editor.addBlock')}
          </button>
        </div>

        <aside className="editor-aside" aria-labelledby="schedule-title">
          <h2 id="schedule-title" className="section-title">
            {t('editor.schedule')}
          </h2>
          <label className="field">
            <span className="field-label">{t('script.startTime')}</span>
            <input type="time" value={start} step={300} onChange={(e) => e.target.value && setStart(e.target.value)} />
          </label>
          <ol className="schedule" data-testid="schedule">
            {draft.blocks.map((b, i) => (
              <li key={b.key}>
                <span className="schedule-time">{schedule[i]?.start}</span>
                <span className="schedule-title">{b.title || t('editor.newBlock')}</span>
              </li>
            ))}
          </ol>
          <p className="schedule-total">
            {t('script.total')}: <strong>{t('script.minutes', { count: totalMinutes(schedule.map((_, i) => ({ minutes: Number(draft.blocks[i].minutes) || 0 }))) })}</strong>
          </p>
        </aside>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}

function firstError(errors: Map<string, string>, prefix: string, show: boolean): string | undefined {
  if (!show) return undefined;
  for (const [k, v] of errors) if (k === prefix || k.startsWith(`${prefix}.`)) return v;
  return undefined;
}

let fieldSeq = 0;

interface FieldProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

function Field({ label, error, grow, narrow, children }: { label: string; error?: string; grow?: boolean; narrow?: boolean; children: (p: FieldProps) => ReactNode }) {
  const [id] = useState(() => `f${++fieldSeq}`);
  return (
    <div className={`field${grow ? ' field-grow' : ''}${narrow ? ' field-narrow' : ''}${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-err` : undefined })}
      {error && (
        <span className="field-error" id={`${id}-err`}>
          {error}
        </span>
      )}
    </div>
  );
}
