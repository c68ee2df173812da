import { useTranslation } from 'react-i18next';
import { GrowText } from '../../ui/GrowText';
import { ListEditor } from '../../ui/ListEditor';
import { ClockInput } from '../../ui/DateTimeInputs';
import { formatNumber } from '../../ui/dates';
import { LEARNING_TEXT_MAX, PARTICIPANT_LEARNING_MAX, type Attendance, type LearningRecord, type SessionDetail } from '../../../../shared/sessions/types';
import type { Member } from '../../../../shared/groups/types';
import type { TextChecks } from './checks';
import type { Update } from './useSession';
import { FormNotice, ServerFieldError, serverFieldProps, type ServerFieldErrors } from '../../ui/serverErrors';

const PREFIX = 'learning-';

type AreaKey = 'inbrengerLearned' | 'inbrengerWillTry' | 'toWerkbegeleiding' | 'processFeedback';

/** Leeropbrengst & evaluatie: what the inbrenger learned and takes along, one learning per participant, process feedback, attendance. */
export function LearningForm({ session, checks, update, server }: { session: SessionDetail; checks: TextChecks; update: Update<LearningRecord>; server?: ServerFieldErrors }) {
  const { t } = useTranslation();
  const l = session.learning;
  const inbrenger = session.members.find((m) => m.id === session.roles.inbrenger);
  const taken = session.canvas.volgendeStappen.ideas.filter((i) => i.takeAlong);
  const participants = session.members.filter((m) => m.id !== session.roles.inbrenger && l.attendance.some((a) => a.memberId === m.id && a.present));
  const learningOf = (memberId: string) => l.participantLearnings.find((p) => p.memberId === memberId)?.text ?? '';
  const setLearningOf = (memberId: string, text: string) =>
    update((l) => ({ ...l, participantLearnings: [...l.participantLearnings.filter((p) => p.memberId !== memberId), { memberId, text }] }));
  // The backend's refusal of a text shows under it (when the screen's own check has nothing to say).
  const serverProps = (name: string) => (server ? serverFieldProps(server, name, PREFIX) : {});
  const serverError = (name: string) => (server ? <ServerFieldError server={server} name={name} idPrefix={PREFIX} /> : null);
  const area = (key: AreaKey, label: string) => {
    const problem = checks.identifier(l[key]);
    return (
      <label className="field">
        <span className="field-label">{label}</span>
        <GrowText value={l[key]} maxLength={LEARNING_TEXT_MAX} onChange={(e) => (update((l) => ({ ...l, [key]: e.target.value })), server?.clearField(key))} {...serverProps(key)} aria-invalid={problem || server?.errorOf(key) ? true : undefined} />
        {problem ? <span className="field-error">{problem}</span> : serverError(key)}
      </label>
    );
  };
  return (
    <div className="learning-form">
      {server && <FormNotice notice={server.notice} onClose={server.clear} />}
      <fieldset>
        <legend>{t('learning.inbrenger', { name: inbrenger?.name ?? '' })}</legend>
        {area('inbrengerLearned', t('learning.learned'))}
        {area('inbrengerWillTry', t('learning.willTry'))}
        <div className="take-along-list">
          <p className="field-label">{t('learning.toWerkbegeleiding')}</p>
          {taken.length === 0 ? (
            <p className="muted small">{t('learning.noneTaken')}</p>
          ) : (
            <ul>
              {taken.map((i) => (
                <li key={i.id}>
                  <span className="idea-label">{t('venster.stappen.label')}</span> {i.text}
                </li>
              ))}
            </ul>
          )}
        </div>
        {area('toWerkbegeleiding', t('learning.toWerkbegeleidingExtra'))}
      </fieldset>
      <ListEditor
        label={t('learning.participants')}
        className="participant-learnings"
        rows={participants}
        rowKey={(m) => m.id}
        item={(m) => {
          const problem = checks.identifier(learningOf(m.id));
          return (
            <label className="field">
              <span className="field-label">{m.name}</span>
              <GrowText value={learningOf(m.id)} maxLength={PARTICIPANT_LEARNING_MAX} onChange={(e) => (setLearningOf(m.id, e.target.value), server?.clearField(`participant.${m.id}`))} {...serverProps(`participant.${m.id}`)} aria-invalid={problem || server?.errorOf(`participant.${m.id}`) ? true : undefined} />
              {problem ? <span className="field-error">{problem}</span> : serverError(`participant.${m.id}`)}
            </label>
          );
        }}
      />
      <fieldset>
        <legend>{t('learning.process')}</legend>
        {area('processFeedback', t('learning.processLabel'))}
      </fieldset>
      <fieldset>
        <legend>{t('learning.attendance')}</legend>
        <AttendanceTable session={session} update={update} server={server} />
        <p className="muted small">{t('learning.attendanceHint')}</p>
      </fieldset>
    </div>
  );
}

function AttendanceTable({ session, update, server }: { session: SessionDetail; update: Update<LearningRecord>; server?: ServerFieldErrors }) {
  const { t, i18n } = useTranslation();
  const attendanceOf = (l: LearningRecord, memberId: string): Attendance => l.attendance.find((x) => x.memberId === memberId) ?? { memberId, present: false, arrived: null, left: null };
  const set = (m: Member, patch: Partial<Attendance>) => {
    update((l) => ({ ...l, attendance: [...l.attendance.filter((x) => x.memberId !== m.id), { ...attendanceOf(l, m.id), ...patch }] }));
    server?.clearField(`attendance.${m.id}`);
  };
  // The backend's refusal of a row (a time that does not fit) stands under the member's name; the times point at it.
  const rowProps = (m: Member) => (server ? serverFieldProps(server, `attendance.${m.id}`, PREFIX) : {});
  return (
    <ListEditor
      label={t('learning.attendance')}
      rows={session.members}
      rowKey={(m) => m.id}
      columns={[{ header: t('groups.memberName'), rowHeader: true }, { header: t('learning.present') }, { header: t('learning.arrived') }, { header: t('learning.left') }, { header: t('learning.hours') }]}
      cells={(m) => {
        const a = attendanceOf(session.learning, m.id);
        return [
          <>
            {m.name}
            {server && <ServerFieldError server={server} name={`attendance.${m.id}`} idPrefix={PREFIX} />}
          </>,
          <input type="checkbox" aria-label={`${t('learning.present')}: ${m.name}`} checked={a.present} onChange={(e) => set(m, { present: e.target.checked })} />,
          <ClockInput aria-label={`${t('learning.arrived')}: ${m.name}`} {...rowProps(m)} value={a.arrived ?? ''} onValue={(v) => set(m, { arrived: v || null })} />,
          <ClockInput aria-label={`${t('learning.left')}: ${m.name}`} {...rowProps(m)} value={a.left ?? ''} onValue={(v) => set(m, { left: v || null })} />,
          formatNumber(session.hours.find((h) => h.memberId === m.id)?.hours ?? 0, i18n.language),
        ];
      }}
    />
  );
}
