import type { AreaHandlers } from '../../../shared/api/contract';
import type { LockService } from './service';

/** Each lock handler first re-reads the state: the composition never trusts the renderer's idea of it. */
export function lockHandlers(lock: LockService, onLockRequested: () => void = () => {}): AreaHandlers<'lock'> {
  return {
    'lock.status': () => lock.status(),
    'lock.setup': ({ password }) => lock.setup(password),
    'lock.unlock': ({ password }) => lock.unlock(password),
    'lock.unlockWithRecovery': ({ recoveryKey, newPassword }) => lock.unlockWithRecovery(recoveryKey, newPassword),
    'lock.changePassword': ({ current, next }) => lock.changePassword(current, next),
    'lock.lock': () => {
      onLockRequested();
      return lock.lock();
    },
    'lock.discardUnencrypted': () => lock.discardUnencrypted(),
    'lock.restoreLatest': ({ password }) => lock.restoreLatest(password),
  };
}
