import { useTranslation } from 'react-i18next';
import { GrowText } from '../../ui/GrowText';
import { ListEditor } from '../../ui/ListEditor';
import { CANVAS_LIMITS, type VierVenstersCanvas } from '../../../../shared/sessions/types';
import { GuardNotice } from './checks';
import { moveToWerkbegeleiding, type VensterProps } from './venster';

const L = CANVAS_LIMITS;
type Mensen = VierVenstersCanvas['mensen'];
type Person = Mensen['people'][number];

/** Venster 1: the people around the child, their relation and perspective, and who has regie. */
export function Mensen({ canvas, update, pseudonyms, checks }: VensterProps) {
  const { t } = useTranslation();
  const m = canvas.mensen;
  const set = (patch: (m: Mensen) => Partial<Mensen>) => update((c) => ({ ...c, mensen: { ...c.mensen, ...patch(c.mensen) } }));
  const setPerson = (i: number, patch: Partial<Person>) => set((m) => ({ people: m.people.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  return (
    <div className="venster">
      <p className="venster-question">{t('venster.mensen.question')}</p>
      <ListEditor
        label={t('venster.mensen.people')}
        rows={m.people}
        rowKey={(_, i) => i}
        columns={[{ header: t('venster.mensen.name') }, { header: t('venster.mensen.relation') }, { header: t('venster.mensen.perspective') }, { header: t('venster.mensen.regie') }]}
        cells={(p, i) => [
          <>
            <input list="roster-pseudonyms" aria-label={`${t('venster.mensen.name')} ${i + 1}`} value={p.name} maxLength={L.personName} onChange={(e) => setPerson(i, { name: e.target.value })} />
            <GuardNotice text={p.name} identifier={checks.identifier(p.name)} onRephrase={(v) => setPerson(i, { name: v.slice(0, L.personName) })} />
          </>,
          <>
            <GrowText aria-label={`${t('venster.mensen.relation')} ${i + 1}`} value={p.relation} maxLength={L.relation} onChange={(e) => setPerson(i, { relation: e.target.value })} />
            <GuardNotice text={p.relation} identifier={checks.identifier(p.relation)} onRephrase={(v) => setPerson(i, { relation: v })} />
          </>,
          <>
            <GrowText aria-label={`${t('venster.mensen.perspective')} ${i + 1}`} value={p.perspective} maxLength={L.perspective} onChange={(e) => setPerson(i, { perspective: e.target.value })} />
            <GuardNotice
              text={p.perspective}
              identifier={checks.identifier(p.perspective)}
              onRephrase={(v) => setPerson(i, { perspective: v })}
              onMove={(s) => update((c) => moveToWerkbegeleiding({ ...c, mensen: { ...c.mensen, people: c.mensen.people.map((x, j) => (j === i ? { ...x, perspective: '' } : x)) } }, s))}
            />
          </>,
          <input type="checkbox" aria-label={`${t('venster.mensen.regie')} ${i + 1}`} checked={p.regie} onChange={(e) => setPerson(i, { regie: e.target.checked })} />,
        ]}
        onRemove={(i) => set((m) => ({ people: m.people.filter((_, j) => j !== i) }))}
        removeLabel={(p) => `${t('editor.remove')}: ${p.name}`}
        add={{ label: t('venster.mensen.add'), onAdd: () => set((m) => ({ people: [...m.people, { name: '', relation: '', perspective: '', regie: false }] })) }}
        actions={
          pseudonyms.length > 0 &&
          m.people.length === 0 && (
            <button type="button" className="btn btn-small" onClick={() => set(() => ({ people: pseudonyms.map((name) => ({ name, relation: '', perspective: '', regie: false })) }))}>
              {t('venster.mensen.fromRoster')}
            </button>
          )
        }
      />
      <datalist id="roster-pseudonyms">
        {pseudonyms.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <label className="field">
        <span className="field-label">{t('venster.mensen.network')}</span>
        <GrowText value={m.network} maxLength={L.network} onChange={(e) => set(() => ({ network: e.target.value }))} />
        <GuardNotice text={m.network} identifier={checks.identifier(m.network)} onRephrase={(v) => set(() => ({ network: v }))} />
      </label>
    </div>
  );
}
