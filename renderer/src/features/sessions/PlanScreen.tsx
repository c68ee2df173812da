import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useToasts } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { leervraagHint, type Group } from '../../../../shared/sessions/types';
import { blockSchedule } from '../../../../shared/scripts/timing';
import type { ScriptSummary } from '../../../../shared/api/types';
import type { CaseSummary } from '../../../../shared/cases/types';

export default function PlanScreen({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => Promise.all([call('groups.get', { id: groupId }), call('scripts.list', {}), call('cases.list', {})]), [groupId]);
  if (state.status === 'loading') return <p className="loading">{t('groups.loading')}</p>;
  if (state.status === 'error') return <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>;
  return <PlanForm group={state.value[0]} scripts={state.value[1]} cases={state.value[2]} />;
}

function PlanForm({ group, scripts, cases }: { group: Group; scripts: ScriptSummary[]; cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const { go } = useRouter();
  const toasts = useToasts();
  const [scriptId, setScriptId] = useState(scripts.find((s) => s.id === 'mlb-vier-vensters')?.id ?? scripts[0]?.id ?? '');
  const script = scripts.find((s) => s.id === scriptId);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [startTime, setStartTime] = useState('13:30');
  const endFor = (start: string, minutes: number) => blockSchedule([{ minutes }], start)[0].end;
  const [endTime, setEndTime] = useState(() => endFor('13:30', script?.totalMinutes ?? 90));
  const [gespreksleider, setLeider] = useState(group.members[0]?.id ?? '');
  const [inbrenger, setInbrenger] = useState(group.members[1]?.id ?? '');
  const [notulist, setNotulist] = useState('');
  const [tijdbewaker, setTijdbewaker] = useState('');
  const [caseId, setCaseId] = useState('');
  const [leervraag, setLeervraag] = useState('');
  const [busy, setBusy] = useState(false);
  const hint = useMemo(() => leervraagHint(leervraag), [leervraag]);

  const submit = async () => {
    setBusy(true);
    try {
      const s = await call('sessions.plan', {
        scriptId,
        plan: {
          groupId: group.id,
          date,
          startTime,
          endTime,
          roles: { gespreksleider, inbrenger, notulist: notulist || null, tijdbewaker: tijdbewaker || null },
          caseId: caseId || null,
          leervraag,
        },
      });
      toasts.show({ kind: 'info', text: t('sessions.planned') });
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
      <button type="button" className="btn-back" onClick={() => go({ name: 'group', id: group.id })}>
        ← {group.name}
      </button>
      <h1 id="plan-title">{t('sessions.planTitle')}</h1>
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
            value={scriptId}
            onChange={(e) => {
              setScriptId(e.target.value);
              const s = scripts.find((x) => x.id === e.target.value);
              if (s) setEndTime(endFor(startTime, s.totalMinutes));
            }}
          >
            {scripts.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({t('library.minutes', { count: s.totalMinutes })})
              </option>
            ))}
          </select>
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
            {t('sessions.planSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
