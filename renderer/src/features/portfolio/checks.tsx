import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NEVER_IGNORED } from '../../../../shared/anonymiser/policy';
import { findDecisionLanguage, rephraseAsSuggestion } from '../../../../shared/sessions/guard';
import { useDetector } from '../cases/detector';

/**
 * The live check of portfolio text: it is not case material, so only structured identifiers (BSN, phone,
 * e-mail, postcode, case number) are flagged, as the backend's gate refuses exactly these.
 */
export function useStructuredCheck(): (text: string) => string | null {
  const { t } = useTranslation();
  const { data: detector } = useDetector();
  return useMemo(
    () => (text: string) => {
      if (!detector || !text.trim()) return null;
      const hit = detector.detect(text).find((s) => NEVER_IGNORED.has(s.label));
      return hit ? t('cases.fieldProblem', { label: t(`cases.labels.${hit.label}`), text: text.slice(hit.start, hit.end) }) : null;
    },
    [detector, t],
  );
}

/** The decision guard under a reflection field: learning, never decisions about a client. */
export function ReflectionGuard({ text, onRephrase }: { text: string; onRephrase: (next: string) => void }) {
  const { t } = useTranslation();
  const matches = useMemo(() => findDecisionLanguage(text), [text]);
  if (matches.length === 0) return null;
  return (
    <div className="guard" role="note">
      <p>
        <strong>{t('portfolio.reflection.guardTitle')}</strong> {t('portfolio.reflection.guardBody', { phrase: matches[0].phrase })}
      </p>
      <div className="guard-actions">
        <button type="button" className="btn btn-small" onClick={() => onRephrase(rephraseAsSuggestion(text))}>
          {t('portfolio.reflection.rephrase')}
        </button>
      </div>
    </div>
  );
}
