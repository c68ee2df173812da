/**
 * The cases area: anonymised case material. Other areas use `CaseService`'s interface (exists, codeName,
 * gateContext, touch) and never read the case tables.
 */
export { CaseService, type CaseServiceDeps } from './service';
export { addDays } from './retention';
export { casesHandlers } from './handlers';
