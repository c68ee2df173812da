import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { FreeTextHint } from '../cases/FreeTextHint';
import { errorMessage } from '../../ui/form';
import { BLOCK_TITLE_MAX } from '../../../../shared/scripts/vocabulary';
import type { Draft } from './draft';

/** One block of the script editor (inside its list row): title, minutes, section, instruction and prompts; move and remove. */
export function EditBlock({
  index: i,
  count,
  time,
  instructionText,
  sections,
  register,
  errors,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  time: string;
  /** The instruction as typed, for the hint on names and identifiers (script text is not case material). */
  instructionText: string;
  sections: readonly string[];
  register: UseFormRegister<Draft>;
  errors: FieldErrors<Draft>;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const name = t('editor.block', { n: i + 1 });
  const err = (field: string) => errorMessage(errors, `blocks.${i}.${field}`);
  const minutes = register(`blocks.${i}.minutes`);
  return (
    <>
      <div className="edit-block-head">
        <span className="block-handle" tabIndex={-1}>
          {name} · {time}
        </span>
        <div className="edit-block-actions">
          <button type="button" className="btn btn-small" disabled={i === 0} onClick={() => onMove(-1)} aria-label={`${t('editor.moveUp')}: ${name}`}>
            ↑ {t('editor.moveUp')}
          </button>
          <button type="button" className="btn btn-small" disabled={i === count - 1} onClick={() => onMove(1)} aria-label={`${t('editor.moveDown')}: ${name}`}>
            ↓ {t('editor.moveDown')}
          </button>
          <button type="button" className="btn btn-small btn-danger" onClick={onRemove} aria-label={`${t('editor.remove')}: ${name}`}>
            {t('editor.remove')}
          </button>
        </div>
      </div>
      <div className="edit-row">
        <Field label={t('editor.blockTitle')} error={err('title')} grow>
          {(props) => <input {...props} maxLength={BLOCK_TITLE_MAX} {...register(`blocks.${i}.title`)} />}
        </Field>
        <Field label={t('editor.minutes')} error={err('minutes')} narrow>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              {...minutes}
              onChange={(e) => {
                // Digits only, kept as typed so a half-typed number does not jump.
                e.target.value = e.target.value.replace(/[^\d]/g, '');
                return minutes.onChange(e);
              }}
            />
          )}
        </Field>
        {sections.length > 0 && (
          <Field label={t('editor.section')} error={err('section')}>
            {(props) => (
              <select {...props} {...register(`blocks.${i}.section`, { setValueAs: (v: string | null) => v || null })}>
                <option value="">{t('sections.none')}</option>
                {sections.map((s) => (
                  <option key={s} value={s}>
                    {t(`sections.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <Field label={t('editor.instruction')} error={err('instruction')}>
        {(props) => <textarea {...props} rows={5} {...register(`blocks.${i}.instruction`)} />}
      </Field>
      {!err('instruction') && <FreeTextHint text={instructionText} />}
      <Field label={t('editor.prompts')} error={err('prompts')}>
        {(props) => <textarea {...props} rows={3} {...register(`blocks.${i}.prompts`)} />}
      </Field>
    </>
  );
}
