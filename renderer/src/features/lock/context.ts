import { createContext, useContext } from 'react';
import type { LockStatus } from '../../../../shared/lock/types';

export interface LockControl {
  lockNow: () => Promise<void>;
  status: LockStatus;
  refresh: () => Promise<void>;
}

export const LockContext = createContext<LockControl | null>(null);

/** The lock while unlocked (null outside the gate, e.g. in component tests of other screens). */
export const useLock = (): LockControl | null => useContext(LockContext);
