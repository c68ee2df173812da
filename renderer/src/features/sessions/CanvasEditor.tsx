import { randomId } from '../../ui/ids';
import { useTranslation } from 'react-i18next';
import { ListEditor } from '../../ui/ListEditor';
import { FACT_KINDS, type VierVenstersCanvas } from '../../../../shared/sessions/types';
import type { Member } from '../../../../shared/groups/types';
import { GuardNotice, type TextChecks } from './checks';
import { ScoreDistribution } from './ScoreDistribution';

export type VensterSection = 'mensen' | 'feiten' | 'weging' | 'volgende-stappen';
export const VENSTERS: VensterSection[] = ['mensen', 'feiten', 'weging', 'volgende-stappen'];

interface Props {
  section: VensterSection;
  canvas: VierVenstersCanvas;
  onChange: (c: VierVenstersCanvas) => void;
  members: Member[];
  presentIds: string[];
  inbrengerId: string;
  pseudonyms: string[];
  checks: TextChecks;
}

/** One venster of the Vier Vensters canvas, as the facilitator fills it during the bijeenkomst. */
export function CanvasEditor(props: Props) {
  switch (props.section) {
    case 'mensen':
      return <Mensen {...props} />;
    case 'feiten':
      return <Feiten {...props} />;
    case 'weging':
      return <Weging {...props} />;
    case 'volgende-stappen':
      return <Stappen {...props} />;
  }
}

/** Moving decision language to the inbrenger's list: it becomes an idea marked "meenemen". */
function moveToWerkbegeleiding(c: VierVenstersCanvas, text: string): VierVenstersCanvas {
  return { ...c, volgendeStappen: { ideas: [...c.volgendeStappen.ideas, { id: randomId(), memberId: null, text, takeAlong: true }] } };
}

