/** The scripts area: what other areas and the composition may use. */
export { ScriptService } from './service';
export { scriptsHandlers } from './handlers';
export { loadBuiltinScripts } from './builtins';
