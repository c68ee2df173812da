import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from '../core/files';
import { ed25519PrivateKey } from '../core/ed25519';

/**
 * This installation's Ed25519 key pair, in `<dataDir>/keys/identity-ed25519.pem` (folder 0700, file
 * 0600), made on first use. Bundles are signed with it; colleagues recognise this machine by the
 * fingerprint of its public key.
 */
export interface Signer {
  /** Raw 32-byte public key, base64. */
  publicKey(): string;
  sign(data: string): string;
  /** The private key (PKCS#8 PEM): what a full export carries, inside its encrypted file only. */
  privateKeyPem(): string;
  /** Replaces this installation's key by another (a restore onto a new laptop keeps the identity colleagues trust). */
  adopt(pem: string): void;
}

export function createSigner(dataDir: string): Signer {
  let key: crypto.KeyObject | null = null;
  const privateKey = () => (key ??= loadOrCreate(dataDir));
  return {
    publicKey: () => rawPublicKey(crypto.createPublicKey(privateKey())),
    sign: (data) => crypto.sign(null, Buffer.from(data, 'utf8'), privateKey()).toString('base64'),
    privateKeyPem: () => privateKey().export({ type: 'pkcs8', format: 'pem' }).toString(),
    adopt(pem) {
      const next = ed25519PrivateKey(pem);
      if (!next) throw new Error('not an Ed25519 private key');
      // flushed before it replaces the old key: a crash during a restore leaves one whole key, never an empty file
      writeFileDurably(identityFile(dataDir), next.export({ type: 'pkcs8', format: 'pem' }).toString());
      key = next;
    },
  };
}

function identityFile(dataDir: string): string {
  const dir = path.join(dataDir, 'keys');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
  return path.join(dir, 'identity-ed25519.pem');
}

function loadOrCreate(dataDir: string): crypto.KeyObject {
  const file = identityFile(dataDir);
  try {
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return crypto.createPrivateKey(fs.readFileSync(file, 'utf8'));
}

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function rawPublicKey(k: crypto.KeyObject): string {
  const der = k.export({ type: 'spki', format: 'der' });
  return der.subarray(SPKI_PREFIX.length).toString('base64');
}

/** Verifies an Ed25519 signature made over `data` by the raw public key (base64). */
export function verify(publicKeyBase64: string, data: string, signatureBase64: string): boolean {
  try {
    const raw = Buffer.from(publicKeyBase64, 'base64');
    if (raw.length !== 32) return false;
    const key = crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
    return crypto.verify(null, Buffer.from(data, 'utf8'), key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

/** SHA-256 of the raw public key, as eight groups of four hex digits: what two people read aloud to compare. */
export function fingerprint(publicKeyBase64: string): string {
  const hex = crypto.createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

/** JSON with object keys sorted at every level: the bytes a signature covers, whatever the writer's key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
