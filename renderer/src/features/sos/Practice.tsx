import { useTranslation } from 'react-i18next';

/** The line every worksheet carries: practice on a case, never a decision about a family. */
export function PracticeNotice({ large }: { large?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={large ? 'sos-practice large' : 'sos-practice'} role="note">
      {t('sos.practice')}
    </p>
  );
}
