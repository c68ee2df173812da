/**
 * The backend in its own process: the protocol, the host that supervises the process (for Electron main and
 * the shell benchmark), and the channel adapters. Plain Node; it never imports electron. The child's entry is
 * child.ts; handlers report progress through progress.ts.
 */
export { createBackendHost, type BackendHost, type CallOptions, type HostOptions, type HostState } from './host';
export { forkChild, type ChildHandle, type ForkOptions, type SpawnChild } from './channel';
export { HostError, hostFailure, hostFailureOf, PROTOCOL_VERSION, type ChildInit, type HostFailure } from './protocol';
export type { Progress } from '../backend/core/progress';
