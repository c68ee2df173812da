import { useTranslation } from 'react-i18next';
import { GrowText } from '../../ui/GrowText';
import { TextListEditor } from '../../ui/ListEditor';
import { CANVAS_LIMITS, type VierVenstersCanvas } from '../../../../shared/sessions/types';
import { GuardNotice } from './checks';
import { ScoreDistribution } from './ScoreDistribution';
import { moveToWerkbegeleiding, type VensterProps } from './venster';

type Weging = VierVenstersCanvas['weging'];
type ListKey = 'perspectives' | 'criteria' | 'differences';
const LIMIT: Record<ListKey, number> = { perspectives: CANVAS_LIMITS.perspectiveItem, criteria: CANVAS_LIMITS.criterion, differences: CANVAS_LIMITS.difference };

/** Venster 3: the inbrenger's weging, the perspectives and criteria, and the silent scaling 0–10. */
export function Weging({ canvas, update, members, presentIds, inbrengerId, checks }: VensterProps) {
  const { t } = useTranslation();
  const w = canvas.weging;
  const set = (patch: (w: Weging) => Partial<Weging>) => update((c) => ({ ...c, weging: { ...c.weging, ...patch(c.weging) } }));
  const list = (key: ListKey) => (
    <TextListEditor
      label={t(`venster.weging.${key}`)}
      items={w[key]}
      maxLength={LIMIT[key]}
      onChange={(next) => set((w) => ({ [key]: next(w[key]) }))}
      check={(item, i) => (
        <GuardNotice
          text={item}
          identifier={checks.identifier(item)}
          onRephrase={(v) => set((w) => ({ [key]: w[key].map((x, j) => (j === i ? v : x)) }))}
          onMove={(s) => update((c) => moveToWerkbegeleiding({ ...c, weging: { ...c.weging, [key]: c.weging[key].filter((_, j) => j !== i) } }, s))}
        />
      )}
    />
  );
  const scorers = members.filter((m) => presentIds.includes(m.id));
  const scoreOf = (id: string) => w.scaling.scores.find((s) => s.memberId === id)?.score;
  const setScore = (memberId: string, value: string) =>
    set((w) => {
      const rest = w.scaling.scores.filter((s) => s.memberId !== memberId);
      const n = Number(value);
      return { scaling: { ...w.scaling, scores: value === '' || Number.isNaN(n) ? rest : [...rest, { memberId, score: Math.max(0, Math.min(10, Math.round(n))) }] } };
    });
  return (
    <div className="venster">
      <p className="venster-question">{t('venster.weging.question')}</p>
      <label className="field">
        <span className="field-label">{t('venster.weging.inbrenger', { name: members.find((m) => m.id === inbrengerId)?.name ?? '' })}</span>
        <GrowText value={w.inbrenger} maxLength={CANVAS_LIMITS.weging} onChange={(e) => set(() => ({ inbrenger: e.target.value }))} />
        <GuardNotice
          text={w.inbrenger}
          identifier={checks.identifier(w.inbrenger)}
          onRephrase={(v) => set(() => ({ inbrenger: v }))}
          onMove={(s) => update((c) => moveToWerkbegeleiding({ ...c, weging: { ...c.weging, inbrenger: '' } }, s))}
        />
      </label>
      <div className="three-lists">
        {list('perspectives')}
        {list('criteria')}
        {list('differences')}
      </div>
      <fieldset className="scaling">
        <legend>
          <label>
            <input type="checkbox" checked={w.scaling.enabled} onChange={(e) => set((w) => ({ scaling: { ...w.scaling, enabled: e.target.checked } }))} /> {t('venster.weging.scaling')}
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
