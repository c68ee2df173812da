/** The FFPS area: case-notes per contact, the supervisor's feedback, the phase timeline and the feedback history. */
export { FfpsService, type FfpsServiceDeps, type SessionCanvasOf } from './service';
export { ffpsHandlers } from './handlers';
