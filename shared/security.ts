/**
 * The content security policy of every Leertafel page, in Electron (app://) and on the loopback bridge.
 * No inline script or style, no remote anything: the app needs no network.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
