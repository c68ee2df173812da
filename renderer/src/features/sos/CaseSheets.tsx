import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { TITLE_MAX, WORKSHEET_KINDS, type Worksheet, type WorksheetKind, type WorksheetSummary } from '../../../../shared/sos/types';
import './sos.css';

/**
 * Making a Signs of Safety worksheet on a case, without a training: from the case screen, or inside a
 * group supervision block. `kinds` puts a module's own worksheets first; every kind can be chosen.
 */
export function NewSheetForm({ caseId, kinds, trajectId = null, moduleId = null, onCreated }: { caseId: string; kinds?: readonly WorksheetKind[]; trajectId?: string | null; moduleId?: string | null; onCreated: (w: Worksheet) => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('sos.createWorksheet', { onSuccess: onCreated });
  const order = [...(kinds ?? []), ...WORKSHEET_KINDS.filter((k) => !kinds?.includes(k))];
  const [kind, setKind] = useState<WorksheetKind>(order[0] ?? 'map');
  const [title, setTitle] = useState('');
  return (
    <form
      className="toolbar sos-new-sheet"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ kind, caseId, title: title.trim() || t(`sos.kinds.${kind}`), trajectId, moduleId }, { onSuccess: () => setTitle('') });
      }}
    >
      <label className="field">
        <span className="field-label">{t('sos.traject.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as WorksheetKind)}>
          {order.map((k) => (
            <option key={k} value={k}>
              {t(`sos.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-grow">
        <span className="field-label">{t('sos.traject.sheetTitle')}</span>
        <input value={title} maxLength={TITLE_MAX} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <button type="submit" className="btn" disabled={create.isPending}>
        + {t('sos.traject.makeSheet')}
      </button>
    </form>
  );
}

/** A case's worksheets (with or without a training) and the form for a new one: on the case screen. */
export function CaseSheets({ caseId, open }: { caseId: string; open: (id: string) => void }) {
  const { t } = useTranslation();
  const sheets = useQuery(apiQuery('sos.listWorksheets', { caseId }));
  const list: WorksheetSummary[] = sheets.data ?? [];
  return (
    <section className="panel sos-case-sheets" aria-labelledby="case-sheets-title">
      <h2 id="case-sheets-title" className="section-title">
        {t('sos.caseSheets.title')}
      </h2>
      <p className="muted">{t('sos.caseSheets.intro')}</p>
      {list.length === 0 ? (
        <p className="muted">{t('sos.caseSheets.empty')}</p>
      ) : (
        <ul className="sos-sheet-list">
          {list.map((w) => (
            <li key={w.id}>
              <button type="button" className="btn-link" onClick={() => open(w.id)}>
                <span className="tag tag-sos">{t(`sos.kinds.${w.kind}`)}</span> {w.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <NewSheetForm caseId={caseId} onCreated={(w) => open(w.id)} />
    </section>
  );
}
