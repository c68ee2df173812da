import { useTranslation } from 'react-i18next';
import { GrowText } from '../../ui/GrowText';
import { ListEditor, TextListEditor } from '../../ui/ListEditor';
import { CANVAS_LIMITS, FACT_KINDS, type VierVenstersCanvas } from '../../../../shared/sessions/types';
import { GuardNotice } from './checks';
import type { VensterProps } from './venster';

const L = CANVAS_LIMITS;
type Feiten = VierVenstersCanvas['feiten'];

/** Venster 2: facts, interpretations and disputed points; krachten, zorgen and what is not known. */
export function Feiten({ canvas, update, checks }: VensterProps) {
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
            <GrowText aria-label={`${t('venster.feiten.fact')} ${i + 1}`} value={item.text} maxLength={L.fact} onChange={(e) => setItem(i, { text: e.target.value })} />
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
