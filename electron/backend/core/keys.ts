import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { normaliseName } from '../../../shared/anonymiser';
import type { Db } from './db';
import { wipeFile } from './files';

const KEY_BYTES = 32;
const NAME = 'name-hash';

/** Turns a surface form ("Fatima's") into the keyed hash stored in place of the name. */
export type NameKey = (form: string) => string;

/**
 * The per-installation secret behind the name hashes, in the table `core_secrets` inside the encrypted
 * database: a plain SHA-256 of a first name could be reversed by hashing a list of names, and with the
 * key inside the encrypted file a copied data folder cannot confirm a resolved name without the password.
 * An installation from before encryption kept it in `<dataDir>/keys/name-hash.key`: it is moved in once
 * (so earlier resolutions keep being recognised) and the file is overwritten and removed.
 */
export function loadNameKeySecret(db: Db, dataDir: string): Buffer {
  const row = db.prepare('SELECT value FROM core_secrets WHERE name = ?').get(NAME) as { value: Buffer } | undefined;
  const legacyDir = path.join(dataDir, 'keys');
  const legacy = path.join(legacyDir, 'name-hash.key');
  if (row && row.value.length === KEY_BYTES) {
    if (fs.existsSync(legacy)) removeLegacy(legacy, legacyDir);
    return Buffer.from(row.value);
  }
  let secret = crypto.randomBytes(KEY_BYTES);
  if (fs.existsSync(legacy)) {
    const old = fs.readFileSync(legacy);
    if (old.length === KEY_BYTES) secret = old;
  }
  db.prepare('INSERT OR REPLACE INTO core_secrets (name, value) VALUES (?, ?)').run(NAME, secret);
  if (fs.existsSync(legacy)) removeLegacy(legacy, legacyDir);
  return secret;
}

function removeLegacy(file: string, dir: string): void {
  wipeFile(file);
  try {
    fs.rmdirSync(dir);
  } catch {
    /* not empty or already gone */
  }
}

/** HMAC-SHA256(secret, normaliseName(form)) as hex: "Fatima", "FATIMA" and "Fatima's" give the same hash. */
export function createNameKey(secret: Buffer): NameKey {
  return (form) => {
    if (secret.every((b) => b === 0)) throw new Error('name key is locked');
    return crypto.createHmac('sha256', secret).update(normaliseName(form), 'utf8').digest('hex');
  };
}