function Mensen({ canvas, onChange, pseudonyms, checks }: Props) {
  const { t } = useTranslation();
  const m = canvas.mensen;
  const set = (patch: Partial<VierVenstersCanvas['mensen']>) => onChange({ ...canvas, mensen: { ...m, ...patch } });
  return (
    <div className="venster">
      <p className="venster-question">{t('venster.mensen.question')}</p>
      <table className="table table-edit">
        <thead>
          <tr>
            <th scope="col">{t('venster.mensen.name')}</th>
            <th scope="col">{t('venster.mensen.relation')}</th>
            <th scope="col">{t('venster.mensen.perspective')}</th>
            <th scope="col">{t('venster.mensen.regie')}</th>
            <th scope="col"><span className="visually-hidden">{t('editor.remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          {m.people.map((p, i) => {
            const upd = (patch: Partial<typeof p>) => set({ people: m.people.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            return (
              <tr key={i}>
                <td>
                  <input list="roster-pseudonyms" aria-label={`${t('venster.mensen.name')} ${i + 1}`} value={p.name} maxLength={60} onChange={(e) => upd({ name: e.target.value })} />
                  <GuardNotice text={p.name} identifier={checks.identifier(p.name)} onRephrase={(v) => upd({ name: v.slice(0, 60) })} />
                </td>
                <td>
                  <input aria-label={`${t('venster.mensen.relation')} ${i + 1}`} value={p.relation} onChange={(e) => upd({ relation: e.target.value })} />
                  <GuardNotice text={p.relation} identifier={checks.identifier(p.relation)} onRephrase={(v) => upd({ relation: v })} />
                </td>
                <td>
                  <textarea rows={2} aria-label={`${t('venster.mensen.perspective')} ${i + 1}`} value={p.perspective} onChange={(e) => upd({ perspective: e.target.value })} />
                  <GuardNotice text={p.perspective} identifier={checks.identifier(p.perspective)} onRephrase={(v) => upd({ perspective: v })} onMove={(s) => onChange(moveToWerkbegeleiding({ ...canvas, mensen: { ...m, people: m.people.map((x, j) => (j === i ? { ...x, perspective: '' } : x)) } }, s))} />
                </td>
                <td>
                  <input type="checkbox" aria-label={`${t('venster.mensen.regie')} ${i + 1}`} checked={p.regie} onChange={(e) => upd({ regie: e.target.checked })} />
                </td>
                <td>
                  <button type="button" className="btn-icon" aria-label={`${t('editor.remove')}: ${p.name}`} onClick={() => set({ people: m.people.filter((_, j) => j !== i) })}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <datalist id="roster-pseudonyms">
        {pseudonyms.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <div className="row-actions">
        <button type="button" className="btn btn-small" onClick={() => set({ people: [...m.people, { name: '', relation: '', perspective: '', regie: false }] })}>
          + {t('venster.mensen.add')}
        </button>
        {pseudonyms.length > 0 && m.people.length === 0 && (
          <button type="button" className="btn btn-small" onClick={() => set({ people: pseudonyms.map((name) => ({ name, relation: '', perspective: '', regie: false })) })}>
            {t('venster.mensen.fromRoster')}
          </button>
        )}
      </div>
      <label className="field">
        <span className="field-label">{t('venster.mensen.network')}</span>
        <textarea rows={3} value={m.network} onChange={(e) => set({ network: e.target.value })} />
        <GuardNotice text={m.network} identifier={checks.identifier(m.network)} onRephrase={(v) => set({ network: v })} />
      </label>
    </div>
  );
}

function Feiten({ canvas, onChange, checks }: Props) {
  const { t } = useTranslation();
  const f = canvas.feiten;
  const set = (patch: Partial<VierVenstersCanvas['feiten']>) => onChange({ ...canvas, feiten: { ...f, ...patch } });
  const listCheck = (key: 'krachten' | 'zorgen' | 'onbekend') => (item: string, i: number) => (
    <GuardNotice text={item} identifier={checks.identifier(item)} onRephrase={(v) => set({ [key]: f[key].map((x, j) => (j === i ? v : x)) })} />
  );
  return (
    <div className="venster">
      <p className="venster-question">{t('venster.feiten.question')}</p>
      <fieldset className="list-editor">
        <legend>{t('venster.feiten.timeline')}</legend>
        <ul>
          {f.items.map((item, i) => {
            const upd = (patch: Partial<typeof item>) => set({ items: f.items.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            return (
              <li key={i} className={`fact fact-${item.kind}`}>
                <select aria-label={`${t('venster.feiten.kind')} ${i + 1}`} value={item.kind} onChange={(e) => upd({ kind: e.target.value as (typeof FACT_KINDS)[number] })}>
                  {FACT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`venster.feiten.kinds.${k}`)}
                    </option>
                  ))}
                </select>
                <input aria-label={`${t('venster.feiten.fact')} ${i + 1}`} value={item.text} onChange={(e) => upd({ text: e.target.value })} />
                <button type="button" className="btn-icon" aria-label={`${t('editor.remove')}: ${item.text}`} onClick={() => set({ items: f.items.filter((_, j) => j !== i) })}>
                  ×
                </button>
                <GuardNotice text={item.text} identifier={checks.identifier(item.text)} onRephrase={(v) => upd({ text: v })} />
              </li>
            );
          })}
        </ul>
        <button type="button" className="btn btn-small" onClick={() => set({ items: [...f.items, { text: '', kind: 'vaststaand' }] })}>
          + {t('venster.feiten.add')}
        </button>
      </fieldset>
      <div className="three-lists">
        <ListEditor label={t('venster.feiten.krachten')} items={f.krachten} onChange={(krachten) => set({ krachten })} check={listCheck('krachten')} />
        <ListEditor label={t('venster.feiten.zorgen')} items={f.zorgen} onChange={(zorgen) => set({ zorgen })} check={listCheck('zorgen')} />
        <ListEditor label={t('venster.feiten.onbekend')} items={f.onbekend} onChange={(onbekend) => set({ onbekend })} check={listCheck('onbekend')} />
      </div>
    </div>
  );
}

function Weging({ canvas, onChange, members, presentIds, inbrengerId, checks }: Props) {
  const { t } = useTranslation();
  const w = canvas.weging;
  const set = (patch: Partial<VierVenstersCanvas['weging']>) => onChange({ ...canvas, weging: { ...w, ...patch } });
  const listCheck = (key: 'perspectives' | 'criteria' | 'differences') => (item: string, i: number) => (
    <GuardNotice
      text={item}
      identifier={checks.identifier(item)}
      onRephrase={(v) => set({ [key]: w[key].map((x, j) => (j === i ? v : x)) })}
      onMove={(s) => onChange(moveToWerkbegeleiding({ ...canvas, weging: { ...w, [key]: w[key].filter((_, j) => j !== i) } }, s))}
    />
  );
  const scorers = members.filter((m) => presentIds.includes(m.id));
  const scoreOf = (id: string) => w.scaling.scores.find((s) => s.memberId === id)?.score;
  const setScore = (memberId: string, value: string) => {
    const rest = w.scaling.scores.filter((s) => s.memberId !== memberId);
    const n = Number(value);
    set({ scaling: { ...w.scaling, scores: value === '' || Number.isNaN(n) ? rest : [...rest, { memberId, score: Math.max(0, Math.min(10, Math.round(n))) }] } });
  };
  return (
    <div className="venster">
      <p className="venster-question">{t('venster.weging.question')}</p>
      <label className="field">
        <span className="field-label">{t('venster.weging.inbrenger', { name: members.find((m) => m.id === inbrengerId)?.name ?? '' })}</span>
        <textarea rows={3} value={w.inbrenger} onChange={(e) => set({ inbrenger: e.target.value })} />
        <GuardNotice text={w.inbrenger} identifier={checks.identifier(w.inbrenger)} onRephrase={(v) => set({ inbrenger: v })} onMove={(s) => onChange(moveToWerkbegeleiding({ ...canvas, weging: { ...w, inbrenger: '' } }, s))} />
      </label>
      <div className="three-lists">
        <ListEditor label={t('venster.weging.perspectives')} items={w.perspectives} onChange={(perspectives) => set({ perspectives })} check={listCheck('perspectives')} />
        <ListEditor label={t('venster.weging.criteria')} items={w.criteria} onChange={(criteria) => set({ criteria })} check={listCheck('criteria')} />
        <ListEditor label={t('venster.weging.differences')} items={w.differences} onChange={(differences) => set({ differences })} check={listCheck('differences')} />
      </div>
      <fieldset className="scaling">
        <legend>
          <label>
            <input type="checkbox" checked={w.scaling.enabled} onChange={(e) => set({ scaling: { ...w.scaling, enabled: e.target.checked } })} /> {t('venster.weging.scaling')}
          </label>
        </legend>
        {w.scaling.enabled && (
          <>
            <p className="muted small">{t('venster.weging.scalingHint')}</p>
            <div className="scores">
              {scorers.map((m) => (
                <label key={m.id} className="score">
                  <span>{m.name}</span>
                  <input type="number" min={0} max={10} inputMode="numeric" className={scoreOf(m.id) === undefined ? '' : 'scored'} value={scoreOf(m.id) ?? ''} onChange={(e) => setScore(m.id, e.target.value)} />
                </label>
              ))}
            </div>
            <ScoreDistribution scores={w.scaling.scores.filter((s) => presentIds.includes(s.memberId)).map((s) => s.score)} expected={scorers.length} />
          </>
        )}
      </fieldset>
    </div>
  );
}

function Stappen({ canvas, onChange, members, inbrengerId, checks }: Props) {
  const { t } = useTranslation();
  const ideas = canvas.volgendeStappen.ideas;
  const set = (next: typeof ideas) => onChange({ ...canvas, volgendeStappen: { ideas: next } });
  return (
    <div className="venster">
      <p className="venster-question">{t('venster.stappen.question')}</p>
      <p className="muted small">{t('venster.stappen.hint', { name: members.find((m) => m.id === inbrengerId)?.name ?? '' })}</p>
      <ol className="ideas">
        {ideas.map((idea, i) => {
          const upd = (patch: Partial<typeof idea>) => set(ideas.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <li key={idea.id} className={idea.takeAlong ? 'idea idea-taken' : 'idea'}>
              <span className="idea-label">{t('venster.stappen.label')}</span>
              <div className="edit-row">
                <select aria-label={`${t('venster.stappen.from')} ${i + 1}`} value={idea.memberId ?? ''} onChange={(e) => upd({ memberId: e.target.value || null })}>
                  <option value="">{t('venster.stappen.group')}</option>
                  {members.filter((m) => m.id !== inbrengerId).map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
                <input className="grow" aria-label={`${t('venster.stappen.idea')} ${i + 1}`} value={idea.text} onChange={(e) => upd({ text: e.target.value })} />
                <label className="take-along">
                  <input type="checkbox" checked={idea.takeAlong} onChange={(e) => upd({ takeAlong: e.target.checked })} /> {t('venster.stappen.takeAlong')}
                </label>
                <button type="button" className="btn-icon" aria-label={`${t('editor.remove')}: ${idea.text}`} onClick={() => set(ideas.filter((x) => x.id !== idea.id))}>
                  ×
                </button>
              </div>
              <GuardNotice text={idea.text} identifier={checks.identifier(idea.text)} onRephrase={(v) => upd({ text: v })} onMove={(s) => upd({ text: s, takeAlong: true })} />
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn btn-small" onClick={() => set([...ideas, { id: randomId(), memberId: null, text: '', takeAlong: false }])}>
        + {t('venster.stappen.add')}
      </button>
    </div>
  );
}
