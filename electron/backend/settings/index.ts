/** The settings area: what other areas and the composition may use. */
export { SettingsService } from './service';
export { settingsHandlers } from './handlers';
