import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findDecisionLanguage, rephraseAsSuggestion } from '../../../../shared/sessions/guard';
export { NO_CHECKS, useTextChecks, type TextChecks } from '../cases/textChecks';

/**
 * The decision guard's notice under a text: an MLB takes no decisions about clients. One action
 * rephrases the text as a suggestion; the other moves it to "meenemen naar werkbegeleiding".
 */
export function GuardNotice({
  text,
  onRephrase,
  onMove,
  identifier,
}: {
  text: string;
  onRephrase: (next: string) => void;
  onMove?: (suggestion: string) => void;
  identifier?: string | null;
}) {
  const { t } = useTranslation();
  const matches = useMemo(() => findDecisionLanguage(text), [text]);
  return (
    <>
      {identifier && (
        <p className="field-error" role="alert">
          {identifier}
        </p>
      )}
      {matches.length > 0 && (
        <div className="guard" role="note">
          <p>
            <strong>{t('sessions.guard.title')}</strong> {t('sessions.guard.body', { phrase: matches[0].phrase })}
          </p>
          <div className="guard-actions">
            <button type="button" className="btn btn-small" onClick={() => onRephrase(rephraseAsSuggestion(text))}>
              {t('sessions.guard.rephrase')}
            </button>
            {onMove && (
              <button type="button" className="btn btn-small" onClick={() => onMove(rephraseAsSuggestion(text))}>
                {t('sessions.guard.move')}
              </button>
            )}
          </div>
        </div>
      )}
    </>
  );
}
