import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { useApiMutation } from '../../data/mutations';
import { FormNotice, ServerFieldError, serverFieldProps, useServerFieldErrors } from '../../ui/serverErrors';
import { CHECK_WORD_KINDS, type CheckWordKind } from '../../../../shared/sos/types';

/** The trainer extends the statement checks with own words (jargon, words for the child, negative wording). */
export function CheckWords() {
  const { t } = useTranslation();
  const words = useQuery(apiQuery('sos.checkWords', {}));
  // What the backend refuses (a phone number in the explanation) shows under that field, not in a toast.
  const server = useServerFieldErrors({ fields: ['kind', 'word', 'explanation'], idPrefix: 'check-word-', labels: { word: t('sos.statements.word'), explanation: t('sos.statements.explanation') } });
  const add = useApiMutation('sos.addCheckWord', server.mutation);
  const removeServer = useServerFieldErrors({ fields: [] });
  const remove = useApiMutation('sos.removeCheckWord', removeServer.mutation);
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
      <FormNotice notice={removeServer.notice} onClose={removeServer.clear} />
      <FormNotice notice={server.notice} onClose={server.clear} />
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
          <select value={kind} onChange={(e) => (setKind(e.target.value as CheckWordKind), server.clearField('kind'))} {...serverFieldProps(server, 'kind', 'check-word-')}>
            {CHECK_WORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sos.statements.wordKinds.${k}`)}
              </option>
            ))}
          </select>
          <ServerFieldError server={server} name="kind" idPrefix="check-word-" />
        </label>
        <label className="field">
          <span className="field-label">{t('sos.statements.word')}</span>
          <input value={word} maxLength={60} onChange={(e) => (setWord(e.target.value), server.clearField('word'))} {...serverFieldProps(server, 'word', 'check-word-')} />
          <ServerFieldError server={server} name="word" idPrefix="check-word-" />
        </label>
        <label className="field field-grow">
          <span className="field-label">{t('sos.statements.explanation')}</span>
          <input value={explanation} maxLength={200} onChange={(e) => (setExplanation(e.target.value), server.clearField('explanation'))} {...serverFieldProps(server, 'explanation', 'check-word-')} />
          <ServerFieldError server={server} name="explanation" idPrefix="check-word-" />
        </label>
        <button type="submit" className="btn">
          {t('sos.statements.addWord')}
        </button>
      </form>
    </details>
  );
}
