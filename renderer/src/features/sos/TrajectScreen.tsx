import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { paths } from '../../app/paths';
import { formatDate, formatNumber } from '../../ui/dates';
import { NO_CHECKS } from '../sessions/checks';
import { SaveBadge } from '../sessions/SaveBadge';
import { THEME_WORKSHEETS, TITLE_MAX, WORKSHEET_KINDS, type Module, type Traject, type WorksheetKind, type WorksheetSummary } from '../../../../shared/sos/types';
import { useAutosave, newId, type Update } from './useAutosave';
import { NewSheetForm } from './CaseSheets';
import { FormNotice, ServerFieldError, serverFieldProps, useServerFieldErrors, type ServerFieldErrors } from '../../ui/serverErrors';
import './sos.css';
import { ClockInput, DateInput } from '../../ui/DateTimeInputs';

export default function TrajectScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const traject = useFormSource(apiQuery('sos.getTraject', { id }));
  return (
    <QueryView query={traject} loading={t('sos.loading')}>
      {(tr) => <TrajectEditor initial={tr} />}
    </QueryView>
  );
}

type Editable = Pick<Traject, 'title' | 'groupId' | 'trainerId' | 'participants' | 'caseId' | 'modules'>;

/** Emptied texts are fine; a module without a title keeps its old one. */
function clean(v: Editable, initial: Traject): Editable {
  return { ...v, title: v.title.trim() || initial.title, modules: v.modules.map((m) => ({ ...m, title: m.title.trim() || 'Module' })) };
}

