import { app, session, type WebContents } from 'electron';

/**
 * The lockdown every window and session gets: no navigation away from the app, no new windows, no
 * permissions, and no network. Leertafel needs no internet at all, so every http(s) and ws(s) request
 * is cancelled at the session, whatever asked for it (the dev server URL excepted in development).
 */
export function lockDownSession(devServerUrl: string | undefined): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  // An empty URL means no dictionary can ever be downloaded from a CDN.
  ses.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    const allowed = devOrigin !== null && new URL(details.url).origin === devOrigin;
    callback({ cancel: !allowed });
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

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

