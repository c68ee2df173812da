import type { AreaHandlers } from '../../../shared/api/contract';
import type { SettingsService } from '../settings';
import type { ScriptService } from './service';

export function scriptsHandlers(scripts: ScriptService, settings: SettingsService): AreaHandlers<'scripts'> {
  return {
    'scripts.list': (i) => scripts.list(i),
    'scripts.get': (i) => scripts.get(i.id),
    'scripts.duplicate': (i) => scripts.duplicate(i.id, settings.get().locale === 'en' ? ' (copy)' : ' (kopie)'),
    'scripts.save': (i) => scripts.save(i.script),
    'scripts.delete': (i) => scripts.delete(i.id),
    'scripts.restore': (i) => scripts.restore(i.script),
    'scripts.export': (i) => scripts.export(i.id),
    'scripts.import': (i) => scripts.import(i.content, i.onExisting),
  };
}
