import { useTranslation } from 'react-i18next';
import { GrowText } from '../../ui/GrowText';
import { randomId } from '../../ui/ids';
import { ListEditor } from '../../ui/ListEditor';
import { CANVAS_LIMITS, type Idea } from '../../../../shared/sessions/types';
import { GuardNotice } from './checks';
import type { VensterProps } from './venster';

/** Venster 4: ideas from the participants; the inbrenger marks what to take along to werkbegeleiding. */
export function Stappen({ canvas, update, members, inbrengerId, checks }: VensterProps) {
  const { t } = useTranslation();
  const ideas = canvas.volgendeStappen.ideas;
  const set = (next: (ideas: Idea[]) => Idea[]) => update((c) => ({ ...c, volgendeStappen: { ideas: next(c.volgendeStappen.ideas) } }));
  const setIdea = (id: string, patch: Partial<Idea>) => set((ideas) => ideas.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  return (
    <div className="venster">
      <p className="venster-question">{t('venster.stappen.question')}</p>
      <p className="muted small">{t('venster.stappen.hint', { name: members.find((m) => m.id === inbrengerId)?.name ?? '' })}</p>
      <ListEditor
        label={t('venster.stappen.question')}
        legend={false}
        ordered
        className="ideas-list"
        rows={ideas}
        rowKey={(idea) => idea.id}
        rowClassName={(idea) => (idea.takeAlong ? 'idea idea-taken' : 'idea')}
        item={(idea, i, remove) => (
          <>
            <span className="idea-label">{t('venster.stappen.label')}</span>
            <div className="edit-row">
              <select aria-label={`${t('venster.stappen.from')} ${i + 1}`} value={idea.memberId ?? ''} onChange={(e) => setIdea(idea.id, { memberId: e.target.value || null })}>
                <option value="">{t('venster.stappen.group')}</option>
                {members
                  .filter((m) => m.id !== inbrengerId)
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
              </select>
              <GrowText className="grow" aria-label={`${t('venster.stappen.idea')} ${i + 1}`} value={idea.text} maxLength={CANVAS_LIMITS.idea} onChange={(e) => setIdea(idea.id, { text: e.target.value })} />
              <label className="take-along">
                <input type="checkbox" checked={idea.takeAlong} onChange={(e) => setIdea(idea.id, { takeAlong: e.target.checked })} /> {t('venster.stappen.takeAlong')}
              </label>
              {remove}
            </div>
            <GuardNotice text={idea.text} identifier={checks.identifier(idea.text)} onRephrase={(v) => setIdea(idea.id, { text: v })} onMove={(s) => setIdea(idea.id, { text: s, takeAlong: true })} />
          </>
        )}
        onRemove={(i) => set((ideas) => ideas.filter((_, j) => j !== i))}
        removeLabel={(idea) => `${t('editor.remove')}: ${idea.text}`}
        add={{ label: t('venster.stappen.add'), onAdd: () => set((ideas) => [...ideas, { id: randomId(), memberId: null, text: '', takeAlong: false }]) }}
      />
    </div>
  );
}
