import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseName, type Detector } from '../../../../shared/anonymiser';
import { findDecisionLanguage, rephraseAsSuggestion } from '../../../../shared/sessions/guard';
import { loadDetector } from '../cases/detector';

/** What a canvas text field is checked for while typing: identifiers (the gate) and decision language. */
export interface TextChecks {
  /** A warning when the text holds something that looks like a name, date, address… */
  identifier(text: string): string | null;
}

export function useTextChecks(pseudonyms: string[]): TextChecks {
  const { t } = useTranslation();
  const [detector, setDetector] = useState<Detector | null>(null);
  useEffect(() => {
    loadDetector().then(setDetector, () => {});
  }, []);
  const allowed = useMemo(() => new Set(pseudonyms.map(normaliseName)), [pseudonyms]);
  return useMemo(
    () => ({
      identifier(text: string) {
        if (!detector || !text.trim()) return null;
        const hit = detector.detect(text).find((s) => !allowed.has(normaliseName(text.slice(s.start, s.end))));
        return hit ? t('cases.fieldProblem', { label: t(`cases.labels.${hit.label}`), text: text.slice(hit.start, hit.end) }) : null;
      },
    }),
    [detector, allowed, t],
  );
}

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
