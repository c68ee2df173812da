import { useTranslation } from 'react-i18next';
import type { FeedbackState } from '../../../../shared/ffps/types';

export function FeedbackStateTag({ state }: { state: FeedbackState }) {
  const { t } = useTranslation();
  if (state === 'none') return null;
  return <span className={`tag fb-${state}`}>{t(`ffps.states.${state}`)}</span>;
}
