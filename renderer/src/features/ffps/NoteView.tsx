import { useTranslation } from 'react-i18next';
import type { CasePerson } from '../../../../shared/cases/types';
import type { CaseNote, NoteField } from '../../../../shared/ffps/types';

/**
 * A case-note as text, one section per field. Each section carries `data-field`, so the supervisor can
 * select a passage and anchor a comment to it. Used on the note screen, beside the feedback form, and on
 * the console and beamer of the weekly meeting (the note is anonymised: roster roles and pseudonyms).
 */
export function NoteView({ note, people, compact, highlight }: { note: CaseNote; people: CasePerson[]; compact?: boolean; highlight?: NoteField | null }) {
  const { t } = useTranslation();
  const nameOf = (id: string) => {
    const p = people.find((x) => x.id === id);
    return p ? `${p.pseudonym} (${p.role})` : t('ffps.note.unknownPerson');
  };
  const section = (field: NoteField, title: string, body: React.ReactNode) => (
    <section className={`note-field${highlight === field ? ' note-field-hl' : ''}`} data-field={field} aria-label={title}>
      <h3>{title}</h3>
      {body}
    </section>
  );
  const text = (s: string) => (s.trim() ? <p className="note-text">{s}</p> : <p className="muted small">{t('ffps.note.empty')}</p>);
  return (
    <div className={compact ? 'note-view note-view-compact' : 'note-view'}>
      {section(
        'phase',
        t('ffps.note.phaseAndContact'),
        <p>
          <span className="phase-pill" data-phase={note.phase}>{t(`ffps.phases.${note.phase}`)}</span> {t('ffps.note.contactWeek', { contact: note.contactNumber, week: note.week })}
          {note.present.length > 0 && (
            <>
              <br />
              <span className="muted">{t('ffps.note.present')}:</span> {note.present.map(nameOf).join(', ')}
            </>
          )}
        </p>,
      )}
      {section(
        'goals',
        t('ffps.note.goals'),
        note.goals.length ? (
          <ul className="plain-list goals">
            {note.goals.map((g, i) => (
              <li key={i}>
                <strong>{g.goal}</strong>
                {g.progress && <span> — {g.progress}</span>}
              </li>
            ))}
          </ul>
        ) : (
          text('')
        ),
      )}
      {section(
        'interventions',
        t('ffps.note.interventions'),
        <>
          {text(note.interventions)}
        </>,
      )}
      {section(
        'techniques',
        t('ffps.note.techniques'),
        note.techniques.length ? (
          <p className="tag-list">
            {note.techniques.map((x) => (
              <span key={x} className="tag">{x}</span>
            ))}
          </p>
        ) : (
          text('')
        ),
      )}
      {section(
        'responses',
        t('ffps.note.responses'),
        note.responses.length ? (
          <ul className="plain-list">
            {note.responses.map((r) => (
              <li key={r.personId}>
                <strong>{nameOf(r.personId)}:</strong> {r.response}
              </li>
            ))}
          </ul>
        ) : (
          text('')
        ),
      )}
      {section(
        'hypothesis',
        t('ffps.note.hypothesis'),
        <div>
          <p>
            <span className="muted">{t('ffps.note.function')}:</span> {note.hypothesis.function ? t(`ffps.functions.${note.hypothesis.function}`) : '—'}
          </p>
          {note.hypothesis.behaviour && (
            <p className="note-text">
              <span className="muted">{t('ffps.note.behaviour')}:</span> {note.hypothesis.behaviour}
            </p>
          )}
          {note.hypothesis.nobleIntent && (
            <p className="note-text">
              <span className="muted">{t('ffps.note.nobleIntent')}:</span> {note.hypothesis.nobleIntent}
            </p>
          )}
        </div>,
      )}
      {section('nextPlan', t('ffps.note.nextPlan'), text(note.nextPlan))}
    </div>
  );
}
