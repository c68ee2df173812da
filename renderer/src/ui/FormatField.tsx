import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPT_FORMATS, type ScriptFormat } from '../../../shared/scripts/vocabulary';

/** A labelled choice of werkvorm (MLB, FFPS, Signs of Safety, intervisie). */
export function FormatField({ value, onChange, inline }: { value: ScriptFormat; onChange: (f: ScriptFormat) => void; inline?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={inline ? 'field field-inline' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {t('cases.format')}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ScriptFormat)}>
        {SCRIPT_FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(`formats.${f}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