function TrajectEditor({ initial }: { initial: Traject }) {
  const { t } = useTranslation();
  const go = useGo();
  // What the backend refuses (a trainer who left the group, a script gone) shows at its field.
  const server = useServerFieldErrors({
    fields: (name) => ['title', 'trainerId', 'caseId', 'participants'].includes(name) || /^modules\.\d+(\.(title|date|scriptId))?$/.test(name),
  });
  const save = useApiMutation('sos.saveTraject', { invalidate: 'mark', ...server.mutation });
  const remove = useApiMutation('sos.deleteTraject');
  const cases = useQuery(apiQuery('cases.list', {}));
  const { value, update, state, flush } = useAutosave<Editable>(
    { title: initial.title, groupId: initial.groupId, trainerId: initial.trainerId, participants: initial.participants, caseId: initial.caseId, modules: initial.modules },
    (v) => save.mutateAsync({ id: initial.id, ...clean(v, initial) }),
    () => [],
    NO_CHECKS,
  );
  const members = initial.members;
  const nameOf = (memberId: string) => members.find((m) => m.id === memberId)?.name ?? t('sos.traject.removed');
  const setModules = (fn: (ms: Module[]) => Module[]) => update((v) => ({ ...v, modules: fn(v.modules) }));
  const move = (i: number, by: -1 | 1) =>
    setModules((ms) => {
      const j = i + by;
      if (j < 0 || j >= ms.length) return ms;
      const next = [...ms];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });

  return (
    <section className="page sos-traject" aria-labelledby="traject-title">
      <button type="button" className="btn-back" onClick={() => go(paths.trajects())}>
        ← {t('sos.traject.back')}
      </button>
      <header className="page-head">
        <div>
          <p className="kicker">
            <span className="tag tag-sos">Signs of Safety</span> <span className="muted">{initial.groupName}</span>
          </p>
          <h1 id="traject-title">{value.title}</h1>
        </div>
        <div className="page-actions row-actions">
          <SaveBadge state={state} />
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => {
              if (window.confirm(t('sos.traject.confirmDelete'))) remove.mutate({ id: initial.id }, { onSuccess: () => go(paths.trajects()) });
            }}
          >
            {t('sos.traject.delete')}
          </button>
        </div>
      </header>

      <FormNotice notice={server.notice} onClose={server.clear} />
      <div className="panel sos-setup">
        <div className="sos-setup-grid">
          <label className="field">
            <span className="field-label">{t('sos.trajects.name')}</span>
            <input value={value.title} maxLength={TITLE_MAX} onChange={(e) => update((v) => ({ ...v, title: e.target.value }))} {...serverFieldProps(server, 'title')} />
            <ServerFieldError server={server} name="title" />
          </label>
          <label className="field">
            <span className="field-label">{t('sos.traject.trainer')}</span>
            <select aria-label={t('sos.traject.trainer')} {...serverFieldProps(server, 'trainerId')} value={value.trainerId ?? ''} onChange={(e) => update((v) => ({ ...v, trainerId: e.target.value || null, participants: v.participants.filter((p) => p !== e.target.value) }))}>
              <option value="">{t('sos.traject.nobody')}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            <ServerFieldError server={server} name="trainerId" />
          </label>
          <label className="field">
            <span className="field-label">{t('sos.traject.case')}</span>
            <select aria-label={t('sos.traject.case')} {...serverFieldProps(server, 'caseId')} value={value.caseId ?? ''} onChange={(e) => update((v) => ({ ...v, caseId: e.target.value || null }))}>
              <option value="">{t('sos.traject.noCase')}</option>
              {(cases.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.codeName}
                </option>
              ))}
            </select>
            <ServerFieldError server={server} name="caseId" />
          </label>
        </div>
        <fieldset className="sos-participants">
          <legend>{t('sos.traject.participants')}</legend>
          {members
            .filter((m) => m.id !== value.trainerId)
            .map((m) => (
              <label key={m.id} className="check">
                <input
                  type="checkbox"
                  checked={value.participants.includes(m.id)}
                  onChange={(e) => update((v) => ({ ...v, participants: e.target.checked ? [...v.participants, m.id] : v.participants.filter((p) => p !== m.id) }))}
                />
                {m.name}
              </label>
            ))}
          <ServerFieldError server={server} name="participants" />
        </fieldset>
      </div>

      <h2 className="section-title">{t('sos.traject.modules')}</h2>
      <ol className="sos-modules">
        {value.modules.map((m, i) => (
          <li key={m.id}>
            <ModuleCard
              trajectId={initial.id}
              traject={value}
              module={m}
              index={i}
              count={value.modules.length}
              nameOf={nameOf}
              update={(fn) => setModules((ms) => ms.map((x) => (x.id === m.id ? fn(x) : x)))}
              move={(by) => move(i, by)}
              remove={() => setModules((ms) => ms.filter((x) => x.id !== m.id))}
              previous={value.modules[i - 1] ?? null}
              flush={flush}
              server={server}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn"
        onClick={() =>
          setModules((ms) => [
            ...ms,
            { id: newId(), theme: null, title: t('sos.traject.newModule'), date: null, scriptId: 'sos-groepssupervisie', worksheets: ['map'], sessionId: null, assignments: [], evaluations: [] },
          ])
        }
      >
        + {t('sos.traject.add')}
      </button>
    </section>
  );
}

function ModuleCard({
  trajectId,
  traject,
  module: m,
  index,
  count,
  nameOf,
  update,
  move,
  remove,
  flush,
  previous,
  server,
}: {
  trajectId: string;
  traject: Editable;
  module: Module;
  index: number;
  count: number;
  nameOf: (id: string) => string;
  update: Update<Module>;
  move: (by: -1 | 1) => void;
  remove: () => void;
  flush: () => void;
  previous: Module | null;
  server: Pick<ServerFieldErrors, 'errorOf'>;
}) {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const scripts = useQuery(apiQuery('scripts.list', { format: 'sos' }));
  const sheets = useQuery(apiQuery('sos.listWorksheets', { trajectId }));
  const mine = (sheets.data ?? []).filter((w) => w.moduleId === m.id);
  const [open, setOpen] = useState(index === 0);
  const n = index + 1;
  return (
    <details className="panel sos-module" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={`module-${n}`}>
      <summary>
        <span className="sos-module-n">{n}</span>
        <span className="sos-module-title">{m.title}</span>
        {m.date && <span className="tag">{formatDate(m.date, i18n.language)}</span>}
        {m.sessionId && <span className="tag tag-ok">{t('sos.traject.bijeenkomst')}</span>}
      </summary>
      <div className="sos-module-body">
        {previous && previous.assignments.some((a) => a.plan || a.report) && (
          <div className="sos-previous">
            <strong>{t('sos.traject.previous', { n: n - 1 })}</strong>
            <ul>
              {previous.assignments
                .filter((a) => a.plan || a.report)
                .map((a) => (
                  <li key={a.memberId}>
                    <strong>{nameOf(a.memberId)}</strong>: {a.plan}
                    {a.report && <> — {a.report}</>}
                  </li>
                ))}
            </ul>
          </div>
        )}
        <ServerFieldError server={server} name={`modules.${index}`} />
        <div className="sos-setup-grid">
          <label className="field field-grow">
            <span className="field-label">{t('sos.traject.moduleTitle', { n })}</span>
            <input value={m.title} maxLength={TITLE_MAX} onChange={(e) => update((x) => ({ ...x, title: e.target.value }))} {...serverFieldProps(server, `modules.${index}.title`)} />
            <ServerFieldError server={server} name={`modules.${index}.title`} />
          </label>
          <label className="field">
            <span className="field-label">{t('sos.traject.date')}</span>
            <DateInput value={m.date ?? ''} onValue={(v) => update((x) => ({ ...x, date: v || null }))} {...serverFieldProps(server, `modules.${index}.date`)} />
            <ServerFieldError server={server} name={`modules.${index}.date`} />
          </label>
          <label className="field">
            <span className="field-label">{t('sos.traject.script')}</span>
            <select aria-label={t('sos.traject.script')} {...serverFieldProps(server, `modules.${index}.scriptId`)} value={m.scriptId} onChange={(e) => update((x) => ({ ...x, scriptId: e.target.value }))}>
              {(scripts.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} ({s.totalMinutes}′)
                </option>
              ))}
            </select>
            <ServerFieldError server={server} name={`modules.${index}.scriptId`} />
          </label>
        </div>
        <div className="row-actions">
          <button type="button" className="btn btn-small" onClick={() => go(paths.script(m.scriptId))}>
            {t('sos.traject.openScript')}
          </button>
          <button type="button" className="btn btn-small" disabled={index === 0} onClick={() => move(-1)}>
            ↑ {t('sos.traject.up')}
          </button>
          <button type="button" className="btn btn-small" disabled={index === count - 1} onClick={() => move(1)}>
            ↓ {t('sos.traject.down')}
          </button>
          <button type="button" className="btn btn-small btn-danger" onClick={remove}>
            {t('sos.traject.remove')}
          </button>
        </div>
        <fieldset className="sos-kinds">
          <legend>{t('sos.traject.worksheets')}</legend>
          {WORKSHEET_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={m.worksheets.includes(k)}
                onChange={(e) => update((x) => ({ ...x, worksheets: e.target.checked ? [...x.worksheets, k] : x.worksheets.filter((w) => w !== k) }))}
              />
              {t(`sos.kinds.${k}`)}
            </label>
          ))}
        </fieldset>

        <Bijeenkomst traject={traject} trajectId={trajectId} module={m} update={update} nameOf={nameOf} flush={flush} />
        <Sheets trajectId={trajectId} caseId={traject.caseId} module={m} sheets={mine} />
        <Assignments participants={traject.participants} module={m} update={update} nameOf={nameOf} />
        <Evaluations participants={traject.participants} module={m} update={update} nameOf={nameOf} />
      </div>
    </details>
  );
}

