import { useTranslation } from 'react-i18next';
import { createContext, useContext, type ReactNode } from 'react';
import { ServerFieldError, serverFieldProps, type ServerFieldErrors } from '../../ui/serverErrors';
import { ListEditor, TextListEditor } from '../../ui/ListEditor';
import { Field } from '../../ui/Field';
import { GuardNotice, type TextChecks } from '../sessions/checks';
import { ScoreDistribution } from '../sessions/ScoreDistribution';
import { checkDangerStatement, checkSafetyGoal, dangerSentence, goalSentence, type CheckRules, type Hint } from '../../../../shared/sos/checks';
import { addFigure, addPanel, dragFigure, movePanel, nudgeFigure, removeFigure, removePanel, setText } from '../../../../shared/sos/storyboard';
import {
  FIGURE_KINDS,
  LINE_MAX,
  MAP_COLUMNS,
  RINGS,
  type MapBody,
  type SafetyCirclesBody,
  type SafetyPlanBody,
  type StatementsBody,
  type ThreeHousesBody,
  type WordsPicturesBody,
} from '../../../../shared/sos/types';
import { CirclesSvg } from './Circles';
import { PanelSvg } from './Figure';
import { newId, type Update } from './useAutosave';

/**
 * What the backend refused in the worksheet, by field name on screen (`body.dangers.0.behaviour`, a list
 * by its own name `body.harm`): the editors' fields show it under themselves (issue 15).
 */
export const SheetErrors = createContext<Pick<ServerFieldErrors, 'errorOf' | 'clearField'> & { idPrefix: string }>({ errorOf: () => undefined, clearField: () => {}, idPrefix: '' });

/** The backend's message for a named field of the sheet, and the props that link the control to it. */
function useSheetError(name: string | undefined) {
  const errors = useContext(SheetErrors);
  return {
    props: name ? serverFieldProps(errors, name, errors.idPrefix) : {},
    message: name ? <ServerFieldError server={errors} name={name} idPrefix={errors.idPrefix} /> : null,
    clear: () => name && errors.clearField(name),
  };
}

export interface EditorProps<B> {
  body: B;
  update: Update<B>;
  checks: TextChecks;
  rules: CheckRules;
  roster: Array<{ id: string; role: string; pseudonym: string }>;
}

/** The guard and the identifier check under one text. */
function Checks({ text, checks, onRephrase }: { text: string; checks: TextChecks; onRephrase: (v: string) => void }) {
  return <GuardNotice text={text} identifier={checks.identifier(text)} onRephrase={onRephrase} />;
}

function TextArea({ label, value, onChange, checks, rows = 2, name }: { label: string; value: string; onChange: (v: string) => void; checks: TextChecks; rows?: number; name?: string }) {
  const refused = useSheetError(name);
  return (
    <Field label={label} grow>
      {(p) => (
        <>
          <textarea {...p} {...refused.props} rows={rows} value={value} maxLength={LINE_MAX} onChange={(e) => (onChange(e.target.value), refused.clear())} />
          <Checks text={value} checks={checks} onRephrase={onChange} />
          {refused.message}
        </>
      )}
    </Field>
  );
}

function Line({ label, value, onChange, checks, name }: { label: string; value: string; onChange: (v: string) => void; checks: TextChecks; name?: string }) {
  const refused = useSheetError(name);
  return (
    <Field label={label} grow>
      {(p) => (
        <>
          <input {...p} {...refused.props} value={value} maxLength={LINE_MAX} onChange={(e) => (onChange(e.target.value), refused.clear())} />
          <Checks text={value} checks={checks} onRephrase={onChange} />
          {refused.message}
        </>
      )}
    </Field>
  );
}

/** A list of texts; what the backend refused in one of its items shows under the list (empty items are not sent). */
function List({ label, items, onChange, checks, wrap, name }: { label: string; items: string[]; onChange: (fn: (xs: string[]) => string[]) => void; checks: TextChecks; wrap?: boolean; name?: string }) {
  const refused = useSheetError(name);
  return (
    <div className="sos-list" {...(refused.message ? { 'aria-describedby': refused.props['aria-describedby'], tabIndex: -1 } : {})}>
      <TextListEditor
        wrap={wrap}
        label={label}
        items={items}
        maxLength={LINE_MAX}
        onChange={(fn) => (onChange(fn), refused.clear())}
        check={(item, i) => <Checks text={item} checks={checks} onRephrase={(v) => onChange((xs) => xs.map((x, j) => (j === i ? v : x)))} />}
      />
      {refused.message}
    </div>
  );
}

