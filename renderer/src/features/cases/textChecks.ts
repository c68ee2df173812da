import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseName, type Detector } from '../../../../shared/anonymiser';
import { loadDetector } from './detector';

/** The check a short text field gets while typing: does it hold a name, date, address…? */
export interface TextChecks {
  /** A warning when the text holds something that looks like a name, date, address… */
  identifier(text: string): string | null;
}

/**
 * The renderer's side of the anonymisation gate for short fields (roster, timeline, canvas, learning
 * record): the same detector, with the words that are allowed in this context (pseudonyms, code names).
 */
export function useTextChecks(allowedWords: readonly string[]): TextChecks {
  const { t } = useTranslation();
  const [detector, setDetector] = useState<Detector | null>(null);
  useEffect(() => {
    loadDetector().then(setDetector, () => {});
  }, []);
  const allowed = useMemo(() => new Set(allowedWords.map(normaliseName)), [allowedWords]);
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
