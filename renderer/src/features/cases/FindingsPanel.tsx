import type { KeyboardEvent, RefObject } from 'react';
import { canBeIgnored } from '../../../../shared/anonymiser/policy';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../../../shared/anonymiser';
import { PSEUDONYM_MAX } from '../../../../shared/cases/types';
import type { Finding } from './findings';

export interface FindingActions {
  select(index: number): void;
  accept(f: Finding): void;
  ignore(f: Finding): void;
  skip(): void;
  acceptAll(): void;
  undo(): void;
  choose(f: Finding, replacement: string): void;
}

/** The findings of the anonymisation editor, one open at a time with its choices and keys. */
export function FindingsPanel({
  findings,
  active,
  status,
  choiceOf,
  people,
  canUndo,
  choiceInput,
  actions,
}: {
  findings: Finding[];
  active: Finding | null;
  status: { text: string; open: boolean };
  /** What the user typed for a finding, if anything. */
  choiceOf: (f: Finding) => string | undefined;
  people: Array<{ id: string; role: string; pseudonym: string }>;
  canUndo: boolean;
  choiceInput: RefObject<HTMLInputElement | null>;
  actions: FindingActions;
}) {
  const { t } = useTranslation();
  const placeholders = t('cases.editor.placeholders', { returnObjects: true }) as Record<string, string>;
  return (
    <aside className="anon-panel" aria-labelledby="findings-title">
      <div className="anon-panel-head">
        <h2 id="findings-title" className="section-title">
          {t('cases.editor.findings')}
        </h2>
        <p className={status.open ? 'status status-open' : 'status status-done'} role="status" aria-live="polite">
          {status.text}
        </p>
      </div>
      {findings.length > 1 && (
        <button type="button" className="btn btn-small" onClick={actions.acceptAll}>
          {t('cases.editor.acceptAll')} <kbd>Alt+Shift+A</kbd>
        </button>
      )}
      <ol className="findings">
        {findings.map((f, i) => {
          const isActive = f.id === active?.id;
          return (
            <li key={`${f.id}-${f.mentions[0]?.start}`} className={isActive ? 'finding finding-active' : 'finding'} aria-current={isActive ? 'true' : undefined}>
              <button type="button" className="finding-select" onClick={() => actions.select(i)}>
                <span className={`label label-${f.label}`}>{t(`cases.labels.${f.label}`)}</span>
                <span className="finding-text">{f.display}</span>
                <span className="finding-count">{t('cases.editor.mentions', { count: f.mentions.length })}</span>
              </button>
              {isActive && (
                <div className="finding-actions">
                  <label className="field">
                    <span className="field-label">{t('cases.editor.replaceWith')}</span>
                    <input
                      ref={choiceInput}
                      list={`choices-${f.label}`}
                      value={choiceOf(f) ?? f.suggestion}
                      maxLength={PSEUDONYM_MAX}
                      onChange={(e) => actions.choose(f, e.target.value)}
                      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          actions.accept(f);
                        }
                      }}
                    />
                  </label>
                  {f.label === 'PERSOON' && people.length > 0 && (
                    // The roster in plain sight: a datalist filters its options by what the field holds, so
                    // with a suggestion in it the roster's pseudonyms would show only once the field is emptied.
                    <div className="roster-choices" role="group" aria-label={t('cases.editor.rosterChoice')}>
                      <span className="muted small">{t('cases.editor.rosterChoice')}:</span>
                      {people.map((p) => (
                        <button key={p.id} type="button" className="btn btn-small btn-chip" aria-pressed={(choiceOf(f) ?? f.suggestion) === p.pseudonym} onClick={() => actions.choose(f, p.pseudonym)}>
                          {p.pseudonym} <span className="muted">({p.role})</span>
                        </button>
                      ))}
                    </div>
                  )}
                  {f.recognised && <p className="muted small">{t('cases.editor.recognised')}</p>}
                  <div className="finding-buttons">
                    <button type="button" className="btn btn-small btn-primary" onClick={() => actions.accept(f)}>
                      {t('cases.editor.accept')} <kbd>Alt+A</kbd>
                    </button>
                    {canBeIgnored(f.label) ? (
                      <button type="button" className="btn btn-small" onClick={() => actions.ignore(f)}>
                        {t('cases.editor.ignore')} <kbd>Alt+G</kbd>
                      </button>
                    ) : (
                      <p className="muted small">{t('cases.editor.neverIgnored')}</p>
                    )}
                    <button type="button" className="btn btn-small" onClick={actions.skip}>
                      {t('cases.editor.skip')} <kbd>Alt+S</kbd>
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <datalist id="choices-PERSOON">
        {people.map((p) => (
          <option key={p.id} value={p.pseudonym}>
            {p.role}
          </option>
        ))}
      </datalist>
      {(Object.keys(placeholders) as Label[]).map((label) => (
        <datalist key={label} id={`choices-${label}`}>
          <option value={placeholders[label]} />
        </datalist>
      ))}
      <details className="keys">
        <summary>{t('cases.editor.keysTitle')}</summary>
        <dl>
          <dt><kbd>Alt+N</kbd> / <kbd>Alt+Shift+N</kbd></dt><dd>{t('cases.editor.keys.next')}</dd>
          <dt><kbd>Alt+A</kbd></dt><dd>{t('cases.editor.keys.accept')}</dd>
          <dt><kbd>Alt+P</kbd></dt><dd>{t('cases.editor.keys.choose')}</dd>
          <dt><kbd>Alt+G</kbd></dt><dd>{t('cases.editor.keys.ignore')}</dd>
          <dt><kbd>Alt+S</kbd></dt><dd>{t('cases.editor.keys.skip')}</dd>
          <dt><kbd>Alt+Z</kbd></dt><dd>{t('cases.editor.keys.undo')}</dd>
          <dt><kbd>Alt+T</kbd></dt><dd>{t('cases.editor.keys.text')}</dd>
          <dt><kbd>Ctrl+S</kbd></dt><dd>{t('cases.editor.keys.save')}</dd>
        </dl>
      </details>
      {canUndo && (
        <button type="button" className="btn btn-small" onClick={actions.undo}>
          {t('editor.undo')} <kbd>Alt+Z</kbd>
        </button>
      )}
    </aside>
  );
}
