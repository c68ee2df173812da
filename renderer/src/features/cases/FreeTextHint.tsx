import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewFreeText } from '../../../../shared/anonymiser';
import { useDetector } from './detector';

/**
 * The hint under a free-text field that is not case material (group and session descriptions, script
 * text, reflections, feedback, portfolio). One line for any screen:
 *
 *   <FreeTextHint text={watch('comment')} allowed={memberNames} />
 *
 * A BSN, phone number, e-mail, postcode or case number is announced as what the backend will refuse; a
 * name or street address as something to look at again ("is dit een cliënt?"), never a refusal:
 * colleagues are named in such text on purpose. `allowed`: names that belong there (members, pseudonyms).
 * Until the detector has loaded, nothing is shown (the backend checks again before it stores).
 */
export function FreeTextHint({ text, allowed = [], id }: { text: string; allowed?: readonly string[]; id?: string }) {
  const { t } = useTranslation();
  const hint = useFreeTextHint(allowed)(text);
  if (!hint) return null;
  return (
    <p id={id} className={hint.refused ? 'field-error small' : 'field-hint small'} role="status" aria-live="polite">
      {hint.text}
      {!hint.refused && <span className="muted"> {t('review.freeText.namesWhy')}</span>}
    </p>
  );
}

/** The same as a function, for screens that place the message themselves. */
export function useFreeTextHint(allowed: readonly string[] = []): (text: string) => { refused: boolean; text: string } | null {
  const { t } = useTranslation();
  const { data: detector } = useDetector();
  const key = allowed.join('\n');
  return useMemo(() => {
    const words = key ? key.split('\n') : [];
    return (text: string) => {
      if (!detector || !text.trim()) return null;
      const r = reviewFreeText(detector, text, words);
      const first = r.refused[0];
      if (first) return { refused: true, text: t('review.freeText.refused', { label: t(`cases.labels.${first.label}`), text: text.slice(first.start, first.end) }) };
      if (r.review.length === 0) return null;
      const names = [...new Set(r.review.map((s) => text.slice(s.start, s.end)))];
      return { refused: false, text: t('review.freeText.names', { count: names.length, names: names.slice(0, 3).join(', ') }) };
    };
  }, [detector, key, t]);
}
