import { useQuery } from '@tanstack/react-query';
import { createDetector, type Detector } from '../../../../shared/anonymiser';
import { call } from '../../api';

/**
 * The anonymiser in the renderer, for live highlighting. Its word lists come from the backend through
 * the typed API once per run (they are not in the first-screen bundle), and the detector is reused.
 */
export function useDetector() {
  return useQuery<Detector>({
    queryKey: ['anonymiser', 'detector'],
    queryFn: async () => createDetector(await call('anonymiser.lexicons', {})),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
