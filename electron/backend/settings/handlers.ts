import type { AreaHandlers } from '../../../shared/api/contract';
import type { SettingsService } from './service';

export function settingsHandlers(settings: SettingsService): AreaHandlers<'settings'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (i) => settings.update(i),
  };
}
