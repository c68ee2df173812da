import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useErrorToast, useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { formatDate } from '../../ui/dates';
import { downloadBase64, downloadText } from '../../ui/download';
import { blockSchedule } from '../../../../shared/scripts/timing';
import type { Reflection, SessionDetail } from '../../../../shared/sessions/types';
import { useSession } from './useSession';
import { useTextChecks } from './checks';
import { LearningForm } from './LearningForm';
import { SaveBadge } from './ConsoleScreen';
import { openBeamer } from './beamer';

/** Outside the canvas no case pseudonyms apply: the learning record and reflections allow none. */
const NO_ALLOWED_WORDS: readonly string[] = [];

export default function SessionScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => call('sessions.get', { id }), [id]);
  if (state.status === 'loading') return <p className="loading">{t('sessions.loading')}</p>;
  if (state.status === 'error') return <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>;
  return <SessionView initial={state.value} />;
}

function SessionView({ initial }: { initial: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const { go } = useRouter();
  const toasts = useToasts();
  const onError = useErrorToast();
  const { session, setSession, setLearning, learningState } = useSession(initial, onError);
  const checks = useTextChecks(NO_ALLOWED_WORDS);
  const [includeCanvas, setIncludeCanvas] = useState(false);
  const nameOf = (id: string | null) => session.members.find((m) => m.id === id)?.name ?? '—';
  const schedule = blockSchedule(session.script.blocks, session.startTime);

  const exportAs = async (format: 'md' | 'pdf') => {
    try {
      const file = await call('sessions.export', { id: session.id, format, includeCanvas });
      if (file.encoding === 'base64') downloadBase64(file.filename, file.content, file.mime);
      else downloadText(file.filename, file.content, `${file.mime};charset=utf-8`);
      toasts.show({ kind: 'info', text: t('script.exported', { filename: file.filename }) });
    } catch (err) {
      onError(err);
    }
  };

  const remove = async () => {
    if (!window.confirm(t('sessions.confirmDelete'))) return;
    try {
      await call('sessions.delete', { id: session.id });
      go({ name: 'group', id: session.groupId });
    } catch (err) {
      onError(err);
    }
  };

  return (
    <article className="page" aria-labelledby="session-title">
      <button type="button" className="btn-back" onClick={() => go({ name: 'group', id: session.groupId })}>
        ← {session.groupName}
      </button>
      <div className="page-head">
        <div>
          <p className="kicker">
            <span className={`badge badge-${session.script.format}`}>{t(`formats.${session.script.format}`)}</span>
            <span className={`tag status-${session.run.status}`}>{t(`sessions.status.${session.run.status}`)}</span>
          </p>
          <h1 id="session-title">
            {formatDate(session.date, i18n.language)}, {session.startTime}–{session.endTime}
          </h1>
          <p className="lede">{session.script.title}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn btn-primary" onClick={() => go({ name: 'console', id: session.id })}>
            {session.run.status === 'planned' ? t('sessions.lead') : session.run.status === 'finished' ? t('sessions.reopenConsole') : t('sessions.continue')}
          </button>
          {session.run.status === 'planned' && (
            <button type="button" className="btn" onClick={() => go({ name: 'plan', groupId: session.groupId, sessionId: session.id })}>
              {t('sessions.editPlan')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => void openBeamer(session.id).catch(onError)}>
            {t('sessions.beamer')}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void remove()}>
            {t('script.delete')}
          </button>
        </div>
      </div>

      <dl className="facts">
        <div><dt>{t('roles.gespreksleider')}</dt><dd>{nameOf(session.roles.gespreksleider)}</dd></div>
        <div><dt>{t('roles.inbrenger')}</dt><dd>{nameOf(session.roles.inbrenger)}</dd></div>
        <div><dt>{t('roles.notulist')}</dt><dd>{nameOf(session.roles.notulist)}</dd></div>
        <div><dt>{t('roles.tijdbewaker')}</dt><dd>{nameOf(session.roles.tijdbewaker)}</dd></div>
        <div className="span-2"><dt>{t('sessions.leervraag')}</dt><dd>{session.leervraag || '—'}</dd></div>
        <div><dt>{t('sessions.case')}</dt><dd>{session.caseCodeName ?? t('sessions.noCase')}</dd></div>
        <div><dt>{t('script.blocks')}</dt><dd>{t('library.blocks', { count: session.script.blocks.length })} · {schedule[0]?.start}–{schedule.at(-1)?.end}</dd></div>
      </dl>

      <div className="case-grid">
        <section className="panel" aria-labelledby="learning-title">
          <div className="panel-head">
            <h2 id="learning-title" className="section-title">{t('learning.title')}</h2>
            <SaveBadge state={learningState} />
          </div>
          <LearningForm session={session} checks={checks} onChange={setLearning} />
        </section>
        <div>
          <section className="panel" aria-labelledby="reflections-title">
            <h2 id="reflections-title" className="section-title">{t('reflections.title')}</h2>
            <p className="muted small">{t('reflections.intro')}</p>
            <Reflections session={session} onSaved={(r) => setSession((s) => ({ ...s, reflections: [...s.reflections.filter((x) => x.memberId !== r.memberId), r] }))} checks={checks} onError={onError} />
          </section>
          <section className="panel" aria-labelledby="export-title">
            <h2 id="export-title" className="section-title">{t('learning.export')}</h2>
            <p className="muted small">{t('learning.exportIntro')}</p>
            <label className="check">
              <input type="checkbox" checked={includeCanvas} onChange={(e) => setIncludeCanvas(e.target.checked)} /> {t('learning.includeCanvas')}
            </label>
            <div className="row-actions">
              <button type="button" className="btn" onClick={() => void exportAs('md')}>
                {t('learning.exportMd')}
              </button>
              <button type="button" className="btn" onClick={() => void exportAs('pdf')}>
                {t('learning.exportPdf')}
              </button>
            </div>
          </section>
        </div>
      </div>
    </article>
  );
}

function Reflections({ session, onSaved, checks, onError }: { session: SessionDetail; onSaved: (r: Reflection) => void; checks: ReturnType<typeof useTextChecks>; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const present = session.members.filter((m) => session.learning.attendance.some((a) => a.memberId === m.id && a.present));
  const [memberId, setMemberId] = useState(present[0]?.id ?? '');
  const existing = session.reflections.find((r) => r.memberId === memberId);
  const [draft, setDraft] = useState(() => ({ technischInstrumenteel: existing?.technischInstrumenteel ?? '', normatief: existing?.normatief ?? '', persoonlijk: existing?.persoonlijk ?? '', shared: existing?.shared ?? false }));
  const pick = (id: string) => {
    setMemberId(id);
    const r = session.reflections.find((x) => x.memberId === id);
    setDraft({ technischInstrumenteel: r?.technischInstrumenteel ?? '', normatief: r?.normatief ?? '', persoonlijk: r?.persoonlijk ?? '', shared: r?.shared ?? false });
  };
  const problems = [draft.technischInstrumenteel, draft.normatief, draft.persoonlijk].map((x) => checks.identifier(x));
  const toasts = useToasts();
  const save = async () => {
    try {
      const r = await call('sessions.saveReflection', { id: existing?.id, sessionId: session.id, memberId, ...draft });
      onSaved(r);
      toasts.show({ kind: 'info', text: t('reflections.saved') });
    } catch (err) {
      onError(err);
    }
  };
  const dims = [
    ['technischInstrumenteel', t('reflections.technisch'), t('reflections.technischHint')],
    ['normatief', t('reflections.normatief'), t('reflections.normatiefHint')],
    ['persoonlijk', t('reflections.persoonlijk'), t('reflections.persoonlijkHint')],
  ] as const;
  return (
    <div className="reflection">
      <label className="field">
        <span className="field-label">{t('reflections.who')}</span>
        <select value={memberId} onChange={(e) => pick(e.target.value)}>
          {present.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {session.reflections.some((r) => r.memberId === m.id) ? ` ✓` : ''}
            </option>
          ))}
        </select>
      </label>
      {dims.map(([key, label, hint], i) => (
        <label key={key} className="field">
          <span className="field-label">{label}</span>
          <span className="muted small">{hint}</span>
          <textarea rows={3} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} aria-invalid={problems[i] ? true : undefined} />
          {problems[i] && <span className="field-error">{problems[i]}</span>}
        </label>
      ))}
      <label className="check">
        <input type="checkbox" checked={draft.shared} onChange={(e) => setDraft({ ...draft, shared: e.target.checked })} /> {t('reflections.share')}
      </label>
      <p className="muted small">{t('reflections.hours', { hours: (session.hours.find((h) => h.memberId === memberId)?.hours ?? 0).toLocaleString('nl-NL') })}</p>
      <button type="button" className="btn btn-primary" disabled={!memberId || problems.some(Boolean) || !(draft.technischInstrumenteel + draft.normatief + draft.persoonlijk).trim()} onClick={() => void save()}>
        {t('reflections.save')}
      </button>
    </div>
  );
}

