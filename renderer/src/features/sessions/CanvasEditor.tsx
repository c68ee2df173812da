import { useTranslation } from 'react-i18next';
import { randomId } from '../../ui/ids';
import { ListEditor, TextListEditor } from '../../ui/ListEditor';
import { CANVAS_LIMITS, FACT_KINDS, type VierVenstersCanvas } from '../../../../shared/sessions/types';
import type { Member } from '../../../../shared/groups/types';
import { GuardNotice, type TextChecks } from './checks';
import type { Update } from './useSession';
import { Weging } from './CanvasWeging';
import { Stappen } from './CanvasStappen';

export type VensterSection = 'mensen' | 'feiten' | 'weging' | 'volgende-stappen';
export const VENSTERS: VensterSection[] = ['mensen', 'feiten', 'weging', 'volgende-stappen'];

export interface VensterProps {
  section: VensterSection;
  canvas: VierVenstersCanvas;
  /** Changes the canvas as a function of its latest value (see useSession). */
  update: Update<VierVenstersCanvas>;
  members: Member[];
  presentIds: string[];
  inbrengerId: string;
  pseudonyms: string[];
  checks: TextChecks;
}

/** One venster of the Vier Vensters canvas, as the facilitator fills it during the bijeenkomst. */
export function CanvasEditor(props: VensterProps) {
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
export function moveToWerkbegeleiding(c: VierVenstersCanvas, text: string): VierVenstersCanvas {
  return { ...c, volgendeStappen: { ideas: [...c.volgendeStappen.ideas, { id: randomId(), memberId: null, text, takeAlong: true }] } };
}

const L = CANVAS_LIMITS;
type Mensen = VierVenstersCanvas['mensen'];
type Person = Mensen['people'][number];

function Mensen({ canvas, update, pseudonyms, checks }: VensterProps) {
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
            <input aria-label={`${t('venster.mensen.relation')} ${i + 1}`} value={p.relation} maxLength={L.relation} onChange={(e) => setPerson(i, { relation: e.target.value })} />
            <GuardNotice text={p.relation} identifier={checks.identifier(p.relation)} onRephrase={(v) => setPerson(i, { relation: v })} />
          </>,
          <>
            <textarea rows={2} aria-label={`${t('venster.mensen.perspective')} ${i + 1}`} value={p.perspective} maxLength={L.perspective} onChange={(e) => setPerson(i, { perspective: e.target.value })} />
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
        <textarea rows={3} value={m.network} maxLength={L.network} onChange={(e) => set(() => ({ network: e.target.value }))} />
        <GuardNotice text={m.network} identifier={checks.identifier(m.network)} onRephrase={(v) => set(() => ({ network: v }))} />
      </label>
    </div>
  );
}

type Feiten = VierVenstersCanvas['feiten'];

function Feiten({ canvas, update, checks }: VensterProps) {
  const { t } = useTranslation();
  const f = canvas.feiten;
  const set = (patch: (f: Feiten) => Partial<Feiten>) => update((c) => ({ ...c, feiten: { ...c.feiten, ...patch(c.feiten) } }));
  const setItem = (i: number, patch: Partial<Feiten['items'][number]>) => set((f) => ({ items: f.items.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const list = (key: 'krachten' | 'zorgen' | 'onbekend') => (
    <TextListEditor
      label={t(`venster.feiten.${key}`)}
      items={f[key]}
      maxLength={L.strength}
      onChange={(next) => set((f) => ({ [key]: next(f[key]) }))}
      check={(item, i) => (
        <GuardNotice text={item} identifier={checks.identifier(item)} onRephrase={(v) => set((f) => ({ [key]: f[key].map((x, j) => (j === i ? v : x)) }))} />
      )}
    />
  );
  return (
    <div className="venster">
      <p className="venster-question">{t('venster.feiten.question')}</p>
      <ListEditor
        label={t('venster.feiten.timeline')}
        rows={f.items}
        rowKey={(_, i) => i}
        rowClassName={(item) => `fact fact-${item.kind}`}
        item={(item, i, remove) => (
          <>
            <select aria-label={`${t('venster.feiten.kind')} ${i + 1}`} value={item.kind} onChange={(e) => setItem(i, { kind: e.target.value as (typeof FACT_KINDS)[number] })}>
              {FACT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`venster.feiten.kinds.${k}`)}
                </option>
              ))}
            </select>
            <input aria-label={`${t('venster.feiten.fact')} ${i + 1}`} value={item.text} maxLength={L.fact} onChange={(e) => setItem(i, { text: e.target.value })} />
            {remove}
            <GuardNotice text={item.text} identifier={checks.identifier(item.text)} onRephrase={(v) => setItem(i, { text: v })} />
          </>
        )}
        onRemove={(i) => set((f) => ({ items: f.items.filter((_, j) => j !== i) }))}
        removeLabel={(item) => `${t('editor.remove')}: ${item.text}`}
        add={{ label: t('venster.feiten.add'), onAdd: () => set((f) => ({ items: [...f.items, { text: '', kind: 'vaststaand' }] })) }}
      />
      <div className="three-lists">
        {list('krachten')}
        {list('zorgen')}
        {list('onbekend')}
      </div>
    </div>
  );
}
