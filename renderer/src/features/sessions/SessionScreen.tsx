import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { useToasts } from '../../ui/toasts';
import { formatDate } from '../../ui/dates';
import { downloadBase64, downloadText } from '../../ui/download';
import { paths } from '../../app/paths';
import { useLeave } from '../../app/guard';
import { blockSchedule } from '../../../../shared/scripts/timing';
import type { SessionDetail } from '../../../../shared/sessions/types';
import { useSession } from './useSession';
import { NO_CHECKS, useTextChecks, type TextChecks } from './checks';
import { LearningForm } from './LearningForm';
import { Reflections } from './Reflections';
import { SaveBadge } from './SaveBadge';
import { useOpenBeamer } from './beamer';

/** Outside the canvas no case pseudonyms apply: the learning record and reflections allow none. */
const NO_ALLOWED_WORDS: readonly string[] = [];

export default function SessionScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useFormSource(apiQuery('sessions.get', { id }));
  return (
    <QueryView query={query} loading={t('sessions.loading')}>
      {(s) => <SessionView initial={s} />}
    </QueryView>
  );
}

function SessionView({ initial }: { initial: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const toasts = useToasts();
  const beamer = useOpenBeamer();
  const checksRef = useRef<TextChecks>(NO_CHECKS);
  const { session, setSession, updateLearning, learningState, learningErrors } = useSession(initial, checksRef);
  const checks = useTextChecks(NO_ALLOWED_WORDS);
  checksRef.current = checks;
  const [includeCanvas, setIncludeCanvas] = useState(false);
  const nameOf = (id: string | null) => session.members.find((m) => m.id === id)?.name ?? '—';
  const schedule = blockSchedule(session.script.blocks, session.startTime);

  const exportFile = useApiMutation('sessions.export', {
    invalidate: 'none',
    onSuccess: (file) => {
      if (file.encoding === 'base64') downloadBase64(file.filename, file.content, file.mime);
      else downloadText(file.filename, file.content, `${file.mime};charset=utf-8`);
      toasts.show({ kind: 'info', text: t('script.exported', { filename: file.filename }) });
    },
  });
  const remove = useApiMutation('sessions.delete');
  const { leave } = useLeave();
  const confirmRemove = () => {
    if (!window.confirm(t('sessions.confirmDelete'))) return;
    remove.mutate({ id: session.id }, { onSuccess: () => leave(paths.group(session.groupId)) });
  };

  return (
    <article className="page" aria-labelledby="session-title">
      <button type="button" className="btn-back" onClick={() => go(paths.group(session.groupId))}>
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
          <button type="button" className="btn btn-primary" onClick={() => go(paths.console(session.id))}>
            {session.run.status === 'planned' ? t('sessions.lead') : session.run.status === 'finished' ? t('sessions.reopenConsole') : t('sessions.continue')}
          </button>
          {session.run.status === 'planned' && (
            <button type="button" className="btn" onClick={() => go(paths.editPlan(session.id))}>
              {t('sessions.editPlan')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => beamer.mutate({ sessionId: session.id })}>
            {t('sessions.beamer')}
          </button>
          <button type="button" className="btn btn-danger" disabled={remove.isPending} onClick={confirmRemove}>
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
          <LearningForm session={session} checks={checks} update={updateLearning} server={learningErrors} />
        </section>
        <div>
          <section className="panel" aria-labelledby="reflections-title">
            <h2 id="reflections-title" className="section-title">{t('reflections.title')}</h2>
            <p className="muted small">{t('reflections.intro')}</p>
            <Reflections session={session} checks={checks} onSaved={(r) => setSession((s) => ({ ...s, reflections: [...s.reflections.filter((x) => x.memberId !== r.memberId), r] }))} />
          </section>
          <section className="panel" aria-labelledby="export-title">
            <h2 id="export-title" className="section-title">{t('learning.export')}</h2>
            <p className="muted small">{t('learning.exportIntro')}</p>
            <label className="check">
              <input type="checkbox" checked={includeCanvas} onChange={(e) => setIncludeCanvas(e.target.checked)} /> {t('learning.includeCanvas')}
            </label>
            <div className="row-actions">
              <button type="button" className="btn" disabled={exportFile.isPending} onClick={() => exportFile.mutate({ id: session.id, format: 'md', includeCanvas })}>
                {t('learning.exportMd')}
              </button>
              <button type="button" className="btn" disabled={exportFile.isPending} onClick={() => exportFile.mutate({ id: session.id, format: 'pdf', includeCanvas })}>
                {t('learning.exportPdf')}
              </button>
            </div>
          </section>
        </div>
      </div>
    </article>
  );
}
