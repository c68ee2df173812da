import crypto from 'node:crypto';

/**
 * The key in a PEM text when it is an Ed25519 private key; otherwise null. One test for what the bundle
 * exchange adopts and what an import accepts, so the two can never disagree.
 */
export function ed25519PrivateKey(pem: string): crypto.KeyObject | null {
  try {
    const k = crypto.createPrivateKey({ key: pem, format: 'pem' });
    return k.asymmetricKeyType === 'ed25519' ? k : null;
  } catch {
    return null;
  }
}
