import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseName } from '../../../../shared/anonymiser';
import { useDetector } from './detector';

/** The check a short text field gets while typing: does it hold a name, date, address…? */
export interface TextChecks {
  /** A warning when the text holds something that looks like a name, date, address… */
  identifier(text: string): string | null;
}

/** Until the detector has loaded, nothing is flagged (the backend checks again before it stores). */
export const NO_CHECKS: TextChecks = { identifier: () => null };

/**
 * The renderer's side of the anonymisation gate for short fields (roster, timeline, canvas, learning
 * record): the same detector, with the words that are allowed in this context (pseudonyms, code names).
 */
export function useTextChecks(allowedWords: readonly string[]): TextChecks {
  const { t } = useTranslation();
  const { data: detector } = useDetector();
  const key = allowedWords.map(normaliseName).join('\n');
  const allowed = useMemo(() => new Set(key.split('\n')), [key]);
  return useMemo(
    () =>
      detector
        ? {
            identifier(text: string) {
              if (!text.trim()) return null;
              const hit = detector.detect(text).find((s) => !allowed.has(normaliseName(text.slice(s.start, s.end))));
              return hit ? t('cases.fieldProblem', { label: t(`cases.labels.${hit.label}`), text: text.slice(hit.start, hit.end) }) : null;
            },
          }
        : NO_CHECKS,
    [detector, allowed, t],
  );
}
