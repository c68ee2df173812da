import { useTranslation } from 'react-i18next';
import { isUnresolvedDecision } from '../../../../shared/sessions/decisions';

/**
 * Text on the projector: decision text that nobody rephrased is shown marked, never as plain text — a
 * group takes no decisions about clients (shared/sessions/decisions). The Vier Vensters beamer and the
 * Signs of Safety beamer use it alike.
 */
export function Marked({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!isUnresolvedDecision(text)) return <>{text}</>;
  return (
    <span className="bv-decision">
      <span className="tag tag-warn">{t('review.decision.beamerTag')}</span> {text}
    </span>
  );
}
