/**
 * The lock area's part of the API. While the app is locked only these methods and `app.info` answer;
 * every other method fails with the code LOCKED.
 */
import { method } from '../api/define';
import { noInput } from '../common/schemas';
import {
  changePasswordInputSchema,
  recoveryInputSchema,
  setupInputSchema,
  unlockInputSchema,
  type ChangePasswordResult,
  type LockStatus,
  type SetupResult,
  type UnlockResult,
} from './types';
import { restoreLatestInputSchema, type RestoreLatestResult } from '../backup/types';

export const lockContract = {
  'lock.status': method<LockStatus>()(noInput),
  /** First start: choose a password; answers the recovery key once. Encrypts an existing database in place. */
  'lock.setup': method<SetupResult>()(setupInputSchema),
  'lock.unlock': method<UnlockResult>()(unlockInputSchema),
  /** A forgotten password: the recovery key opens the data, and a new password is set at once. */
  'lock.unlockWithRecovery': method<UnlockResult>()(recoveryInputSchema),
  /** Re-wraps the data key under the new password; no data is rewritten. Only while unlocked. */
  'lock.changePassword': method<ChangePasswordResult>()(changePasswordInputSchema),
  /** Checkpoints and closes the database and forgets the key; the renderer reloads to the lock screen. */
  'lock.lock': method<LockStatus>()(noInput),
  /** The user confirms the encrypted database works: the unencrypted copies kept since set-up are wiped. */
  'lock.discardUnencrypted': method<{ removed: number }>()(noInput),
  /**
   * From a failure screen (damaged, empty or missing database): the password, then the newest backup that
   * passes its check replaces the database; the unusable file is kept aside in backups/, unchanged.
   */
  'lock.restoreLatest': method<RestoreLatestResult>()(restoreLatestInputSchema),
};

export const LOCK_ALWAYS_AVAILABLE = ['app.info'] as const;
