/** The exchange area: this installation's signing key, trusted colleagues, and signed bundles. */
export { ExchangeService, refuse, type OpenedBundle } from './service';
export { exchangeHandlers } from './handlers';
export { canonicalJson, createSigner, fingerprint } from './signing';
