import type { AreaHandlers } from '../../../shared/api/contract';
import type { HomeService } from './service';

export function homeHandlers(home: HomeService): AreaHandlers<'home'> {
  return {
    'home.overview': (i) => home.overview(i.today),
  };
}
