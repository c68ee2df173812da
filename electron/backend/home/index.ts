/** The home area: a read model of what needs the facilitator's attention; it owns no table. */
export { HomeService, type HomeServiceDeps } from './service';
export { homeHandlers } from './handlers';
