/** The lock area's public interface: the service that holds the data key, and its handlers. */
export { LockService, type LockServiceOptions } from './service';
export { lockHandlers } from './handlers';
