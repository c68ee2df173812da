import { call } from '../../api';

/**
 * Opens what the group sees. In Electron the main process opens a second window (for the projector);
 * in a browser this page opens a second tab on the same origin, carrying the bridge token along.
 */
export async function openBeamer(sessionId: string): Promise<void> {
  const { opened } = await call('window.openBeamer', { sessionId });
  if (opened) return;
  const params = new URLSearchParams(window.location.hash.slice(1));
  params.set('beamer', sessionId);
  window.open(`${window.location.pathname}#${params.toString()}`, `leertafel-beamer-${sessionId}`);
}
