import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { CHECK_WORD_KINDS, type CheckWordKind } from '../../../../shared/sos/types';

/** The trainer extends the statement checks with own words (jargon, words for the child, negative wording). */
export function CheckWords() {
  const { t } = useTranslation();
  const words = useQuery(apiQuery('sos.checkWords', {}));
  const add = useApiMutation('sos.addCheckWord');
  const remove = useApiMutation('sos.removeCheckWord');
  const [kind, setKind] = useState<CheckWordKind>('jargon');
  const [word, setWord] = useState('');
  const [explanation, setExplanation] = useState('');
  return (
    <details className="panel sos-check-words">
      <summary>
        <strong>{t('sos.statements.ownWords')}</strong> <span className="muted">({words.data?.length ?? 0})</span>
      </summary>
      <p className="muted">{t('sos.statements.ownWordsHelp')}</p>
      <ul className="plain-list">
        {(words.data ?? []).map((w) => (
          <li key={`${w.kind}-${w.word}`}>
            <span className="tag">{t(`sos.statements.wordKinds.${w.kind}`)}</span> <strong>{w.word}</strong> {w.explanation && <span className="muted">— {w.explanation}</span>}{' '}
            <button type="button" className="btn-icon" aria-label={`${t('sos.statements.remove')}: ${w.word}`} onClick={() => remove.mutate({ kind: w.kind, word: w.word })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          if (!word.trim()) return;
          add.mutate({ kind, word, explanation }, { onSuccess: () => (setWord(''), setExplanation('')) });
        }}
      >
        <label className="field">
          <span className="field-label">{t('sos.statements.wordKind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as CheckWordKind)}>
            {CHECK_WORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sos.statements.wordKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('sos.statements.word')}</span>
          <input value={word} maxLength={60} onChange={(e) => setWord(e.target.value)} />
        </label>
        <label className="field field-grow">
          <span className="field-label">{t('sos.statements.explanation')}</span>
          <input value={explanation} maxLength={200} onChange={(e) => setExplanation(e.target.value)} />
        </label>
        <button type="submit" className="btn">
          {t('sos.statements.addWord')}
        </button>
      </form>
    </details>
  );
}
