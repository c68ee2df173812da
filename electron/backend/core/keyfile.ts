/**
 * The key hierarchy (issue 12). A random 32-byte data key is the raw key of the SQLite3 Multiple Ciphers
 * database. It is stored only wrapped with AES-256-GCM, twice, in a small JSON file beside the database:
 *   - under scrypt(password) (N=2^17, r=8, p=1, run asynchronously off the main thread), and
 *   - under HKDF(recovery key), a random 160-bit key shown once at set-up as groups of characters.
 * A wrong password or recovery key fails on the GCM tag, before SQLite is touched. Changing the password
 * re-wraps the data key; no data is rewritten.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from './files';
import { RECOVERY_ALPHABET, RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH, groupRecoveryKey, normaliseRecoveryKey } from '../../../shared/lock/types';

export const KEY_FILE = 'leertafel.key';
export const DATA_KEY_BYTES = 32;
const RECOVERY_BYTES = (RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH * 5) / 8; // 20 bytes = 32 base32 characters

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
/** What set-up and a password change always use. */
export const PASSWORD_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };
/**
 * Only for the explicit test path (LEERTAFEL_TEST_PASSWORD / the `unlock` option with `testKdf`): the same
 * construction at a cost a test suite can pay hundreds of times. The file records its parameters.
 */
export const TEST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

interface Wrapped {
  iv: string;
  tag: string;
  data: string;
}
interface KeyFile {
  format: 'leertafel-key';
  version: 1;
  password: Wrapped & { kdf: 'scrypt'; salt: string } & KdfParams;
  recovery: Wrapped & { kdf: 'hkdf-sha256'; salt: string };
}

export type KeyFileProblem = 'MISSING' | 'DAMAGED';
export class KeyFileError extends Error {
  constructor(readonly problem: KeyFileProblem) {
    super(`key file ${problem.toLowerCase()}`);
    this.name = 'KeyFileError';
  }
}
/** A wrong password or recovery key: the GCM tag did not verify. */
export class WrongSecretError extends Error {
  constructor() {
    super('wrong secret');
    this.name = 'WrongSecretError';
  }
}

const AAD_PASSWORD = Buffer.from('leertafel data key v1 / password');
const AAD_RECOVERY = Buffer.from('leertafel data key v1 / recovery');

function maxmem(k: KdfParams): number {
  return 128 * k.N * k.r * 2 + 1024 * 1024;
}

export function derivePasswordKey(password: string, salt: Buffer, k: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(password.normalize('NFC'), salt, 32, { N: k.N, r: k.r, p: k.p, maxmem: maxmem(k) }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}
export function derivePasswordKeySync(password: string, salt: Buffer, k: KdfParams): Buffer {
  return crypto.scryptSync(password.normalize('NFC'), salt, 32, { N: k.N, r: k.r, p: k.p, maxmem: maxmem(k) });
}
function deriveRecoveryKey(recovery: Buffer, salt: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', recovery, salt, 'leertafel recovery v1', 32));
}

function wrap(kek: Buffer, dataKey: Buffer, aad: Buffer): Wrapped {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', kek, iv);
  c.setAAD(aad);
  const data = Buffer.concat([c.update(dataKey), c.final()]);
  return { iv: iv.toString('base64'), tag: c.getAuthTag().toString('base64'), data: data.toString('base64') };
}
function unwrap(kek: Buffer, w: Wrapped, aad: Buffer): Buffer {
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    d.setAAD(aad);
    d.setAuthTag(Buffer.from(w.tag, 'base64'));
    const key = Buffer.concat([d.update(Buffer.from(w.data, 'base64')), d.final()]);
    if (key.length !== DATA_KEY_BYTES) throw new WrongSecretError();
    return key;
  } catch {
    throw new WrongSecretError();
  } finally {
    kek.fill(0);
  }
}

// ---- recovery key text ------------------------------------------------------------------------------

export function encodeRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += RECOVERY_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return groupRecoveryKey(out);
}
/** Null when the text cannot be a recovery key (wrong length or letters outside the alphabet). */
export function decodeRecoveryKey(text: string): Buffer | null {
  const chars = normaliseRecoveryKey(text);
  if (chars.length !== RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH) return null;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of chars) {
    const v = RECOVERY_ALPHABET.indexOf(ch);
    if (v < 0) return null;
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return out.length === RECOVERY_BYTES ? Buffer.from(out) : null;
}

// ---- the file -----------------------------------------------------------------------------------------

export const keyFilePath = (dataDir: string): string => path.join(dataDir, KEY_FILE);

const b64 = (s: unknown, bytes?: number): boolean =>
  typeof s === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(s) && (bytes === undefined || Buffer.from(s, 'base64').length === bytes);
