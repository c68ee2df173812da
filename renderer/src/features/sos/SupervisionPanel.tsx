import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { GuardNotice, useTextChecks } from '../sessions/checks';
import { SaveBadge } from '../sessions/SaveBadge';
import { ScoreDistribution } from '../sessions/ScoreDistribution';
import { supervisionTextFields } from '../../../../shared/sos/fields';
import { checkDangerStatement, checkRules, checkSafetyGoal } from '../../../../shared/sos/checks';
import { TEXT_MAX, type Supervision } from '../../../../shared/sos/types';
import type { SessionDetail } from '../../../../shared/sessions/types';
import { useAutosave } from './useAutosave';
import { MapListsEditor, SheetErrors } from './SheetEditors';
import { FormNotice, ServerFieldError, serverFieldProps, useServerFieldErrors } from '../../ui/serverErrors';
import { PracticeNotice } from './Practice';
import { NewSheetForm } from './CaseSheets';
import { WorksheetEditor } from './WorksheetScreen';
import './sos.css';

export type SupervisionTab = 'map' | 'statements' | 'scale' | 'close' | 'sheet';
const TABS: SupervisionTab[] = ['map', 'statements', 'scale', 'close', 'sheet'];

/** Which part of the supervision a block of the script is about: by its canvas section, and the last block closes. */
export function tabFor(session: Pick<SessionDetail, 'script' | 'run'>): SupervisionTab {
  const blocks = session.script.blocks;
  const block = blocks[session.run.blockIndex];
  if (!block) return 'map';
  if (block.section === 'schaal') return 'scale';
  if (block.section === 'wat-moet-er-gebeuren') return 'statements';
  if (block.section === 'zorgen' || block.section === 'wat-gaat-goed') return 'map';
  if (/waarderend/i.test(block.title) || (session.run.blockIndex === blocks.length - 1 && blocks.length > 1)) return 'close';
  return 'map';
}

/**
 * Signs of Safety on the console: the map, danger statement and safety goal, silent scaling by the
 * members present, the appreciative close, and a worksheet of the case to show on the beamer. Its state
 * lives in the sos area (`sos.saveSupervision`), keyed by the bijeenkomst.
 */
export function SupervisionPanel({ session, pseudonyms }: { session: SessionDetail; pseudonyms: string[] }) {
  const { t } = useTranslation();
  const state = useFormSource(apiQuery('sos.getSupervision', { sessionId: session.id }));
  return (
    <QueryView query={state} loading={t('sos.loading')}>
      {(s) => <Panel session={session} initial={s} pseudonyms={pseudonyms} />}
    </QueryView>
  );
}

function clean(s: Supervision): Supervision {
  const items = (xs: string[]) => xs.filter((x) => x.trim());
  const m = s.map;
  return { ...s, map: { ...m, harm: items(m.harm), danger: items(m.danger), complicating: items(m.complicating), strengths: items(m.strengths), safety: items(m.safety), goals: items(m.goals), nextSteps: items(m.nextSteps) } };
}

/**
 * Where a path of the saved supervision shows: `map.harm.2` under its list (named as in the worksheet's
 * map, `body.harm`), a score's problem under that member's score (`score.<memberId>`), texts by their path.
 */
export function supervisionFieldOf(path: string, sent: Supervision): string | null {
  const p = path.replace(/^supervision\./, '');
  const map = /^map\.(\w+)/.exec(p);
  if (map) return `body.${map[1]}`;
  const score = /^scores\.(\d+)/.exec(p);
  if (score) {
    const memberId = sent.scores[Number(score[1])]?.memberId;
    return memberId ? `score.${memberId}` : null;
  }
  return p;
}

const SUPERVISION_FIELDS = /^(dangerStatement|safetyGoal|close\.(wentWell|howDone|familyWouldSay|closerTo10)|worksheetId|score\.[^.]+|body\.\w+)$/;

