/**
 * The sos area: Signs of Safety verdiepingstrajecten, worksheets on anonymised cases and group
 * supervision state. Other areas use `SosService`'s interface; `learningItems(memberId)` gives a
 * professional's praktijkopdrachten and module evaluations (for the portfolio).
 */
export { SosService, defaultModules, type SosServiceDeps } from './service';
export { sosHandlers } from './handlers';
