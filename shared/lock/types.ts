/**
 * The lock area: the password that unlocks the encrypted database, the recovery key, and the clear
 * failure states the app can start in. Nothing here is secret; the key material lives only in the
 * backend (electron/backend/core/keyfile.ts).
 */
import { z } from 'zod';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
/** The recovery key: 160 random bits, written as 8 groups of 4 characters (Crockford base32). */
export const RECOVERY_GROUPS = 8;
export const RECOVERY_GROUP_LENGTH = 4;
export const IDLE_LOCK_MINUTES_DEFAULT = 10;
export const IDLE_LOCK_MINUTES_MIN = 1;
export const IDLE_LOCK_MINUTES_MAX = 240;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `minstens ${PASSWORD_MIN} tekens`)
  .max(PASSWORD_MAX, `hoogstens ${PASSWORD_MAX} tekens`);

/** Typed as shown, lower case, with or without dashes and spaces; checked by the backend. */
export const recoveryKeyInputSchema = z.string().trim().min(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH).max(80);

export const setupInputSchema = z.object({ password: passwordSchema }).strict();
export const unlockInputSchema = z.object({ password: z.string().min(1).max(PASSWORD_MAX) }).strict();
export const recoveryInputSchema = z.object({ recoveryKey: recoveryKeyInputSchema, newPassword: passwordSchema }).strict();
export const changePasswordInputSchema = z.object({ current: z.string().min(1).max(PASSWORD_MAX), next: passwordSchema }).strict();

/**
 * Why the app cannot open its data. Each has its own Dutch screen; none changes the files on disk.
 * - KEYFILE_DAMAGED: the key file beside the database cannot be read.
 * - KEYFILE_MISSING: an encrypted database without its key file.
 * - DB_MISSING: the key file exists but the database does not.
 * - DB_EMPTY: the database file has 0 bytes.
 * - DB_DAMAGED: the database does not decrypt or fails its quick_check.
 * - DB_NEWER: made by a newer version of Leertafel.
 */
export const LOCK_FAILURES = ['KEYFILE_DAMAGED', 'KEYFILE_MISSING', 'DB_MISSING', 'DB_EMPTY', 'DB_DAMAGED', 'DB_NEWER'] as const;
export type LockFailure = (typeof LOCK_FAILURES)[number];

export type LockState = 'setup' | 'locked' | 'unlocked' | 'failed';

export interface LockStatus {
  state: LockState;
  /** Set when state is 'failed' (and after an unlock that found the database unusable). */
  failure: LockFailure | null;
  /** An unencrypted copy of an earlier database is kept in backups/ until the user confirms. */
  unencryptedBackups: number;
  /** First start on a folder that holds an unencrypted database: set-up encrypts it in place. */
  encryptsExisting: boolean;
  /** The newest encrypted backup in backups/ (name and time only; whether it is good is checked on restore). */
  newestBackup?: { name: string; createdAt: string } | null;
}

export type UnlockResult =
  | { unlocked: true; status: LockStatus }
  | { unlocked: false; reason: 'WRONG_PASSWORD' | 'WRONG_RECOVERY_KEY'; status: LockStatus }
  | { unlocked: false; reason: 'FAILED'; status: LockStatus };

export interface SetupResult {
  /** Shown once: the groups of the recovery key, e.g. "7K3M-…". Never stored in plain form. */
  recoveryKey: string;
  status: LockStatus;
}

export type ChangePasswordResult = { changed: true } | { changed: false; reason: 'WRONG_PASSWORD' };

/** Crockford base32 without I, L, O, U. */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Upper case, dashes and spaces removed, the look-alikes I/L → 1 and O → 0 read as the digits. */
export function normaliseRecoveryKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

export function groupRecoveryKey(chars: string): string {
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += RECOVERY_GROUP_LENGTH) groups.push(chars.slice(i, i + RECOVERY_GROUP_LENGTH));
  return groups.join('-');
}