// ── The map ────────────────────────────────────────────────────────────────────────────────────────
type MapLists = Omit<MapBody, 'kind' | 'scores'>;
export function MapListsEditor<B extends MapLists>({ body, update, checks }: Pick<EditorProps<B>, 'body' | 'update' | 'checks'>) {
  const { t } = useTranslation();
  return (
    <div className="sos-map-edit">
      {(Object.keys(MAP_COLUMNS) as Array<keyof typeof MAP_COLUMNS>).map((col) => (
        <section key={col} className={`sos-col sos-col-${col}`}>
          <h3>{t(`sos.map.${col}`)}</h3>
          {MAP_COLUMNS[col].map((part) => (
            <List key={part} wrap name={`body.${part}`} label={t(`sos.map.${part}`)} items={body[part]} checks={checks} onChange={(fn) => update((b) => ({ ...b, [part]: fn(b[part]) }))} />
          ))}
        </section>
      ))}
    </div>
  );
}

export function MapEditor(props: EditorProps<MapBody>) {
  const { t } = useTranslation();
  const { body, update, checks } = props;
  const setScore = (i: number, patch: Partial<MapBody['scores'][number]>) => update((b) => ({ ...b, scores: b.scores.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  return (
    <>
      <MapListsEditor body={body} update={update} checks={checks} />
      <section className="sos-scale panel">
        <h3>{t('sos.map.scale')}</h3>
        <p className="sos-anchors">
          <span>{t('sos.map.anchor0')}</span>
          <span>{t('sos.map.anchor10')}</span>
        </p>
        <ListEditor
          label={t('sos.map.scores')}
          rows={body.scores}
          rowKey={(_, i) => i}
          item={(s, i, remove) => (
            <>
              <input aria-label={`${t('sos.map.who')} ${i + 1}`} value={s.who} maxLength={60} onChange={(e) => setScore(i, { who: e.target.value })} className="sos-who" />
              <input aria-label={`${t('sos.map.score')} ${i + 1}`} type="number" min={0} max={10} value={s.score} onChange={(e) => setScore(i, { score: Math.max(0, Math.min(10, Math.round(Number(e.target.value) || 0))) })} className="sos-score" />
              <input aria-label={`${t('sos.map.reason')} ${i + 1}`} value={s.reason} maxLength={LINE_MAX} onChange={(e) => setScore(i, { reason: e.target.value })} />
              {remove}
              <Checks text={s.reason} checks={checks} onRephrase={(v) => setScore(i, { reason: v })} />
            </>
          )}
          onRemove={(i) => update((b) => ({ ...b, scores: b.scores.filter((_, j) => j !== i) }))}
          removeLabel={(s) => `${t('sos.statements.remove')}: ${s.who}`}
          add={{ label: t('sos.map.addScore'), onAdd: () => update((b) => ({ ...b, scores: [...b.scores, { who: `Deelnemer ${b.scores.length + 1}`, score: 5, reason: '' }] })) }}
        />
        {body.scores.length > 0 && <ScoreDistribution scores={body.scores.map((s) => s.score)} expected={body.scores.length} />}
        <p className="muted">{t('sos.map.noAverage')}</p>
      </section>
    </>
  );
}

// ── Danger statements, safety goals, bottom lines ─────────────────────────────────────────────────
function Hints({ hints, none }: { hints: Hint[]; none: string }) {
  const { t } = useTranslation();
  if (!hints.length) return <p className="sos-hints-ok" role="status">✓ {none}</p>;
  return (
    <ul className="sos-hints" aria-label={t('sos.statements.hints')}>
      {hints.map((h, i) => (
        <li key={i} data-hint={h.code}>
          <strong>{t(`sos.statements.hintCodes.${h.code}`)}</strong>
          {h.phrase && <> “{h.phrase}”</>}: {h.explanation}
        </li>
      ))}
    </ul>
  );
}

export function StatementsEditor({ body, update, checks, rules }: EditorProps<StatementsBody>) {
  const { t } = useTranslation();
  const setDanger = (id: string, patch: Partial<StatementsBody['dangers'][number]>) => update((b) => ({ ...b, dangers: b.dangers.map((d) => (d.id === id ? { ...d, ...patch } : d)) }));
  const setGoal = (id: string, patch: Partial<StatementsBody['goals'][number]>) => update((b) => ({ ...b, goals: b.goals.map((g) => (g.id === id ? { ...g, ...patch } : g)) }));
  return (
    <div className="sos-statements">
      <section>
        <h3>{t('sos.statements.dangers')}</h3>
        {body.dangers.map((d, i) => (
          <fieldset key={d.id} className="sos-builder" data-testid={`danger-${i}`}>
            <legend>{t('sos.statements.danger', { n: i + 1 })}</legend>
            <Line name={`body.dangers.${i}.who`} label={t('sos.statements.who')} value={d.who} checks={checks} onChange={(v) => setDanger(d.id, { who: v })} />
            <TextArea name={`body.dangers.${i}.behaviour`} label={t('sos.statements.behaviour')} value={d.behaviour} checks={checks} onChange={(v) => setDanger(d.id, { behaviour: v })} />
            <TextArea name={`body.dangers.${i}.impact`} label={t('sos.statements.impact')} value={d.impact} checks={checks} onChange={(v) => setDanger(d.id, { impact: v })} />
            <Hints hints={checkDangerStatement(d, rules)} none={t('sos.statements.noHints')} />
            {dangerSentence(d) && (
              <p className="sos-sentence">
                <span className="muted">{t('sos.statements.sentence')}:</span> {dangerSentence(d)}
              </p>
            )}
            <TextListEditor
              label={t('sos.statements.bottomLines')}
              placeholder={t('sos.statements.bottomLinesHelp')}
              items={body.bottomLines.filter((l) => l.dangerId === d.id).map((l) => l.text)}
              maxLength={LINE_MAX}
              onChange={(fn) =>
                update((b) => {
                  const mine = b.bottomLines.filter((l) => l.dangerId === d.id);
                  const next = fn(mine.map((l) => l.text));
                  const others = b.bottomLines.filter((l) => l.dangerId !== d.id);
                  return { ...b, bottomLines: [...others, ...next.map((text, j) => ({ id: mine[j]?.id ?? newId(), dangerId: d.id, text }))] };
                })
              }
            />
            <div className="row-actions">
              <button type="button" className="btn btn-small btn-danger" onClick={() => update((b) => ({ ...b, dangers: b.dangers.filter((x) => x.id !== d.id), bottomLines: b.bottomLines.filter((l) => l.dangerId !== d.id) }))}>
                {t('sos.statements.remove')}
              </button>
            </div>
          </fieldset>
        ))}
        <button type="button" className="btn" onClick={() => update((b) => ({ ...b, dangers: [...b.dangers, { id: newId(), who: '', behaviour: '', impact: '' }] }))}>
          {t('sos.statements.addDanger')}
        </button>
      </section>
      <section>
        <h3>{t('sos.statements.goals')}</h3>
        {body.goals.map((g, i) => (
          <fieldset key={g.id} className="sos-builder" data-testid={`goal-${i}`}>
            <legend>{t('sos.statements.goal', { n: i + 1 })}</legend>
            <TextArea name={`body.goals.${i}.parents`} label={t('sos.statements.parents')} value={g.parents} checks={checks} onChange={(v) => setGoal(g.id, { parents: v })} />
            <TextArea name={`body.goals.${i}.child`} label={t('sos.statements.child')} value={g.child} checks={checks} onChange={(v) => setGoal(g.id, { child: v })} />
            <TextArea name={`body.goals.${i}.professionals`} label={t('sos.statements.professionals')} value={g.professionals} checks={checks} onChange={(v) => setGoal(g.id, { professionals: v })} />
            <Line name={`body.goals.${i}.duration`} label={t('sos.statements.duration')} value={g.duration} checks={checks} onChange={(v) => setGoal(g.id, { duration: v })} />
            <Hints hints={checkSafetyGoal(g, rules)} none={t('sos.statements.noHintsGoal')} />
            {goalSentence(g) && (
              <p className="sos-sentence">
                <span className="muted">{t('sos.statements.sentence')}:</span> {goalSentence(g)}
              </p>
            )}
            <div className="row-actions">
              <button type="button" className="btn btn-small btn-danger" onClick={() => update((b) => ({ ...b, goals: b.goals.filter((x) => x.id !== g.id) }))}>
                {t('sos.statements.remove')}
              </button>
            </div>
          </fieldset>
        ))}
        <button type="button" className="btn" onClick={() => update((b) => ({ ...b, goals: [...b.goals, { id: newId(), parents: '', child: '', professionals: '', duration: '' }] }))}>
          {t('sos.statements.addGoal')}
        </button>
      </section>
    </div>
  );
}

// ── Drie Huizen ────────────────────────────────────────────────────────────────────────────────────
export function HousesEditor({ body, update, checks }: EditorProps<ThreeHousesBody>) {
  const { t } = useTranslation();
  return (
    <div className="sos-houses-edit">
      <Line name="body.child" label={t('sos.houses.child')} value={body.child} checks={checks} onChange={(v) => update((b) => ({ ...b, child: v }))} />
      <p className="muted">{t('sos.houses.verbatim')}</p>
      <div className="three-lists">
        {(['good', 'worries', 'dreams'] as const).map((h) => (
          <div key={h} className={`sos-house sos-house-${h}`}>
            <div className="sos-roof" aria-hidden="true" />
            <List wrap name={`body.${h}`} label={t(`sos.houses.${h}`)} items={body[h]} checks={checks} onChange={(fn) => update((b) => ({ ...b, [h]: fn(b[h]) }))} />
          </div>
        ))}
      </div>
      <label className="check sos-consent">
        <input type="checkbox" checked={body.consent} onChange={(e) => update((b) => ({ ...b, consent: e.target.checked }))} />
        {t('sos.houses.consent')}
      </label>
      {!body.consent && <p className="hint-gentle">{t('sos.houses.hidden')}</p>}
    </div>
  );
}

// ── Woord- en Beeldverhaal ─────────────────────────────────────────────────────────────────────────
export function StoryEditor({ body, update, checks }: EditorProps<WordsPicturesBody>) {
  const { t } = useTranslation();
  const panels = (fn: (p: WordsPicturesBody['panels']) => WordsPicturesBody['panels']) => update((b) => ({ ...b, panels: fn(b.panels) }));
  return (
    <div className="sos-story-edit">
      <Line name="body.title" label={t('sos.story.title')} value={body.title} checks={checks} onChange={(v) => update((b) => ({ ...b, title: v }))} />
      <ol className="sos-panels">
        {body.panels.map((p, i) => (
          <li key={p.id} className="sos-panel">
            <div className="panel-head">
              <h3>{t('sos.story.panel', { n: i + 1 })}</h3>
              <div className="row-actions">
                <button type="button" className="btn btn-small" disabled={i === 0} onClick={() => panels((ps) => movePanel(ps, p.id, -1))}>
                  ↑ {t('sos.story.earlier')}
                </button>
                <button type="button" className="btn btn-small" disabled={i === body.panels.length - 1} onClick={() => panels((ps) => movePanel(ps, p.id, 1))}>
                  ↓ {t('sos.story.later')}
                </button>
                <button type="button" className="btn btn-small btn-danger" onClick={() => panels((ps) => removePanel(ps, p.id))}>
                  {t('sos.story.removePanel')}
                </button>
              </div>
            </div>
            <div className="sos-panel-body">
              <div className="sos-panel-drawing">
                <PanelSvg
                  panel={p}
                  label={t('sos.story.panel', { n: i + 1 })}
                  figureLabel={(f, j) => t('sos.story.moveFigure', { n: j + 1, kind: t(`sos.story.figure.${f.kind}`), label: f.label ? ` “${f.label}”` : '' })}
                  onDrag={(j, grab, pointer) => panels((ps) => dragFigure(ps, p.id, j, grab, pointer))}
                  onNudge={(j, key, large) => {
                    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(key)) return false;
                    panels((ps) => nudgeFigure(ps, p.id, j, key, large) ?? ps);
                    return true;
                  }}
                />
                {p.figures.length > 0 && <p className="sos-drag-hint">{t('sos.story.dragHint')}</p>}
              </div>
              <div>
                <TextArea name={`body.panels.${i}.text`} label={t('sos.story.text', { n: i + 1 })} value={p.text} checks={checks} rows={3} onChange={(v) => panels((ps) => setText(ps, p.id, v))} />
                <div className="row-actions" role="group" aria-label={t('sos.story.figures')}>
                  {FIGURE_KINDS.map((k) => (
                    <button key={k} type="button" className="btn btn-small" onClick={() => panels((ps) => addFigure(ps, p.id, k))}>
                      {t('sos.story.addFigure', { kind: t(`sos.story.figure.${k}`) })}
                    </button>
                  ))}
                </div>
                <ul className="sos-figures">
                  {p.figures.map((f, j) => (
                    <li key={j}>
                      <span className="tag">{t(`sos.story.figure.${f.kind}`)}</span>
                      <input aria-label={`${t('sos.story.label')} ${j + 1}`} placeholder={t('sos.story.label')} value={f.label} maxLength={40} onChange={(e) => panels((ps) => ps.map((x) => (x.id === p.id ? { ...x, figures: x.figures.map((g, k) => (k === j ? { ...g, label: e.target.value } : g)) } : x)))} />
                      <button type="button" className="btn-icon" aria-label={`${t('sos.story.removeFigure')} ${j + 1}`} onClick={() => panels((ps) => removeFigure(ps, p.id, j))}>
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="btn" onClick={() => panels((ps) => addPanel(ps, newId()))}>
        {t('sos.story.addPanel')}
      </button>
    </div>
  );
}

// ── Veiligheidscirkels ─────────────────────────────────────────────────────────────────────────────
export function CirclesEditor({ body, update, checks, roster }: EditorProps<SafetyCirclesBody>) {
  const { t } = useTranslation();
  const setPerson = (id: string, patch: Partial<SafetyCirclesBody['people'][number]>) => update((b) => ({ ...b, people: b.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) }));
  const missing = roster.filter((r) => !body.people.some((p) => p.personId === r.id) && r.pseudonym !== body.child);
  return (
    <div className="sos-circles-edit">
      <div>
        <Line name="body.child" label={t('sos.circles.child')} value={body.child} checks={checks} onChange={(v) => update((b) => ({ ...b, child: v }))} />
        <ListEditor
          label={t('sos.circles.people')}
          rows={body.people}
          rowKey={(p) => p.id}
          item={(p, i, remove) => (
            <>
              <input aria-label={`${t('sos.circles.label')} ${i + 1}`} value={p.label} maxLength={60} onChange={(e) => setPerson(p.id, { label: e.target.value })} />
              <select aria-label={`${t('sos.circles.ring')} ${i + 1}`} value={p.ring} onChange={(e) => setPerson(p.id, { ring: Number(e.target.value) as 1 | 2 | 3 })}>
                {RINGS.map((r) => (
                  <option key={r} value={r}>
                    {t(`sos.circles.rings.${r}`)}
                  </option>
                ))}
              </select>
              <label className="take-along">
                <input type="checkbox" checked={p.inPlan} onChange={(e) => setPerson(p.id, { inPlan: e.target.checked })} />
                {t('sos.circles.inPlan')}
              </label>
              {remove}
              {p.inPlan && <input aria-label={`${t('sos.circles.part')} ${i + 1}`} placeholder={t('sos.circles.part')} value={p.part} maxLength={LINE_MAX} onChange={(e) => setPerson(p.id, { part: e.target.value })} className="sos-part-input" />}
              {(checks.identifier(p.label) ?? checks.identifier(p.part)) && (
                <p className="field-error" role="alert">
                  {checks.identifier(p.label) ?? checks.identifier(p.part)}
                </p>
              )}
            </>
          )}
          onRemove={(i) => update((b) => ({ ...b, people: b.people.filter((_, j) => j !== i) }))}
          removeLabel={(p) => `${t('sos.statements.remove')}: ${p.label}`}
          add={{ label: t('sos.circles.add'), onAdd: () => update((b) => ({ ...b, people: [...b.people, { id: newId(), personId: null, label: '', ring: 2, inPlan: false, part: '' }] })) }}
          actions={
            missing.length > 0 ? (
              <button type="button" className="btn" onClick={() => update((b) => ({ ...b, people: [...b.people, ...missing.map((r) => ({ id: newId(), personId: r.id, label: r.pseudonym, ring: 2 as const, inPlan: false, part: '' }))] }))}>
                {t('sos.circles.fromRoster')}
              </button>
            ) : undefined
          }
        />
      </div>
      <figure className="sos-circles-figure">
        <CirclesSvg child={body.child} people={body.people.filter((p) => p.label.trim())} size={460} />
        <figcaption className="muted">
          {t('sos.circles.legend')}
          <br />
          <span className="sos-circle-rings">{t('sos.circles.rings3')}</span>
        </figcaption>
      </figure>
    </div>
  );
}

// ── Veiligheidsplan ────────────────────────────────────────────────────────────────────────────────
export function PlanEditor({ body, update, checks }: EditorProps<SafetyPlanBody>) {
  const { t } = useTranslation();
  const row = (cells: ReactNode) => cells;
  return (
    <div className="sos-plan-edit">
      <ListEditor
        label={t('sos.plan.rules')}
        rows={body.rules}
        rowKey={(_, i) => i}
        ordered
        item={(r, i, remove) =>
          row(
            <>
              <input aria-label={`${t('sos.plan.rule')} ${i + 1}`} value={r.rule} maxLength={LINE_MAX} onChange={(e) => update((b) => ({ ...b, rules: b.rules.map((x, j) => (j === i ? { ...x, rule: e.target.value } : x)) }))} />
              <input aria-label={`${t('sos.plan.who')} ${i + 1}`} placeholder={t('sos.plan.who')} value={r.who} maxLength={LINE_MAX} className="sos-who" onChange={(e) => update((b) => ({ ...b, rules: b.rules.map((x, j) => (j === i ? { ...x, who: e.target.value } : x)) }))} />
              {remove}
              <Checks text={r.rule} checks={checks} onRephrase={(v) => update((b) => ({ ...b, rules: b.rules.map((x, j) => (j === i ? { ...x, rule: v } : x)) }))} />
            </>,
          )
        }
        onRemove={(i) => update((b) => ({ ...b, rules: b.rules.filter((_, j) => j !== i) }))}
        removeLabel={(r) => `${t('sos.statements.remove')}: ${r.rule}`}
        add={{ label: t('sos.plan.addRule'), onAdd: () => update((b) => ({ ...b, rules: [...b.rules, { rule: '', who: '' }] })) }}
      />
      <ListEditor
        label={t('sos.plan.redFlags')}
        rows={body.redFlags}
        rowKey={(_, i) => i}
        item={(r, i, remove) => (
          <>
            <input aria-label={`${t('sos.plan.flag')} ${i + 1}`} value={r.flag} maxLength={LINE_MAX} onChange={(e) => update((b) => ({ ...b, redFlags: b.redFlags.map((x, j) => (j === i ? { ...x, flag: e.target.value } : x)) }))} />
            <input aria-label={`${t('sos.plan.response')} ${i + 1}`} placeholder={t('sos.plan.response')} value={r.response} maxLength={LINE_MAX} onChange={(e) => update((b) => ({ ...b, redFlags: b.redFlags.map((x, j) => (j === i ? { ...x, response: e.target.value } : x)) }))} />
            {remove}
            <Checks text={r.response} checks={checks} onRephrase={(v) => update((b) => ({ ...b, redFlags: b.redFlags.map((x, j) => (j === i ? { ...x, response: v } : x)) }))} />
          </>
        )}
        onRemove={(i) => update((b) => ({ ...b, redFlags: b.redFlags.filter((_, j) => j !== i) }))}
        removeLabel={(r) => `${t('sos.statements.remove')}: ${r.flag}`}
        add={{ label: t('sos.plan.addFlag'), onAdd: () => update((b) => ({ ...b, redFlags: [...b.redFlags, { flag: '', response: '' }] })) }}
      />
      <Line name="body.review" label={t('sos.plan.review')} value={body.review} checks={checks} onChange={(v) => update((b) => ({ ...b, review: v }))} />
    </div>
  );
}
