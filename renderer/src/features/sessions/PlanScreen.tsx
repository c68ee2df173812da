import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { leervraagHint, type SessionDetail } from '../../../../shared/sessions/types';
import type { Group } from '../../../../shared/groups/types';
import { blockSchedule } from '../../../../shared/scripts/timing';
import type { ScriptSummary } from '../../../../shared/scripts/types';
import type { CaseSummary } from '../../../../shared/cases/types';

/** Plans a new bijeenkomst, or changes the plan of one that has not started (sessionId). */
export default function PlanScreen({ groupId, sessionId }: { groupId: string; sessionId?: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(
    () =>
      Promise.all([
        call('groups.get', { id: groupId }),
        call('scripts.list', {}),
        call('cases.list', {}),
        sessionId ? call('sessions.get', { id: sessionId }) : Promise.resolve(null),
      ]),
    [groupId, sessionId],
  );
  if (state.status === 'loading') return <p className="loading">{t('groups.loading')}</p>;
  if (state.status === 'error') return <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>;
  return <PlanForm group={state.value[0]} scripts={state.value[1]} cases={state.value[2]} existing={state.value[3]} />;
}

function PlanForm({ group, scripts, cases, existing }: { group: Group; scripts: ScriptSummary[]; cases: CaseSummary[]; existing: SessionDetail | null }) {
  const { t } = useTranslation();
  const { go } = useRouter();
  const toasts = useToasts();
  const [scriptId, setScriptId] = useState(scripts.find((s) => s.id === 'mlb-vier-vensters')?.id ?? scripts[0]?.id ?? '');
  const script = scripts.find((s) => s.id === scriptId);
  const [date, setDate] = useState(() => existing?.date ?? new Date().toISOString().slice(0, 10));
  const [startTime, setStartTime] = useState(existing?.startTime ?? '13:30');
  const endFor = (start: string, minutes: number) => blockSchedule([{ minutes }], start)[0].end;
  const [endTime, setEndTime] = useState(() => existing?.endTime ?? endFor('13:30', script?.totalMinutes ?? 90));
  const [gespreksleider, setLeider] = useState(existing?.roles.gespreksleider ?? group.members[0]?.id ?? '');
  const [inbrenger, setInbrenger] = useState(existing?.roles.inbrenger ?? group.members[1]?.id ?? '');
  const [notulist, setNotulist] = useState(existing?.roles.notulist ?? '');
  const [tijdbewaker, setTijdbewaker] = useState(existing?.roles.tijdbewaker ?? '');
  const [caseId, setCaseId] = useState(existing?.caseId ?? '');
  const [leervraag, setLeervraag] = useState(existing?.leervraag ?? '');
  const [busy, setBusy] = useState(false);
  const hint = useMemo(() => leervraagHint(leervraag), [leervraag]);

  const submit = async () => {
    setBusy(true);
    try {
      const plan = {
        groupId: group.id,
        date,
        startTime,
        endTime,
        roles: { gespreksleider, inbrenger, notulist: notulist || null, tijdbewaker: tijdbewaker || null },
        caseId: caseId || null,
        leervraag,
      };
      const s = existing ? await call('sessions.updatePlan', { id: existing.id, plan }) : await call('sessions.plan', { scriptId, plan });
      toasts.show({ kind: 'info', text: existing ? t('editor.saved') : t('sessions.planned') });
      go({ name: 'session', id: s.id });
    } catch (err) {
      const e = describeError(err, t);
      toasts.show({ kind: 'error', text: e.text, details: e.details });
    } finally {
      setBusy(false);
    }
  };

  const memberOptions = (allowNone: boolean) => (
    <>
      {allowNone && <option value="">{t('sessions.nobody')}</option>}
      {group.members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ))}
    </>
  );

  return (
    <section className="page" aria-labelledby="plan-title">
      <button type="button" className="btn-back" onClick={() => go(existing ? { name: 'session', id: existing.id } : { name: 'group', id: group.id })}>
        ← {existing ? t('sessions.overview') : group.name}
      </button>
      <h1 id="plan-title">{existing ? t('sessions.editPlanTitle') : t('sessions.planTitle')}</h1>
      <p className="lede">{t('sessions.planIntro')}</p>
      <form
        className="panel plan-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="edit-row">
          <label className="field">
            <span className="field-label">{t('sessions.date')}</span>
            <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('sessions.start')}</span>
            <input
              type="time"
              required
              value={startTime}
              onChange={(e) => {
                setStartTime(e.target.value);
                if (e.target.value && script) setEndTime(endFor(e.target.value, script.totalMinutes));
              }}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('sessions.end')}</span>
            <input type="time" required value={endTime} onChange={(e) => setEndTime(e.target.value)} />
          </label>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="plan-script">{t('sessions.script')}</label>
          <select
            id="plan-script"
            disabled={existing !== null}
            value={existing ? '' : scriptId}
            onChange={(e) => {
              setScriptId(e.target.value);
              const s = scripts.find((x) => x.id === e.target.value);
              if (s) setEndTime(endFor(startTime, s.totalMinutes));
            }}
          >
            {existing && <option value="">{existing.script.title}</option>}
            {scripts.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({t('library.minutes', { count: s.totalMinutes })})
              </option>
            ))}
          </select>
          {existing && <span className="muted small">{t('sessions.snapshotNote')}</span>}
        </div>
        <fieldset className="roles">
          <legend>{t('sessions.roles')}</legend>
          <div className="roles-grid">
            {(
              [
                ['gespreksleider', gespreksleider, setLeider, false],
                ['inbrenger', inbrenger, setInbrenger, false],
                ['notulist', notulist, setNotulist, true],
                ['tijdbewaker', tijdbewaker, setTijdbewaker, true],
              ] as const
            ).map(([role, value, set, optional]) => (
              <div className="field" key={role}>
                <label className="field-label" htmlFor={`role-${role}`}>
                  {t(`roles.${role}`)}
                </label>
                <select id={`role-${role}`} value={value} onChange={(e) => set(e.target.value)}>
                  {memberOptions(optional)}
                </select>
              </div>
            ))}
          </div>
          {gespreksleider === inbrenger && <p className="field-error">{t('sessions.sameRole')}</p>}
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor="plan-case">{t('sessions.case')}</label>
          <select id="plan-case" value={caseId} onChange={(e) => setCaseId(e.target.value)}>
            <option value="">{t('sessions.noCase')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.codeName}
              </option>
            ))}
          </select>
        </div>
        <label className="field">
          <span className="field-label">{t('sessions.leervraag')}</span>
          <textarea rows={2} value={leervraag} maxLength={500} placeholder={t('sessions.leervraagPlaceholder')} onChange={(e) => setLeervraag(e.target.value)} aria-describedby="leervraag-hint" />
          <span id="leervraag-hint" className={hint === 'not-ik-vorm' ? 'hint hint-gentle' : 'muted small'}>
            {hint === 'not-ik-vorm' ? t('sessions.leervraagHint') : t('sessions.leervraagHelp')}
          </span>
        </label>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy || !scriptId || gespreksleider === inbrenger}>
            {existing ? t('editor.save') : t('sessions.planSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
