import { useTranslation } from 'react-i18next';
import type { PhaseTimeline } from '../../../../shared/ffps/types';

/** Contacts per phase with the weeks between them; first-phase gaps above the team's norm are marked. */
export function Timeline({ timeline, onOpen }: { timeline: PhaseTimeline; onOpen?: (noteId: string) => void }) {
  const { t } = useTranslation();
  const late = new Set(timeline.warnings.map((w) => w.toContact));
  return (
    <div className="timeline">
      {timeline.warnings.length > 0 && (
        <div className="notice notice-warn" role="alert">
          <strong>{t('ffps.timeline.warningTitle')}</strong>{' '}
          {t('ffps.timeline.warning', { norm: timeline.firstPhaseMaxGapWeeks })}
          <ul>
            {timeline.warnings.map((w) => (
              <li key={`${w.fromContact}-${w.toContact}`}>{t('ffps.timeline.gap', { from: w.fromContact, to: w.toContact, count: w.gapWeeks })}</li>
            ))}
          </ul>
        </div>
      )}
      <ol className="phase-lanes">
        {timeline.phases.map((p, i) => (
          <li key={p.phase} className="phase-lane" data-phase={p.phase}>
            <h3>
              <span className="phase-no">{i + 1}</span> {t(`ffps.phases.${p.phase}`)}
              <span className="muted small"> · {t('ffps.timeline.contacts', { count: p.contacts.length })}</span>
            </h3>
            {p.contacts.length === 0 ? (
              <p className="muted small">{t('ffps.timeline.none')}</p>
            ) : (
              <ol className="contacts">
                {p.contacts.map((c) => (
                  <li key={c.noteId} className={late.has(c.contactNumber) && i === 0 ? 'contact contact-late' : 'contact'}>
                    {c.gapWeeks !== null && <span className="gap">{t('ffps.timeline.plusWeeks', { count: c.gapWeeks })}</span>}
                    <button type="button" className="contact-dot" onClick={() => onOpen?.(c.noteId)} aria-label={t('ffps.timeline.open', { contact: c.contactNumber, week: c.week })}>
                      <strong>#{c.contactNumber}</strong>
                      <span>{t('ffps.timeline.week', { week: c.week })}</span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
