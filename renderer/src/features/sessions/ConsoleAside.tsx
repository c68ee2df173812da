import { useTranslation } from 'react-i18next';
import { Markdown } from '../../ui/Markdown';
import { msToClock } from '../../../../shared/sessions/hours';
import type { Block } from '../../../../shared/scripts/types';
import type { ScheduledBlock } from '../../../../shared/scripts/timing';
import type { RunView } from '../../../../shared/sessions/engine';

/** What only the facilitator sees: the block's instruction and prompts, the plan against the clock, the keys. */
export function ConsoleAside({ block, blocks, blockIndex, schedule, view }: { block: Block | undefined; blocks: Block[]; blockIndex: number; schedule: ScheduledBlock[]; view: RunView }) {
  const { t } = useTranslation();
  return (
    <aside className="console-aside" aria-labelledby="facilitator-title">
      <h2 id="facilitator-title" className="section-title">{t('sessions.forFacilitator')}</h2>
      {block && <Markdown text={block.instruction} />}
      {block && block.prompts.length > 0 && (
        <>
          <h3 className="block-sub">{t('script.prompts')}</h3>
          <ul className="prompts">
            {block.prompts.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
      <h3 className="block-sub">{t('sessions.planVsClock')}</h3>
      <ol className="plan-clock">
        {blocks.map((b, i) => {
          const p = view.blockPlan[i];
          return (
            <li key={i} className={i === blockIndex ? 'current' : i < blockIndex ? 'done' : ''}>
              <span className="pc-time">{schedule[i]?.start}</span>
              <span className="pc-title">{b.title}</span>
              <span className="pc-actual">{p?.actualStartMs ? msToClock(p.actualStartMs) : ''}</span>
            </li>
          );
        })}
      </ol>
      <details className="keys">
        <summary>{t('cases.editor.keysTitle')}</summary>
        <dl>
          <dt><kbd>Spatie</kbd> / <kbd>Alt+P</kbd></dt><dd>{t('sessions.keys.toggle')}</dd>
          <dt><kbd>→</kbd> / <kbd>Alt+→</kbd></dt><dd>{t('sessions.keys.next')}</dd>
          <dt><kbd>←</kbd> / <kbd>Alt+←</kbd></dt><dd>{t('sessions.keys.previous')}</dd>
          <dt><kbd>+</kbd> / <kbd>Alt+=</kbd></dt><dd>{t('sessions.keys.plus5')}</dd>
          <dt><kbd>B</kbd></dt><dd>{t('run.keysBlack')}</dd>
          <dt><kbd>Alt+B</kbd></dt><dd>{t('sessions.keys.beamer')}</dd>
        </dl>
      </details>
    </aside>
  );
}
