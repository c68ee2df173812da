import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A short list of one-line items (krachten, zorgen, criteria …): add with Enter, edit in place, remove.
 * `check` may return a warning per item (a name slipped in, decision language) shown under it.
 */
export function ListEditor({
  label,
  items,
  onChange,
  placeholder,
  check,
  readOnly,
}: {
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
  placeholder?: string;
  check?: (item: string, index: number) => React.ReactNode;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const add = () => {
    const v = draft.trim();
    if (!v) return;
    onChange([...items, v]);
    setDraft('');
  };
  return (
    <fieldset className="list-editor">
      <legend>{label}</legend>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {readOnly ? (
              <span>{item}</span>
            ) : (
              <>
                <input
                  aria-label={`${label} ${i + 1}`}
                  value={item}
                  onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))}
                  onBlur={(e) => !e.target.value.trim() && onChange(items.filter((_, j) => j !== i))}
                />
                <button type="button" className="btn-icon" aria-label={`${t('editor.remove')}: ${item}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
                  ×
                </button>
              </>
            )}
            {check?.(item, i)}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="list-add">
          <input
            aria-label={`${label}: ${t('sessions.addItem')}`}
            value={draft}
            placeholder={placeholder}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="btn btn-small" onClick={add}>
            {t('sessions.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
