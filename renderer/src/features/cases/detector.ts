import { createDetector, type Detector } from '../../../../shared/anonymiser';
import { call } from '../../api';

let pending: Promise<Detector> | null = null;

/**
 * The anonymiser in the renderer, for live highlighting. Its word lists come from the backend through
 * the typed API once per run (they are not in the first-screen bundle), and the detector is reused.
 */
export function loadDetector(): Promise<Detector> {
  pending ??= call('anonymiser.lexicons', {}).then((sources) => createDetector(sources));
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
