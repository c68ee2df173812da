import { useTranslation } from 'react-i18next';
import { totalMinutes, type ScheduledBlock } from '../../../../shared/scripts/timing';
import type { DraftBlock } from './draft';
import { ClockInput } from '../../ui/DateTimeInputs';

/** The editor's side panel: clock times of the blocks as they are typed, from a chosen start time. */
export function EditorSchedule({ start, onStart, blocks, schedule }: { start: string; onStart: (v: string) => void; blocks: DraftBlock[]; schedule: ScheduledBlock[] }) {
  const { t } = useTranslation();
  const total = totalMinutes(blocks.map((b) => ({ minutes: Number(b.minutes) || 0 })));
  return (
    <aside className="editor-aside" aria-labelledby="schedule-title">
      <h2 id="schedule-title" className="section-title">
        {t('editor.schedule')}
      </h2>
      <label className="field">
        <span className="field-label">{t('script.startTime')}</span>
        <ClockInput value={start} onValue={(v) => v && onStart(v)} />
      </label>
      <ol className="schedule" data-testid="schedule">
        {blocks.map((b, i) => (
          <li key={i}>
            <span className="schedule-time">{schedule[i]?.start}</span>
            <span className="schedule-title">{b.title || t('editor.newBlock')}</span>
          </li>
        ))}
      </ol>
      <p className="schedule-total">
        {t('script.total')}: <strong>{t('script.minutes', { count: total })}</strong>
      </p>
    </aside>
  );
}
