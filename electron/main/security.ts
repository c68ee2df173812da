import type { App, Session, WebContents } from 'electron';

/**
 * The lockdown every window and session gets: no navigation away from the app, no new windows, no
 * permissions, and no network. Leertafel needs no internet at all, so every http(s) and ws(s) request
 * is cancelled at the session, whatever asked for it (the dev server URL excepted in development).
 */
export function lockDownSession(ses: Session, devServerUrl: string | undefined): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  // An unreachable URL means no dictionary can ever be downloaded from a CDN.
  ses.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  // In development: the dev server, and its HMR websocket on the same host and port.
  const dev = devServerUrl ? new URL(devServerUrl) : null;
  const devOrigins = dev ? [dev.origin, `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`] : [];
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    callback({ cancel: !devOrigins.includes(new URL(details.url).origin) });
  });
  ses.on('will-download', (_event, item) => {
    // Exports are blob: downloads made by the renderer itself; anything else is refused.
    if (!item.getURL().startsWith('blob:')) item.cancel();
  });
}

export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every web contents, ours or not (devtools, a future webview), opens no windows and attaches no webviews. */
export function lockDownApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
