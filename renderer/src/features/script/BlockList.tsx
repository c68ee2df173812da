import { useTranslation } from 'react-i18next';
import { Markdown } from '../../ui/Markdown';
import type { Block } from '../../../../shared/scripts/types';
import type { ScheduledBlock } from '../../../../shared/scripts/timing';

/** The blocks of a script with their clock times; used by the script screen and the print view. */
export function BlockList({ blocks, schedule }: { blocks: Block[]; schedule: ScheduledBlock[] }) {
  const { t } = useTranslation();
  return (
    <ol className="blocks">
      {blocks.map((b, i) => (
        <li key={i} className="block">
          <div className="block-time" aria-label={`${schedule[i]?.start}–${schedule[i]?.end}`}>
            <span className="block-clock">{schedule[i]?.start}</span>
            <span className="block-minutes">{t('script.minutes', { count: b.minutes })}</span>
          </div>
          <div className="block-body">
            <h3 className="block-title">
              <span className="block-index">{i + 1}.</span> {b.title}
              {b.section && <span className="section-tag">{t(`sections.${b.section}`, { defaultValue: b.section })}</span>}
            </h3>
            <h4 className="block-sub">{t('script.instruction')}</h4>
            <Markdown text={b.instruction} />
            {b.prompts.length > 0 && (
              <>
                <h4 className="block-sub">{t('script.prompts')}</h4>
                <ul className="prompts">
                  {b.prompts.map((p, j) => (
                    <li key={j}>{p}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
