import { useTranslation } from 'react-i18next';
import type { LearningRecord, SessionDetail } from '../../../../shared/sessions/types';
import type { TextChecks } from './checks';
import { learningTexts } from './learningTexts';

/** Leeropbrengst & evaluatie: what the inbrenger learned and takes along, one learning per participant, process feedback, attendance. */
export function LearningForm({ session, checks, onChange }: { session: SessionDetail; checks: TextChecks; onChange: (l: LearningRecord, blocked: boolean) => void }) {
  const { t } = useTranslation();
  const l = session.learning;
  const set = (patch: Partial<LearningRecord>) => {
    const next = { ...l, ...patch };
    onChange(next, learningTexts(next).some((x) => checks.identifier(x) !== null));
  };
  const inbrenger = session.members.find((m) => m.id === session.roles.inbrenger);
  const taken = session.canvas.volgendeStappen.ideas.filter((i) => i.takeAlong);
  const learningOf = (memberId: string) => l.participantLearnings.find((p) => p.memberId === memberId)?.text ?? '';
  const setLearningOf = (memberId: string, text: string) =>
    set({ participantLearnings: [...l.participantLearnings.filter((p) => p.memberId !== memberId), { memberId, text }] });
  const area = (key: 'inbrengerLearned' | 'inbrengerWillTry' | 'toWerkbegeleiding' | 'processFeedback', label: string) => {
    const problem = checks.identifier(l[key]);
    return (
      <label className="field">
        <span className="field-label">{label}</span>
        <textarea rows={2} value={l[key]} onChange={(e) => set({ [key]: e.target.value })} aria-invalid={problem ? true : undefined} />
        {problem && <span className="field-error">{problem}</span>}
      </label>
    );
  };
  return (
    <div className="learning-form">
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
      <fieldset>
        <legend>{t('learning.participants')}</legend>
        {session.members
          .filter((m) => m.id !== session.roles.inbrenger && l.attendance.some((a) => a.memberId === m.id && a.present))
          .map((m) => {
            const problem = checks.identifier(learningOf(m.id));
            return (
              <label key={m.id} className="field">
                <span className="field-label">{m.name}</span>
                <input value={learningOf(m.id)} onChange={(e) => setLearningOf(m.id, e.target.value)} aria-invalid={problem ? true : undefined} />
                {problem && <span className="field-error">{problem}</span>}
              </label>
            );
          })}
      </fieldset>
      <fieldset>
        <legend>{t('learning.process')}</legend>
        {area('processFeedback', t('learning.processLabel'))}
      </fieldset>
      <fieldset>
        <legend>{t('learning.attendance')}</legend>
        <table className="table table-edit">
          <thead>
            <tr>
              <th scope="col">{t('groups.memberName')}</th>
              <th scope="col">{t('learning.present')}</th>
              <th scope="col">{t('learning.arrived')}</th>
              <th scope="col">{t('learning.left')}</th>
              <th scope="col">{t('learning.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {session.members.map((m) => {
              const a = l.attendance.find((x) => x.memberId === m.id) ?? { memberId: m.id, present: false, arrived: null, left: null };
              const upd = (patch: Partial<typeof a>) => set({ attendance: [...l.attendance.filter((x) => x.memberId !== m.id), { ...a, ...patch }] });
              return (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td><input type="checkbox" aria-label={`${t('learning.present')}: ${m.name}`} checked={a.present} onChange={(e) => upd({ present: e.target.checked })} /></td>
                  <td><input type="time" aria-label={`${t('learning.arrived')}: ${m.name}`} value={a.arrived ?? ''} onChange={(e) => upd({ arrived: e.target.value || null })} /></td>
                  <td><input type="time" aria-label={`${t('learning.left')}: ${m.name}`} value={a.left ?? ''} onChange={(e) => upd({ left: e.target.value || null })} /></td>
                  <td>{(session.hours.find((h) => h.memberId === m.id)?.hours ?? 0).toLocaleString('nl-NL')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted small">{t('learning.attendanceHint')}</p>
      </fieldset>
    </div>
  );
}
