/**
 * The anonymiser in the backend: the gate every area's text passes before it is stored, the lexicons
 * read from resources/, and the one method that hands them to the renderer. The detection itself is the
 * shared library in shared/anonymiser.
 */
export { Gate, NO_CASE, anonymiserFor, type GateContext, type GateField, type Finding, type FreeTextWarning } from './gate';
export { loadLexiconSources, defaultLexiconDir } from './lexicons';
export { anonymiserHandlers } from './handlers';
