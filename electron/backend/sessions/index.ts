/** The sessions area: bijeenkomsten planned, run and recorded. */
export { SessionService, type SessionServiceDeps } from './service';
export { sessionsHandlers } from './handlers';
export type { RecordExtras } from './context';