const isWrapped = (w: Record<string, unknown>): boolean => b64(w.iv, 12) && b64(w.tag, 16) && b64(w.data, DATA_KEY_BYTES);
const pow2 = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 2 ** 10 && (n as number) <= 2 ** 20 && ((n as number) & ((n as number) - 1)) === 0;

export function readKeyFile(dataDir: string): KeyFile {
  let text: string;
  try {
    text = fs.readFileSync(keyFilePath(dataDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new KeyFileError('MISSING');
    throw new KeyFileError('DAMAGED');
  }
  let f: KeyFile;
  try {
    f = JSON.parse(text) as KeyFile;
  } catch {
    throw new KeyFileError('DAMAGED');
  }
  const p = f?.password as unknown as Record<string, unknown> | undefined;
  const r = f?.recovery as unknown as Record<string, unknown> | undefined;
  const ok =
    f?.format === 'leertafel-key' && f.version === 1 && p && r &&
    p.kdf === 'scrypt' && b64(p.salt, 16) && pow2(p.N) && p.r === 8 && p.p === 1 && isWrapped(p) &&
    r.kdf === 'hkdf-sha256' && b64(r.salt, 16) && isWrapped(r);
  if (!ok) throw new KeyFileError('DAMAGED');
  return f;
}

export const keyFileExists = (dataDir: string): boolean => fs.existsSync(keyFilePath(dataDir));

/** A crash while writing leaves the old key file or the new one (core/files.ts). */
function writeKeyFile(dataDir: string, f: KeyFile): void {
  writeFileDurably(keyFilePath(dataDir), JSON.stringify(f, null, 2));
}

function passwordPart(passwordKek: Buffer, salt: Buffer, k: KdfParams, dataKey: Buffer): KeyFile['password'] {
  return { kdf: 'scrypt', salt: salt.toString('base64'), N: k.N, r: k.r, p: k.p, ...wrap(passwordKek, dataKey, AAD_PASSWORD) };
}

export const newDataKey = (): Buffer => crypto.randomBytes(DATA_KEY_BYTES);

/** Set-up: the data key wrapped under the password and under a fresh recovery key; answers the recovery key. */
export async function createKeyFile(dataDir: string, password: string, dataKey: Buffer, k: KdfParams = PASSWORD_KDF): Promise<string> {
  const salt = crypto.randomBytes(16);
  return createKeyFileWith(dataDir, await derivePasswordKey(password, salt, k), salt, k, dataKey);
}
export function createKeyFileSync(dataDir: string, password: string, dataKey: Buffer, k: KdfParams): string {
  const salt = crypto.randomBytes(16);
  return createKeyFileWith(dataDir, derivePasswordKeySync(password, salt, k), salt, k, dataKey);
}
function createKeyFileWith(dataDir: string, kek: Buffer, salt: Buffer, k: KdfParams, dataKey: Buffer): string {
  const recovery = crypto.randomBytes(RECOVERY_BYTES);
  const rSalt = crypto.randomBytes(16);
  const file: KeyFile = {
    format: 'leertafel-key',
    version: 1,
    password: passwordPart(kek, salt, k, dataKey),
    recovery: { kdf: 'hkdf-sha256', salt: rSalt.toString('base64'), ...wrap(deriveRecoveryKey(recovery, rSalt), dataKey, AAD_RECOVERY) },
  };
  kek.fill(0);
  writeKeyFile(dataDir, file);
  const recoveryKey = encodeRecoveryKey(recovery);
  recovery.fill(0);
  return recoveryKey;
}

export async function unwrapWithPassword(f: KeyFile, password: string): Promise<Buffer> {
  const p = f.password;
  return unwrap(await derivePasswordKey(password, Buffer.from(p.salt, 'base64'), p), p, AAD_PASSWORD);
}
export function unwrapWithPasswordSync(f: KeyFile, password: string): Buffer {
  const p = f.password;
  return unwrap(derivePasswordKeySync(password, Buffer.from(p.salt, 'base64'), p), p, AAD_PASSWORD);
}
export function unwrapWithRecovery(f: KeyFile, recoveryText: string): Buffer {
  const recovery = decodeRecoveryKey(recoveryText);
  if (!recovery) throw new WrongSecretError();
  const kek = deriveRecoveryKey(recovery, Buffer.from(f.recovery.salt, 'base64'));
  recovery.fill(0);
  return unwrap(kek, f.recovery, AAD_RECOVERY);
}

/** A new password: the data key wrapped again, the recovery part kept as it was. */
export async function rewrapPassword(dataDir: string, dataKey: Buffer, password: string, k: KdfParams = PASSWORD_KDF): Promise<void> {
  const f = readKeyFile(dataDir);
  const salt = crypto.randomBytes(16);
  const kek = await derivePasswordKey(password, salt, k);
  writeKeyFile(dataDir, { ...f, password: passwordPart(kek, salt, k, dataKey) });
  kek.fill(0);
}
