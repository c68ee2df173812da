import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { normaliseName } from '../../../shared/anonymiser';

const KEY_BYTES = 32;

/** Turns a surface form ("Fatima's") into the keyed hash stored in place of the name. */
export type NameKey = (form: string) => string;

/**
 * The per-installation secret behind the name hashes, in `<dataDir>/keys/name-hash.key` (folder 0700,
 * file 0600). A plain SHA-256 of a first name could be reversed by hashing a list of names; with a key
 * that never leaves this folder, a copied database alone does not reveal which names were resolved.
 * Losing the key only means earlier resolutions are no longer recognised, never that data is lost.
 *
 * In Electron the key could additionally be wrapped with safeStorage (the OS keychain); not done yet,
 * so the key is as safe as the user's data folder.
 */
export function loadOrCreateNameKeySecret(dataDir: string): Buffer {
  const dir = path.join(dataDir, 'keys');
  const file = path.join(dir, 'name-hash.key');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask and ignored for an existing folder: set it explicitly.
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
  try {
    // 'wx' fails if the file exists, so two processes starting together never overwrite each other's key.
    fs.writeFileSync(file, crypto.randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const key = fs.readFileSync(file);
  if (key.length !== KEY_BYTES) throw new Error(`name hash key has ${key.length} bytes, expected ${KEY_BYTES}`);
  return key;
}

/** HMAC-SHA256(key, normaliseName(form)) as hex: "Fatima", "FATIMA" and "Fatima's" give the same hash. */
export function createNameKey(dataDir: string): NameKey {
  let secret: Buffer | null = null;
  return (form) => {
    secret ??= loadOrCreateNameKeySecret(dataDir);
    return crypto.createHmac('sha256', secret).update(normaliseName(form), 'utf8').digest('hex');
  };
}