function Bijeenkomst({ traject, trajectId, module: m, update, nameOf, flush }: { traject: Editable; trajectId: string; module: Module; update: Update<Module>; nameOf: (id: string) => string; flush: () => void }) {
  const { t } = useTranslation();
  const go = useGo();
  const plan = useApiMutation('sessions.plan');
  const link = useApiMutation('sos.linkSession');
  const [start, setStart] = useState('09:30');
  const [end, setEnd] = useState('12:30');
  const [inbrenger, setInbrenger] = useState('');
  if (m.sessionId) {
    const sessionId = m.sessionId;
    return (
      <div className="sos-session">
        <h3>{t('sos.traject.bijeenkomst')}</h3>
        <p className="muted">{t('sos.traject.sessionPlanned')}</p>
        <Attendance sessionId={sessionId} />
        <div className="row-actions">
          <button type="button" className="btn" onClick={() => go(paths.session(sessionId))}>
            {t('sos.traject.openSession')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => go(paths.console(sessionId))}>
            {t('sos.traject.leadSession')}
          </button>
        </div>
      </div>
    );
  }
  const ready = traject.trainerId !== null && traject.participants.length > 0;
  const who = inbrenger || traject.participants[0] || '';
  return (
    <div className="sos-session">
      <h3>{t('sos.traject.bijeenkomst')}</h3>
      {!ready ? (
        <p className="hint-gentle">{t('sos.traject.needTrainer')}</p>
      ) : !m.date ? (
        <p className="hint-gentle">{t('sos.traject.needDate')}</p>
      ) : (
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            flush();
            plan.mutate(
              {
                scriptId: m.scriptId,
                plan: {
                  groupId: traject.groupId,
                  date: m.date!,
                  startTime: start,
                  endTime: end,
                  roles: { gespreksleider: traject.trainerId!, inbrenger: who, notulist: null, tijdbewaker: null },
                  caseId: traject.caseId,
                  leervraag: '',
                },
              },
              {
                onSuccess: (s) =>
                  link.mutate({ trajectId, moduleId: m.id, sessionId: s.id }, { onSuccess: () => update((x) => ({ ...x, sessionId: s.id, date: s.date })) }),
              },
            );
          }}
        >
          <label className="field">
            <span className="field-label">{t('sos.traject.start')}</span>
            <ClockInput value={start} onValue={setStart} />
          </label>
          <label className="field">
            <span className="field-label">{t('sos.traject.end')}</span>
            <ClockInput value={end} onValue={setEnd} />
          </label>
          <label className="field">
            <span className="field-label">{t('sos.traject.inbrenger')}</span>
            <select aria-label={t('sos.traject.inbrenger')} value={who} onChange={(e) => setInbrenger(e.target.value)}>
              {traject.participants.map((p) => (
                <option key={p} value={p}>
                  {nameOf(p)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-primary" disabled={plan.isPending || link.isPending || start >= end}>
            {t('sos.traject.planSession')}
          </button>
        </form>
      )}
    </div>
  );
}

/** Who attended the module's bijeenkomst and the hours that count for SKJ (recorded on the session). */
function Attendance({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const session = useQuery({ ...apiQuery('sessions.get', { id: sessionId }), meta: { toast: false } });
  if (!session.data) return null;
  const s = session.data;
  const present = s.learning.attendance.filter((a) => a.present).length;
  const hours = s.hours.filter((h) => h.hours > 0);
  return (
    <p className="sos-attendance">
      {t('sos.traject.attendance', { present, total: s.learning.attendance.length })}
      {hours.length > 0 && <> · {t('sos.traject.hours', { list: hours.map((h) => t('sos.traject.hoursOf', { name: s.members.find((m) => m.id === h.memberId)?.name ?? '', hours: formatNumber(h.hours, i18n.language) })).join(', ') })}</>}
    </p>
  );
}

function Sheets({ trajectId, caseId, module: m, sheets }: { trajectId: string; caseId: string | null; module: Module; sheets: WorksheetSummary[] }) {
  const { t } = useTranslation();
  const go = useGo();
  const kinds = m.worksheets.length ? m.worksheets : (m.theme ? THEME_WORKSHEETS[m.theme] : ['map' as WorksheetKind]);
  return (
    <div className="sos-sheets">
      <h3>{t('sos.traject.sheets')}</h3>
      {sheets.length === 0 ? (
        <p className="muted">{t('sos.traject.noSheets')}</p>
      ) : (
        <ul className="sos-sheet-list">
          {sheets.map((w) => (
            <li key={w.id}>
              <button type="button" className="btn-link" onClick={() => go(paths.worksheet(w.id))}>
                <span className="tag tag-sos">{t(`sos.kinds.${w.kind}`)}</span> {w.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {caseId === null ? (
        <p className="hint-gentle">{t('sos.traject.needCase')}</p>
      ) : (
        <NewSheetForm caseId={caseId} kinds={kinds} trajectId={trajectId} moduleId={m.id} onCreated={(w) => go(paths.worksheet(w.id))} />
      )}
    </div>
  );
}

function Assignments({ participants, module: m, update, nameOf }: { participants: string[]; module: Module; update: Update<Module>; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const of = (id: string) => m.assignments.find((a) => a.memberId === id) ?? { memberId: id, plan: '', report: '', reflection: '' };
  const set = (id: string, patch: Partial<Module['assignments'][number]>) =>
    update((x) => ({ ...x, assignments: [...x.assignments.filter((a) => a.memberId !== id), { ...of(id), ...x.assignments.find((a) => a.memberId === id), ...patch }] }));
  return (
    <div className="sos-assignments">
      <h3>{t('sos.traject.assignments')}</h3>
      <p className="muted">{t('sos.traject.assignmentsHelp')}</p>
      <table className="table sos-table">
        <thead>
          <tr>
            <th scope="col">{t('sos.traject.participants')}</th>
            <th scope="col">{t('sos.traject.plan')}</th>
            <th scope="col">{t('sos.traject.report')}</th>
            <th scope="col">{t('sos.traject.reflection')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p}>
              <th scope="row">{nameOf(p)}</th>
              {(['plan', 'report', 'reflection'] as const).map((k) => (
                <td key={k}>
                  <textarea aria-label={`${t(`sos.traject.${k}`)}: ${nameOf(p)}`} rows={2} maxLength={2000} value={of(p)[k]} onChange={(e) => set(p, { [k]: e.target.value })} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Evaluations({ participants, module: m, update, nameOf }: { participants: string[]; module: Module; update: Update<Module>; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const of = (id: string) => m.evaluations.find((a) => a.memberId === id) ?? { memberId: id, helped: '', change: '', score: null, reason: '' };
  const set = (id: string, patch: Partial<Module['evaluations'][number]>) =>
    update((x) => ({ ...x, evaluations: [...x.evaluations.filter((a) => a.memberId !== id), { ...of(id), ...x.evaluations.find((a) => a.memberId === id), ...patch }] }));
  return (
    <div className="sos-evaluations">
      <h3>{t('sos.traject.evaluations')}</h3>
      <table className="table sos-table">
        <thead>
          <tr>
            <th scope="col">{t('sos.traject.participants')}</th>
            <th scope="col">{t('sos.traject.helped')}</th>
            <th scope="col">{t('sos.traject.change')}</th>
            <th scope="col">{t('sos.traject.score')}</th>
            <th scope="col">{t('sos.traject.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p}>
              <th scope="row">{nameOf(p)}</th>
              <td>
                <textarea aria-label={`${t('sos.traject.helped')}: ${nameOf(p)}`} rows={2} maxLength={500} value={of(p).helped} onChange={(e) => set(p, { helped: e.target.value })} />
              </td>
              <td>
                <textarea aria-label={`${t('sos.traject.change')}: ${nameOf(p)}`} rows={2} maxLength={500} value={of(p).change} onChange={(e) => set(p, { change: e.target.value })} />
              </td>
              <td>
                <select aria-label={`${t('sos.traject.score')}: ${nameOf(p)}`} value={of(p).score ?? ''} onChange={(e) => set(p, { score: e.target.value === '' ? null : Number(e.target.value) })}>
                  <option value="">{t('sos.traject.noScore')}</option>
                  {Array.from({ length: 11 }, (_, i) => (
                    <option key={i} value={i}>
                      {i}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <textarea aria-label={`${t('sos.traject.reason')}: ${nameOf(p)}`} rows={2} maxLength={500} value={of(p).reason} onChange={(e) => set(p, { reason: e.target.value })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
