import { method } from '../api/define';
import { noInput } from '../common/schemas';
import { settingsUpdateSchema, type Settings } from './types';

export const settingsContract = {
  'settings.get': method<Settings>()(noInput, { repeatable: true }),
  'settings.update': method<Settings>()(settingsUpdateSchema, { repeatable: true }),
};
