import { bridgeToken } from '../../api';
import { useApiMutation } from '../../data/mutations';

/**
 * Opens what the group sees. In Electron the main process opens a second window (for the projector);
 * in a browser this page opens a second tab on the same origin, with the bridge token in its query
 * string and `#beamer=<id>` as its fragment (the address Electron's beamer window uses too).
 */
export function useOpenBeamer() {
  return useApiMutation('window.openBeamer', {
    invalidate: 'none',
    onSuccess: ({ opened }, { sessionId }) => {
      if (opened) return;
      const token = bridgeToken();
      const search = token ? `?${new URLSearchParams({ token }).toString()}` : '';
      window.open(`${window.location.pathname}${search}#beamer=${encodeURIComponent(sessionId)}`, `leertafel-beamer-${sessionId}`);
    },
  });
}