function Panel({ session, initial, pseudonyms }: { session: SessionDetail; initial: Supervision; pseudonyms: string[] }) {
  const { t } = useTranslation();
  // What the backend refuses shows at its field (issue 15); the rest in the panel's notice.
  const sent = useRef<Supervision>(initial);
  const server = useServerFieldErrors({ idPrefix: 'supervision-', fields: (name) => SUPERVISION_FIELDS.test(name), toField: (path) => supervisionFieldOf(path, sent.current) });
  const sheetErrors = useMemo(() => ({ errorOf: server.errorOf, clearField: server.clearField, idPrefix: 'supervision-' }), [server.errorOf, server.clearField]);
  const save = useApiMutation('sos.saveSupervision', { invalidate: 'mark', ...server.mutation });
  const checks = useTextChecks(pseudonyms);
  const words = useQuery(apiQuery('sos.checkWords', {}));
  const rules = useMemo(() => checkRules(words.data ?? [], pseudonyms), [words.data, pseudonyms]);
  const sheets = useQuery({ ...apiQuery('sos.listWorksheets', { caseId: session.caseId ?? '' }), enabled: session.caseId !== null });
  const { value: s, update, state } = useAutosave(
    initial,
    (v) => {
      sent.current = v;
      return save.mutateAsync({ sessionId: session.id, supervision: clean(v) });
    },
    (v) => supervisionTextFields(v).map((f) => f.text),
    checks,
  );
  const auto = tabFor(session);
  const [tab, setTab] = useState<SupervisionTab>(auto);
  const [editing, setEditing] = useState(false);
  useEffect(() => setTab(auto), [auto, session.run.blockIndex]);
  const present = session.members.filter((m) => session.learning.attendance.some((a) => a.memberId === m.id && a.present));
  const scored = s.scores.filter((x) => present.some((m) => m.id === x.memberId));
  const allScored = present.length > 0 && scored.length >= present.length;

  const setScore = (memberId: string, patch: Partial<Supervision['scores'][number]>) =>
    update((v) => {
      const old = v.scores.find((x) => x.memberId === memberId);
      const rest = v.scores.filter((x) => x.memberId !== memberId);
      if (patch.score === undefined && !old) return v;
      return { ...v, scores: [...rest, { memberId, score: old?.score ?? 0, reason: old?.reason ?? '', ...patch }] };
    });
  const text = (name: string, label: string, value: string, onChange: (v: string) => void, rows = 3) => (
    <div className="field field-grow">
      <label className="field-label">
        {label}
        <textarea rows={rows} maxLength={TEXT_MAX} value={value} onChange={(e) => (onChange(e.target.value), server.clearField(name))} {...serverFieldProps(server, name, 'supervision-')} />
      </label>
      <GuardNotice text={value} identifier={checks.identifier(value)} onRephrase={onChange} />
      <ServerFieldError server={server} name={name} idPrefix="supervision-" />
    </div>
  );

  return (
    <div className="sos-supervision">
      <div className="panel-head">
        <div role="tablist" aria-label="Signs of Safety" className="sos-tabs">
          {TABS.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? 'sos-tab active' : 'sos-tab'} onClick={() => setTab(k)}>
              {t(`sos.supervision.tabs.${k}`)}
            </button>
          ))}
        </div>
        <SaveBadge state={state} />
      </div>
      <PracticeNotice />
      <FormNotice notice={server.notice} onClose={server.clear} />
      <SheetErrors.Provider value={sheetErrors}>
      <div role="tabpanel" aria-label={t(`sos.supervision.tabs.${tab}`)}>
        {tab === 'map' && <MapListsEditor body={s.map} update={(fn) => update((v) => ({ ...v, map: fn(v.map) }))} checks={checks} />}
        {tab === 'statements' && (
          <div className="sos-two">
            <div>
              {text('dangerStatement', t('sos.supervision.dangerStatement'), s.dangerStatement, (v) => update((x) => ({ ...x, dangerStatement: v })), 4)}
              <HintList hints={checkDangerStatement({ who: 'x', behaviour: s.dangerStatement, impact: s.dangerStatement }, rules).filter((h) => h.code !== 'missing-who')} />
            </div>
            <div>
              {text('safetyGoal', t('sos.supervision.safetyGoal'), s.safetyGoal, (v) => update((x) => ({ ...x, safetyGoal: v })), 4)}
              <HintList hints={checkSafetyGoal({ parents: s.safetyGoal, child: '', professionals: '', duration: s.safetyGoal }, rules)} />
            </div>
          </div>
        )}
        {tab === 'scale' && (
          <div className="sos-scale">
            <p className="sos-anchors">
              <span>{t('sos.map.anchor0')}</span>
              <span>{t('sos.map.anchor10')}</span>
            </p>
            <p className="muted">{t('sos.supervision.silent')}</p>
            {present.length === 0 ? (
              <p className="hint-gentle">{t('sos.supervision.nonepresent')}</p>
            ) : (
              <div className="scores">
                {present.map((m) => {
                  const mine = s.scores.find((x) => x.memberId === m.id);
                  return (
                    <label key={m.id} className="score">
                      {m.name}
                      <input
                        type="text"
                        inputMode="numeric"
                        aria-label={t('sos.supervision.scoreOf', { name: m.name })}
                        className={mine ? 'scored' : ''}
                        value={mine ? String(mine.score) : ''}
                        onChange={(e) => {
                          const n = Number(e.target.value.replace(/\D/g, ''));
                          if (e.target.value.trim() === '') update((v) => ({ ...v, scores: v.scores.filter((x) => x.memberId !== m.id) }));
                          else if (Number.isInteger(n) && n >= 0 && n <= 10) setScore(m.id, { score: n });
                        }}
                      />
                    </label>
                  );
                })}
              </div>
            )}
            <ScoreDistribution scores={scored.map((x) => x.score)} expected={present.length} />
            {allScored && (
              <div className="sos-reasons">
                {present.map((m) => {
                  const mine = s.scores.find((x) => x.memberId === m.id);
                  return (
                    <label key={m.id} className="field">
                      <span className="field-label">
                        {t('sos.supervision.reasonOf', { name: m.name })} ({mine?.score})
                      </span>
                      <input value={mine?.reason ?? ''} maxLength={500} onChange={(e) => (setScore(m.id, { reason: e.target.value }), server.clearField(`score.${m.id}`))} {...serverFieldProps(server, `score.${m.id}`, 'supervision-')} />
                      <ServerFieldError server={server} name={`score.${m.id}`} idPrefix="supervision-" />
                    </label>
                  );
                })}
              </div>
            )}
          </div>
        )}
        {tab === 'close' && (
          <div className="sos-close">
            {text('close.wentWell', t('sos.supervision.close.wentWell'), s.close.wentWell, (v) => update((x) => ({ ...x, close: { ...x.close, wentWell: v } })))}
            {text('close.howDone', t('sos.supervision.close.howDone'), s.close.howDone, (v) => update((x) => ({ ...x, close: { ...x.close, howDone: v } })))}
            {text('close.familyWouldSay', t('sos.supervision.close.familyWouldSay'), s.close.familyWouldSay, (v) => update((x) => ({ ...x, close: { ...x.close, familyWouldSay: v } })))}
            <label className="field">
              <span className="field-label">{t('sos.supervision.close.ownScore')}</span>
              <select aria-label={t('sos.supervision.close.ownScore')} value={s.close.ownScore ?? ''} onChange={(e) => update((x) => ({ ...x, close: { ...x.close, ownScore: e.target.value === '' ? null : Number(e.target.value) } }))}>
                <option value="">–</option>
                {Array.from({ length: 11 }, (_, i) => (
                  <option key={i} value={i}>
                    {i}
                  </option>
                ))}
              </select>
            </label>
            {text('close.closerTo10', t('sos.supervision.close.closerTo10'), s.close.closerTo10, (v) => update((x) => ({ ...x, close: { ...x.close, closerTo10: v } })))}
          </div>
        )}
        {tab === 'sheet' && (
          <div className="sos-sheet-tab">
            {session.caseId === null ? (
              <p className="muted">{t('sos.supervision.noCase')}</p>
            ) : (
              <>
                <div className="sos-sheet-pick">
                  {(sheets.data ?? []).length === 0 ? (
                    <p className="muted">{t('sos.supervision.noCaseSheets')}</p>
                  ) : (
                    <label className="field">
                      <span className="field-label">{t('sos.supervision.sheet')}</span>
                      <select
                        value={s.worksheetId ?? ''}
                        {...serverFieldProps(server, 'worksheetId', 'supervision-')}
                        onChange={(e) => {
                          server.clearField('worksheetId');
                          update((v) => ({ ...v, worksheetId: e.target.value || null }));
                          if (!e.target.value) setEditing(false);
                        }}
                      >
                        <option value="">{t('sos.supervision.noSheet')}</option>
                        {(sheets.data ?? []).map((w) => (
                          <option key={w.id} value={w.id}>
                            {t(`sos.kinds.${w.kind}`)}: {w.title}
                          </option>
                        ))}
                      </select>
                      <ServerFieldError server={server} name="worksheetId" idPrefix="supervision-" />
                    </label>
                  )}
                  {s.worksheetId && (
                    <button type="button" className="btn" aria-expanded={editing} onClick={() => setEditing((x) => !x)}>
                      {editing ? t('sos.supervision.closeSheet') : t('sos.supervision.openSheet')}
                    </button>
                  )}
                </div>
                {s.worksheetId && editing && <WorksheetEditor id={s.worksheetId} embedded />}
                <details className="sos-new-in-block" open={(sheets.data ?? []).length === 0}>
                  <summary>{t('sos.supervision.newSheet')}</summary>
                  <NewSheetForm
                    caseId={session.caseId}
                    onCreated={(w) => {
                      update((v) => ({ ...v, worksheetId: w.id }));
                      setEditing(true);
                    }}
                  />
                </details>
              </>
            )}
          </div>
        )}
      </div>
      </SheetErrors.Provider>
    </div>
  );
}

function HintList({ hints }: { hints: ReturnType<typeof checkSafetyGoal> }) {
  const { t } = useTranslation();
  if (!hints.length) return null;
  return (
    <ul className="sos-hints">
      {hints.map((h, i) => (
        <li key={i} data-hint={h.code}>
          <strong>{t(`sos.statements.hintCodes.${h.code}`)}</strong>
          {h.phrase && <> “{h.phrase}”</>}: {h.explanation}
        </li>
      ))}
    </ul>
  );
}
