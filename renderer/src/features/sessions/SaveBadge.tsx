import { useTranslation } from 'react-i18next';
import { useHasPendingInputs } from '../../ui/pendingInputs';
import type { SaveState } from './useDebouncedSave';

/** Where the autosave stands. Text typed in a list's new-item field counts as not yet saved. */
export function SaveBadge({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const typing = useHasPendingInputs();
  const shown = state === 'saved' && typing ? 'pending' : state;
  return (
    <span className={`save-badge save-${shown}`} role="status" aria-live="polite">
      {t(`sessions.save.${shown}`)}
    </span>
  );
}
