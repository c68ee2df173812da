import { useTranslation } from 'react-i18next';
import type { CaseloadEntry } from '../../../../shared/ffps/meeting';

/** The team's cases with phase and last contact: the staffing block. */
export function Caseload({ caseload, large }: { caseload: CaseloadEntry[]; large?: boolean }) {
  const { t } = useTranslation();
  if (caseload.length === 0) return <p className="muted">{t('ffps.meeting.caseloadEmpty')}</p>;
  return (
    <table className={large ? 'table caseload large' : 'table caseload'}>
      <thead>
        <tr>
          <th scope="col">{t('ffps.meeting.case')}</th>
          <th scope="col">{t('ffps.caseNotes.author')}</th>
          <th scope="col">{t('ffps.form.phase')}</th>
          <th scope="col">{t('ffps.meeting.lastContact')}</th>
        </tr>
      </thead>
      <tbody>
        {caseload.map((c) => (
          <tr key={c.caseId}>
            <th scope="row">{c.caseCodeName}</th>
            <td>{c.author}</td>
            <td>
              <span className="phase-pill" data-phase={c.phase}>{t(`ffps.phases.${c.phase}`)}</span>
            </td>
            <td>
              {t('ffps.meeting.lastContactLine', { contact: c.lastContactNumber, week: c.lastContactWeek })}
              {c.warnings > 0 && <span className="tag tag-warn"> {t('ffps.meeting.gapWarning', { count: c.warnings })}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
