import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { useLock } from './context';

/** In the top bar: Beveiliging (the security screen) and Vergrendel (Ctrl+L). */
export function LockButtons() {
  const { t } = useTranslation();
  const go = useGo();
  const lock = useLock();
  if (!lock) return null;
  return (
    <>
      <button type="button" className="navlink lock-topbar-button" onClick={() => go(paths.security())}>
        {t('lock.securityTitle')}
      </button>
      <button type="button" className="btn btn-small lock-topbar-button" title={t('lock.lockNowHint')} aria-keyshortcuts="Control+L" onClick={() => void lock.lockNow()}>
        {t('lock.lockNow')}
      </button>
    </>
  );
}
